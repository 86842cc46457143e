/*
 * Turn checked records into the typed catalog that the writers use.
 *
 * The record descriptors in the file may be edited by anyone, so this
 * stage does not trust them: it checks again everything the writers
 * rely on (which record sets exist, which fields are present and
 * single, what the booleans and dates are) and reports each problem at
 * the record it concerns.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docgen.h"

/* The fields this stage reads, by the number used to look them up. */
enum fieldname {
	F_REC,
	F_UPDATED,
	F_NAME,
	F_SECTION,
	F_TITLE,
	F_SUMMARY,
	F_INTRO,
	F_URL,
	F_SEEALSO,
	F_KIND,
	F_DESCRIPTION,
	F_PROVIDER,
	F_PROVIDERURL,
	F_FOCUS,
	F_LINUXANALOG,
	F_OPENSOURCE,
	F_PACKAGING,
	F_PACKAGINGURL,
	F_ARCH,
	F_KVM,
	F_LX,
	F_ALIAS,
	F__COUNT
};

static const char *const fieldnames[F__COUNT] = {
	"%rec", "Updated", "Name", "Section", "Title", "Summary", "Intro",
	"Url", "SeeAlso", "Kind", "Description", "Provider", "ProviderUrl",
	"Focus", "LinuxAnalog", "OpenSource", "Packaging", "PackagingUrl",
	"Arch", "Kvm", "Lx", "Alias"
};

struct ctx {
	const char	*fname;
	struct catalog	*cat;
	const struct record *r;
	const char	*set;
	int		 nerr;
	unsigned int	 keys[F__COUNT];	/* The record file's keys. */
	unsigned char	*which;	/* For each key of the file, its name. */
	/* The record's first field of each name, and how many it has. */
	const struct field *first[F__COUNT];
	size_t		 count[F__COUNT];
};

/*
 * Note where the fields of the record are, in one pass, so that each
 * question about a field of it is answered without another.
 */
static void
index_record(struct ctx *c, const struct record *r)
{
	const struct field *f;
	size_t	 i;
	int	 n;

	c->r = r;
	memset(c->count, 0, sizeof(c->count));
	for (i = 0; i < r->nfields; i++) {
		f = &r->fields[i];
		if ((n = c->which[f->key]) == F__COUNT)
			continue;
		if (c->count[n]++ == 0)
			c->first[n] = f;
	}
}

static int
is_blank(int c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

/*
 * A value without the white space around it.  Words such as bools and
 * enum values are compared that way, as GNU recutils does; a copy is
 * made only when there is something to trim.
 */
static const char *
trim(struct ctx *c, const char *v)
{
	size_t	 len;
	char	*copy;

	if (v == NULL)
		return NULL;
	len = strlen(v);
	if (len > 0 && !is_blank((unsigned char)v[0]) &&
	    !is_blank((unsigned char)v[len - 1]))
		return v;
	while (is_blank((unsigned char)*v))
		v++;
	len = strlen(v);
	while (len > 0 && is_blank((unsigned char)v[len - 1]))
		len--;
	copy = xstrndup(v, len);
	c->cat->owned = xmore(c->cat->owned, c->cat->nowned,
	    sizeof(*c->cat->owned));
	c->cat->owned[c->cat->nowned++] = copy;
	return copy;
}

/* The field itself, for its position in a diagnostic. */
static const struct field *
field_of(struct ctx *c, enum fieldname n)
{
	return c->count[n] > 0 ? c->first[n] : NULL;
}

static const char *const months[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};

const char *
catalog_month(int m)
{
	return m >= 1 && m <= 12 ? months[m - 1] : "?";
}

/* Every value the writers use must say something. */
static void
not_empty(struct ctx *c, const struct field *f)
{
	const char	*v;

	for (v = f->value; *v != '\0'; v++)
		if (!is_blank((unsigned char)*v))
			return;
	diag(DIAG_ERROR, c->fname, f->line, f->vcol, "field '%s' is empty",
	    f->name);
	c->nerr++;
}

/* The single value of a field; NULL (and an error if required) if absent. */
static const char *
one(struct ctx *c, enum fieldname n, int required)
{
	const struct field *f = field_of(c, n);
	const char	*name = fieldnames[n];
	size_t	 i;

	for (i = 0; c->count[n] > 1 && i < c->r->nfields; i++) {
		if (c->r->fields[i].key != c->keys[n] ||
		    &c->r->fields[i] == f)
			continue;
		diag(DIAG_ERROR, c->fname, c->r->fields[i].line, 1,
		    "field '%s' may appear only once in a %s record",
		    name, c->set);
		c->nerr++;
		return f->value;
	}
	if (f == NULL && required) {
		diag(DIAG_ERROR, c->fname, c->r->line, 1,
		    "%s record lacks the field '%s'", c->set, name);
		c->nerr++;
	}
	if (f != NULL)
		not_empty(c, f);
	return f == NULL ? NULL : f->value;
}

/* Every value of a repeatable field, in file order. */
static void
many(struct ctx *c, struct strlist *l, enum fieldname n, int required)
{
	size_t	 i, count = c->count[n];

	memset(l, 0, sizeof(*l));
	if (count == 0) {
		if (required) {
			diag(DIAG_ERROR, c->fname, c->r->line, 1,
			    "%s record lacks the field '%s'", c->set,
			    fieldnames[n]);
			c->nerr++;
		}
		return;
	}
	l->v = xreallocarray(NULL, count, sizeof(*l->v));
	for (i = 0; i < c->r->nfields; i++) {
		if (c->r->fields[i].key != c->keys[n])
			continue;
		not_empty(c, &c->r->fields[i]);
		l->v[l->n++] = trim(c, c->r->fields[i].value);
	}
}

static int
boolean(struct ctx *c, enum fieldname name)
{
	const struct field *f;
	const char	*v;

	if ((v = trim(c, one(c, name, 1))) == NULL)
		return 0;
	if (strcmp(v, "yes") == 0 || strcmp(v, "true") == 0 ||
	    strcmp(v, "1") == 0)
		return 1;
	if (strcmp(v, "no") == 0 || strcmp(v, "false") == 0 ||
	    strcmp(v, "0") == 0)
		return 0;
	f = field_of(c, name);
	diag(DIAG_ERROR, c->fname, f->line, f->vcol,
	    "field '%s' is not a bool: '%s'", fieldnames[name], v);
	c->nerr++;
	return 0;
}

/* A value the writers print on one line must be one. */
static void
single_line(struct ctx *c, enum fieldname n)
{
	size_t	 i;

	for (i = 0; c->count[n] > 0 && i < c->r->nfields; i++)
		if (c->r->fields[i].key == c->keys[n] &&
		    strchr(c->r->fields[i].value, '\n') != NULL) {
			diag(DIAG_ERROR, c->fname, c->r->fields[i].line,
			    c->r->fields[i].vcol, "field '%s' must be a "
			    "single line", fieldnames[n]);
			c->nerr++;
		}
}

/*
 * Does the link hold a character reference ("&amp;", "&#38;", "&#x26;")
 * at v?  pandoc decodes one in a Markdown link even with its '&' or ';'
 * escaped, and lowdown never does, so no way of writing it reaches both
 * as it is.  Any name counts, not only those HTML knows.
 */
static int
ascii_alnum(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z');
}

static size_t
char_ref(const unsigned char *v)
{
	size_t	 i = 1;

	if (v[0] != '&')
		return 0;
	if (v[i] == '#' && (v[i + 1] == 'x' || v[i + 1] == 'X'))
		i += 2;
	else if (v[i] == '#')
		i++;
	if (!ascii_alnum(v[i]))
		return 0;
	while (ascii_alnum(v[i]))
		i++;
	return v[i] == ';' ? i + 1 : 0;
}

/*
 * A link goes into .Lk, @uref and a Markdown destination as it is, so
 * it must be one word of printable characters with an http or https
 * scheme, whatever the regexp of the catalog lets through, and hold no
 * character reference.
 */
static void
check_url(struct ctx *c, enum fieldname n)
{
	const struct field *f;
	const unsigned char *v;
	size_t		 i, line, col;

	for (i = 0; c->count[n] > 0 && i < c->r->nfields; i++) {
		f = &c->r->fields[i];
		if (f->key != c->keys[n])
			continue;
		v = (const unsigned char *)f->value;
		if (strncmp(f->value, "https://", 8) == 0)
			v += 8;
		else if (strncmp(f->value, "http://", 7) == 0)
			v += 7;
		else
			goto bad;
		if (*v == '\0')
			goto bad;
		for (; *v != '\0'; v++)
			if (*v <= ' ' || *v == 0x7f || *v == '<' || *v == '>' ||
			    *v == '|' || *v == '"')
				goto bad;
		for (v = (const unsigned char *)f->value; *v != '\0'; v++)
			if (char_ref(v) > 0) {
				rec_pos(f, (const char *)v - f->value, &line,
				    &col);
				diag(DIAG_ERROR, c->fname, line, col, "field "
				    "'%s' holds a character reference, which "
				    "Markdown would decode", fieldnames[n]);
				c->nerr++;
				break;
			}
		continue;
bad:
		diag(DIAG_ERROR, c->fname, f->line, f->vcol, "field '%s' is "
		    "not an http or https link without spaces, quotes, "
		    "'<', '>' or '|'", fieldnames[n]);
		c->nerr++;
	}
}

static int
is_word(const char *s, const char *first, const char *rest)
{
	if (*s == '\0' || strchr(first, *s) == NULL)
		return 0;
	for (s++; *s != '\0'; s++)
		if (strchr(rest, *s) == NULL)
			return 0;
	return 1;
}

#define LOWER	"abcdefghijklmnopqrstuvwxyz"
#define LETTERS	LOWER "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#define DIGITS	"0123456789"

/* Each SeeAlso becomes an .Xr, so it must be of the form name(section). */
static void
check_seealso(struct ctx *c)
{
	const struct field *f;
	const char	*paren;
	char		*part;
	size_t		 i, len;
	int		 ok;

	for (i = 0; c->count[F_SEEALSO] > 0 && i < c->r->nfields; i++) {
		f = &c->r->fields[i];
		if (f->key != c->keys[F_SEEALSO])
			continue;
		ok = 0;
		len = strlen(f->value);
		if ((paren = strchr(f->value, '(')) != NULL && len > 0 &&
		    f->value[len - 1] == ')') {
			part = xstrndup(f->value, (size_t)(paren - f->value));
			ok = is_word(part, LETTERS DIGITS,
			    LETTERS DIGITS "._+-");
			free(part);
			part = xstrndup(paren + 1, strlen(paren + 1) - 1);
			ok = ok && is_word(part, "123456789", LETTERS);
			free(part);
		}
		if (!ok) {
			diag(DIAG_ERROR, c->fname, f->line, f->vcol,
			    "SeeAlso '%s' is not of the form name(section)",
			    f->value);
			c->nerr++;
		}
	}
}

/*
 * A page's name and section go into file names, .Dt and @setfilename,
 * so they must have their plain form.
 */
static void
check_page(struct ctx *c, const struct page *p)
{

	if (p->name != NULL && !is_word(p->name, LOWER DIGITS,
	    LOWER DIGITS "._-")) {
		diag(DIAG_ERROR, c->fname, field_of(c, F_NAME)->line,
		    field_of(c, F_NAME)->vcol, "page name '%s' is not of "
		    "lower case letters, digits, '.', '_' and '-'", p->name);
		c->nerr++;
	}
	if (p->section != NULL && !is_word(p->section, "123456789",
	    LETTERS)) {
		diag(DIAG_ERROR, c->fname, field_of(c, F_SECTION)->line,
		    field_of(c, F_SECTION)->vcol, "section '%s' is not a "
		    "digit and letters, such as 7 or 3LIB", p->section);
		c->nerr++;
	}
	check_seealso(c);
}

static void
parse_date(struct ctx *c, struct catalog *cat)
{
	const char	*v = cat->updated;
	static const int mdays[] = {
		31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};
	size_t	 i;
	int	 leap;

	if (v == NULL)
		return;
	for (i = 0; i < 10; i++)
		if (v[i] == '\0' || (i == 4 || i == 7 ? v[i] != '-' :
		    (v[i] < '0' || v[i] > '9')))
			break;
	if (i == 10 && v[10] == '\0') {
		cat->year = atoi(v);
		cat->month = atoi(v + 5);
		cat->day = atoi(v + 8);
		leap = (cat->year % 4 == 0 && cat->year % 100 != 0) ||
		    cat->year % 400 == 0;
		if (cat->month >= 1 && cat->month <= 12 && cat->day >= 1 &&
		    cat->day <= mdays[cat->month - 1] &&
		    (cat->month != 2 || cat->day < 29 || leap))
			return;
	}
	diag(DIAG_ERROR, c->fname, field_of(c, F_UPDATED)->line,
	    field_of(c, F_UPDATED)->vcol,
	    "Updated is not a real date in the form YYYY-MM-DD: '%s'", v);
	c->nerr++;
}

/*
 * Work out once, for all the writers, which terms each distribution
 * has and the titles of its platforms, such as "SPARC" for sparc.  A
 * packaging term is the distribution's Packaging; the virtualization
 * terms KVM and LX are its Kvm and Lx; a term of any other kind is had
 * when the distribution's Arch names it.  A platform's title is that
 * of the first term of its name.  Each term's kind is read once, not
 * once for every distribution.  The platform lists share one array.
 */
static void
term_table(struct catalog *cat)
{
	enum { NONE, PACKAGING, KVM, LX, ARCH } *kinds;
	const struct term *t;
	struct distro	*d;
	unsigned char	*row;
	size_t		 i, j, k, n = 0;

	kinds = xreallocarray(NULL, cat->nterms + 1, sizeof(*kinds));
	for (j = 0; j < cat->nterms; j++) {
		t = &cat->terms[j];
		kinds[j] = strcmp(t->kind, "packaging") == 0 ? PACKAGING :
		    strcmp(t->kind, "virtualization") != 0 ? ARCH :
		    strcmp(t->name, "KVM") == 0 ? KVM :
		    strcmp(t->name, "LX") == 0 ? LX : NONE;
	}
	for (i = 0; i < cat->ndistros; i++)
		n += cat->distros[i].arch.n;
	cat->has = xreallocarray(NULL, cat->ndistros * cat->nterms + 1, 1);
	cat->titles = xreallocarray(NULL, n + 1, sizeof(*cat->titles));
	for (n = 0, i = 0; i < cat->ndistros; i++) {
		d = &cat->distros[i];
		row = cat->has + i * cat->nterms;
		for (j = 0; j < cat->nterms; j++)
			switch (kinds[j]) {
			case PACKAGING:
				row[j] = d->packaging != NULL &&
				    strcmp(d->packaging,
				    cat->terms[j].name) == 0;
				break;
			case KVM:
				row[j] = d->kvm != 0;
				break;
			case LX:
				row[j] = d->lx != 0;
				break;
			default:
				row[j] = 0;
				break;
			}
		d->platforms.v = cat->titles + n;
		d->platforms.n = d->arch.n;
		for (k = 0; k < d->arch.n; k++) {
			cat->titles[n] = NULL;
			for (j = 0; j < cat->nterms; j++) {
				t = &cat->terms[j];
				if (strcmp(d->arch.v[k], t->name) != 0)
					continue;
				if (cat->titles[n] == NULL)
					cat->titles[n] = t->title;
				if (kinds[j] == ARCH)
					row[j] = 1;
			}
			if (cat->titles[n] == NULL)
				cat->titles[n] = d->arch.v[k];
			n++;
		}
	}
	free(kinds);
}

int
catalog_build(struct catalog *cat, const struct recfile *rf)
{
	struct ctx	 c;
	const char	*set;
	enum {
		S_NONE, S_CATALOG, S_PAGE, S_TERM, S_DISTRO, S_BOOK, S_OTHER
	}		 kind;
	size_t		 i, ncat = 0;
	struct page	*p;
	struct term	*t;
	struct distro	*d;
	struct book	*b;

	memset(cat, 0, sizeof(*cat));
	memset(&c, 0, sizeof(c));
	cat->fname = c.fname = rf->fname;
	c.cat = cat;
	if (rf->nrecs == 0) {
		diag(DIAG_ERROR, rf->fname, 1, 1,
		    "the catalog holds no records");
		return 1;
	}
	c.which = xreallocarray(NULL, rf->nnames + 1, 1);
	memset(c.which, F__COUNT, rf->nnames + 1);
	for (i = 0; i < F__COUNT; i++)
		if ((c.keys[i] = rec_key(rf, fieldnames[i])) != REC_NOKEY)
			c.which[c.keys[i]] = (unsigned char)i;
	set = NULL;
	kind = S_NONE;
	for (i = 0; i < rf->nrecs; i++) {
		index_record(&c, &rf->recs[i]);

		/* A record belongs to the set of the descriptor before it. */
		if (c.count[F_REC] > 0) {
			set = trim(&c, c.first[F_REC]->value);
			kind = strcmp(set, "Catalog") == 0 ? S_CATALOG :
			    strcmp(set, "Page") == 0 ? S_PAGE :
			    strcmp(set, "Term") == 0 ? S_TERM :
			    strcmp(set, "Distribution") == 0 ? S_DISTRO :
			    strcmp(set, "Book") == 0 ? S_BOOK : S_OTHER;
			continue;
		}
		c.set = set;
		if (set == NULL)
			continue;
		if (kind == S_CATALOG) {
			if (ncat++ > 0) {
				diag(DIAG_ERROR, c.fname, c.r->line, 1,
				    "more than one Catalog record");
				c.nerr++;
				continue;
			}
			cat->updated = trim(&c, one(&c, F_UPDATED, 1));
			parse_date(&c, cat);
		} else if (kind == S_PAGE) {
			cat->pages = xmore(cat->pages, cat->npages,
			    sizeof(*cat->pages));
			p = &cat->pages[cat->npages++];
			p->name = trim(&c, one(&c, F_NAME, 1));
			p->section = trim(&c, one(&c, F_SECTION, 1));
			p->title = one(&c, F_TITLE, 1);
			p->summary = one(&c, F_SUMMARY, 1);
			p->intro = one(&c, F_INTRO, 1);
			p->url = one(&c, F_URL, 0);
			many(&c, &p->seealso, F_SEEALSO, 0);
			check_page(&c, p);
			check_url(&c, F_URL);
			single_line(&c, F_TITLE);
			single_line(&c, F_SUMMARY);
		} else if (kind == S_TERM) {
			cat->terms = xmore(cat->terms, cat->nterms,
			    sizeof(*cat->terms));
			t = &cat->terms[cat->nterms++];
			t->name = trim(&c, one(&c, F_NAME, 1));
			t->kind = trim(&c, one(&c, F_KIND, 1));
			t->title = one(&c, F_TITLE, 1);
			t->url = one(&c, F_URL, 0);
			check_url(&c, F_URL);
			many(&c, &t->seealso, F_SEEALSO, 0);
			check_seealso(&c);
			t->description = one(&c, F_DESCRIPTION, 1);
			single_line(&c, F_TITLE);
		} else if (kind == S_DISTRO) {
			cat->distros = xmore(cat->distros, cat->ndistros,
			    sizeof(*cat->distros));
			d = &cat->distros[cat->ndistros++];
			d->line = c.r->line;
			d->name = one(&c, F_NAME, 1);
			d->url = one(&c, F_URL, 1);
			d->provider = one(&c, F_PROVIDER, 1);
			d->provider_url = one(&c, F_PROVIDERURL, 0);
			many(&c, &d->focus, F_FOCUS, 1);
			d->linux_analog = one(&c, F_LINUXANALOG, 0);
			d->open_source = boolean(&c, F_OPENSOURCE);
			d->packaging = trim(&c, one(&c, F_PACKAGING, 0));
			d->packaging_url = one(&c, F_PACKAGINGURL, 0);
			many(&c, &d->arch, F_ARCH, 1);
			d->kvm = boolean(&c, F_KVM);
			d->lx = boolean(&c, F_LX);
			many(&c, &d->alias, F_ALIAS, 0);
			d->summary = one(&c, F_SUMMARY, 1);
			d->description = one(&c, F_DESCRIPTION, 1);
			check_url(&c, F_URL);
			check_url(&c, F_PROVIDERURL);
			check_url(&c, F_PACKAGINGURL);
			single_line(&c, F_NAME);
			single_line(&c, F_PROVIDER);
			single_line(&c, F_LINUXANALOG);
			single_line(&c, F_ALIAS);
			single_line(&c, F_SUMMARY);
			if (d->packaging_url != NULL && d->packaging == NULL) {
				diag(DIAG_ERROR, c.fname, c.r->line, 1,
				    "PackagingUrl without Packaging");
				c.nerr++;
			}
		} else if (kind == S_BOOK) {
			cat->books = xmore(cat->books, cat->nbooks,
			    sizeof(*cat->books));
			b = &cat->books[cat->nbooks++];
			b->line = c.r->line;
			b->title = one(&c, F_TITLE, 1);
			b->url = one(&c, F_URL, 1);
			b->kind = trim(&c, one(&c, F_KIND, 1));
			many(&c, &b->alias, F_ALIAS, 0);
			many(&c, &b->seealso, F_SEEALSO, 0);
			check_seealso(&c);
			b->summary = one(&c, F_SUMMARY, 1);
			b->description = one(&c, F_DESCRIPTION, 1);
			check_url(&c, F_URL);
			single_line(&c, F_TITLE);
			single_line(&c, F_SUMMARY);
			single_line(&c, F_ALIAS);
		} else {
			diag(DIAG_WARNING, c.fname, c.r->line, 1,
			    "record set %s is not used by any page", set);
		}
	}
	if (ncat == 0) {
		diag(DIAG_ERROR, c.fname, 1, 1, "no Catalog record with "
		    "the Updated date");
		c.nerr++;
	}
	if (c.nerr == 0) {
		term_table(cat);
		if (catalog_page(cat, "illumos-distros") == NULL) {
			diag(DIAG_ERROR, c.fname, 1, 1, "no Page record "
			    "named illumos-distros");
			c.nerr++;
		}
		if (catalog_page(cat, "illumos-books") == NULL) {
			diag(DIAG_ERROR, c.fname, 1, 1, "no Page record "
			    "named illumos-books");
			c.nerr++;
		}
	}
	free(c.which);
	return c.nerr;
}

void
catalog_free(struct catalog *cat)
{
	size_t	 i;

	for (i = 0; i < cat->npages; i++)
		free(cat->pages[i].seealso.v);
	for (i = 0; i < cat->nterms; i++)
		free(cat->terms[i].seealso.v);
	for (i = 0; i < cat->ndistros; i++) {
		free(cat->distros[i].focus.v);
		free(cat->distros[i].arch.v);
		free(cat->distros[i].alias.v);
	}
	for (i = 0; i < cat->nbooks; i++) {
		free(cat->books[i].alias.v);
		free(cat->books[i].seealso.v);
	}
	for (i = 0; i < cat->nowned; i++)
		free(cat->owned[i]);
	free(cat->owned);
	free(cat->has);
	free(cat->titles);
	free(cat->pages);
	free(cat->terms);
	free(cat->distros);
	free(cat->books);
	memset(cat, 0, sizeof(*cat));
}

const struct page *
catalog_page(const struct catalog *cat, const char *name)
{
	size_t	 i;

	for (i = 0; i < cat->npages; i++)
		if (cat->pages[i].name != NULL &&
		    strcmp(cat->pages[i].name, name) == 0)
			return &cat->pages[i];
	return NULL;
}

const struct term *
catalog_term(const struct catalog *cat, const char *name)
{
	size_t	 i;

	for (i = 0; i < cat->nterms; i++)
		if (cat->terms[i].name != NULL &&
		    strcmp(cat->terms[i].name, name) == 0)
			return &cat->terms[i];
	return NULL;
}

/*
 * Does the distribution have the term?  Answered from a table made
 * once for all the writers, which ask it for every pair.
 */
int
catalog_has_term(const struct catalog *cat, const struct distro *d,
    const struct term *t)
{
	return cat->has[(size_t)(d - cat->distros) * cat->nterms +
	    (size_t)(t - cat->terms)];
}

/* The columns of the comparison table, the same in every output. */
const char *const catalog_columns[CATALOG_NCOLUMNS] = {
	"Name", "Packaging", "Platforms", "KVM", "LX", "Focus"
};

/* A list joined with commas. */
void
catalog_join(struct buf *b, const struct strlist *l)
{
	size_t	 i;

	for (i = 0; i < l->n; i++) {
		if (i > 0)
			buf_puts(b, ", ");
		buf_puts(b, l->v[i]);
	}
}

/* The words of the table for yes, no and none, and their lengths. */
static const char yes[] = "yes", no[] = "no", none[] = "-";
#define YES_NO_LEN(b)	((b) ? sizeof(yes) - 1 : sizeof(no) - 1)

/*
 * The cells of a distribution's row of the comparison table, as plain
 * text in the order of catalog_columns; each writer escapes them.
 */
void
catalog_row(const struct distro *d, struct buf *cells)
{
	int	 c;

	for (c = 0; c < CATALOG_NCOLUMNS; c++) {
		cells[c].len = 0;
		buf_puts(&cells[c], "");
	}
	buf_puts(&cells[0], d->name);
	buf_puts(&cells[1], d->packaging != NULL ? d->packaging : none);
	catalog_join(&cells[2], &d->platforms);
	buf_puts(&cells[3], d->kvm ? yes : no);
	buf_puts(&cells[4], d->lx ? yes : no);
	catalog_join(&cells[5], &d->focus);
}

/* The length of what catalog_join() makes of the list. */
static size_t
join_length(const struct strlist *l)
{
	size_t	 i, n = 0;

	for (i = 0; i < l->n; i++)
		n += strlen(l->v[i]) + (i > 0 ? 2 : 0);
	return n;
}

/*
 * The widest cell of each column, heading included, by bytes; of cells
 * equally wide, the first.  The writers size their tables by these.
 * The rows are measured without being made; only a row that holds a
 * widest cell is made, at the end.
 */
void
catalog_widest(const struct catalog *cat, struct buf *wid)
{
	const struct distro *d;
	struct buf	 cells[CATALOG_NCOLUMNS];
	size_t		 best[CATALOG_NCOLUMNS], most[CATALOG_NCOLUMNS];
	size_t		 len[CATALOG_NCOLUMNS], i;
	int		 c;

	for (c = 0; c < CATALOG_NCOLUMNS; c++) {
		best[c] = cat->ndistros;	/* The heading. */
		most[c] = strlen(catalog_columns[c]);
	}
	for (i = 0; i < cat->ndistros; i++) {
		d = &cat->distros[i];
		len[0] = strlen(d->name);
		len[1] = d->packaging != NULL ? strlen(d->packaging) :
		    sizeof(none) - 1;
		len[2] = join_length(&d->platforms);
		len[3] = YES_NO_LEN(d->kvm);
		len[4] = YES_NO_LEN(d->lx);
		len[5] = join_length(&d->focus);
		for (c = 0; c < CATALOG_NCOLUMNS; c++)
			if (len[c] > most[c]) {
				most[c] = len[c];
				best[c] = i;
			}
	}
	memset(cells, 0, sizeof(cells));
	for (c = 0; c < CATALOG_NCOLUMNS; c++) {
		wid[c].len = 0;
		if (best[c] == cat->ndistros)
			buf_puts(&wid[c], catalog_columns[c]);
		else {
			catalog_row(&cat->distros[best[c]], cells);
			buf_putn(&wid[c], cells[c].p, cells[c].len);
		}
	}
	for (c = 0; c < CATALOG_NCOLUMNS; c++)
		buf_free(&cells[c]);
}
