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

struct ctx {
	const char	*fname;
	struct catalog	*cat;
	const struct record *r;
	const char	*set;
	int		 nerr;
};

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
	c->cat->owned = xreallocarray(c->cat->owned, c->cat->nowned + 1,
	    sizeof(*c->cat->owned));
	c->cat->owned[c->cat->nowned++] = copy;
	return copy;
}

/* The field itself, for its position in a diagnostic. */
static const struct field *
field_of(struct ctx *c, const char *name)
{
	return rec_get(c->r, name);
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
one(struct ctx *c, const char *name, int required)
{
	const struct field *f = NULL;
	size_t	 i;

	for (i = 0; i < c->r->nfields; i++) {
		if (c->r->fields[i].name[0] != name[0] ||
		    strcmp(c->r->fields[i].name, name) != 0)
			continue;
		if (f != NULL) {
			diag(DIAG_ERROR, c->fname, c->r->fields[i].line, 1,
			    "field '%s' may appear only once in a %s record",
			    name, c->set);
			c->nerr++;
			return f->value;
		}
		f = &c->r->fields[i];
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
many(struct ctx *c, struct strlist *l, const char *name, int required)
{
	size_t	 i;

	memset(l, 0, sizeof(*l));
	for (i = 0; i < c->r->nfields; i++) {
		if (c->r->fields[i].name[0] != name[0] ||
		    strcmp(c->r->fields[i].name, name) != 0)
			continue;
		not_empty(c, &c->r->fields[i]);
		l->v = xreallocarray(l->v, l->n + 1, sizeof(*l->v));
		l->v[l->n++] = trim(c, c->r->fields[i].value);
	}
	if (l->n == 0 && required) {
		diag(DIAG_ERROR, c->fname, c->r->line, 1,
		    "%s record lacks the field '%s'", c->set, name);
		c->nerr++;
	}
}

static int
boolean(struct ctx *c, const char *name)
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
	    "field '%s' is not a bool: '%s'", name, v);
	c->nerr++;
	return 0;
}

/* A value the writers print on one line must be one. */
static void
single_line(struct ctx *c, const char *name)
{
	size_t	 i;

	for (i = 0; i < c->r->nfields; i++)
		if (c->r->fields[i].name[0] == name[0] &&
		    strcmp(c->r->fields[i].name, name) == 0 &&
		    strchr(c->r->fields[i].value, '\n') != NULL) {
			diag(DIAG_ERROR, c->fname, c->r->fields[i].line,
			    c->r->fields[i].vcol, "field '%s' must be a "
			    "single line", name);
			c->nerr++;
		}
}

/*
 * A link goes into .Lk, @uref and a Markdown destination as it is, so
 * it must be one word of printable characters with an http or https
 * scheme, whatever the regexp of the catalog lets through.
 */
static void
check_url(struct ctx *c, const char *name)
{
	const struct field *f;
	const unsigned char *v;
	size_t		 i;

	for (i = 0; i < c->r->nfields; i++) {
		f = &c->r->fields[i];
		if (f->name[0] != name[0] || strcmp(f->name, name) != 0)
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
		continue;
bad:
		diag(DIAG_ERROR, c->fname, f->line, f->vcol, "field '%s' is "
		    "not an http or https link without spaces, quotes, "
		    "'<', '>' or '|'", name);
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

	for (i = 0; i < c->r->nfields; i++) {
		f = &c->r->fields[i];
		if (strcmp(f->name, "SeeAlso") != 0)
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
		diag(DIAG_ERROR, c->fname, field_of(c, "Name")->line,
		    field_of(c, "Name")->vcol, "page name '%s' is not of "
		    "lower case letters, digits, '.', '_' and '-'", p->name);
		c->nerr++;
	}
	if (p->section != NULL && !is_word(p->section, "123456789",
	    LETTERS)) {
		diag(DIAG_ERROR, c->fname, field_of(c, "Section")->line,
		    field_of(c, "Section")->vcol, "section '%s' is not a "
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
	diag(DIAG_ERROR, c->fname, field_of(c, "Updated")->line,
	    field_of(c, "Updated")->vcol,
	    "Updated is not a real date in the form YYYY-MM-DD: '%s'", v);
	c->nerr++;
}

int
catalog_build(struct catalog *cat, const struct recfile *rf)
{
	struct ctx	 c;
	const char	*set;
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
	set = NULL;
	for (i = 0; i < rf->nrecs; i++) {
		const struct field *f = rec_get(&rf->recs[i], "%rec");

		/* A record belongs to the set of the descriptor before it. */
		if (f != NULL) {
			set = trim(&c, f->value);
			continue;
		}
		c.r = &rf->recs[i];
		c.set = set;
		if (set == NULL)
			continue;
		if (strcmp(set, "Catalog") == 0) {
			if (ncat++ > 0) {
				diag(DIAG_ERROR, c.fname, c.r->line, 1,
				    "more than one Catalog record");
				c.nerr++;
				continue;
			}
			cat->updated = trim(&c, one(&c, "Updated", 1));
			parse_date(&c, cat);
		} else if (strcmp(set, "Page") == 0) {
			cat->pages = xreallocarray(cat->pages,
			    cat->npages + 1, sizeof(*cat->pages));
			p = &cat->pages[cat->npages++];
			p->name = trim(&c, one(&c, "Name", 1));
			p->section = trim(&c, one(&c, "Section", 1));
			p->title = one(&c, "Title", 1);
			p->summary = one(&c, "Summary", 1);
			p->intro = one(&c, "Intro", 1);
			p->url = one(&c, "Url", 0);
			many(&c, &p->seealso, "SeeAlso", 0);
			check_page(&c, p);
			check_url(&c, "Url");
			single_line(&c, "Title");
			single_line(&c, "Summary");
		} else if (strcmp(set, "Term") == 0) {
			cat->terms = xreallocarray(cat->terms,
			    cat->nterms + 1, sizeof(*cat->terms));
			t = &cat->terms[cat->nterms++];
			t->name = trim(&c, one(&c, "Name", 1));
			t->kind = trim(&c, one(&c, "Kind", 1));
			t->title = one(&c, "Title", 1);
			t->url = one(&c, "Url", 0);
			check_url(&c, "Url");
			many(&c, &t->seealso, "SeeAlso", 0);
			check_seealso(&c);
			t->description = one(&c, "Description", 1);
			single_line(&c, "Title");
		} else if (strcmp(set, "Distribution") == 0) {
			cat->distros = xreallocarray(cat->distros,
			    cat->ndistros + 1, sizeof(*cat->distros));
			d = &cat->distros[cat->ndistros++];
			d->line = c.r->line;
			d->name = one(&c, "Name", 1);
			d->url = one(&c, "Url", 1);
			d->provider = one(&c, "Provider", 1);
			d->provider_url = one(&c, "ProviderUrl", 0);
			many(&c, &d->focus, "Focus", 1);
			d->linux_analog = one(&c, "LinuxAnalog", 0);
			d->open_source = boolean(&c, "OpenSource");
			d->packaging = trim(&c, one(&c, "Packaging", 0));
			d->packaging_url = one(&c, "PackagingUrl", 0);
			many(&c, &d->arch, "Arch", 1);
			d->kvm = boolean(&c, "Kvm");
			d->lx = boolean(&c, "Lx");
			many(&c, &d->alias, "Alias", 0);
			d->summary = one(&c, "Summary", 1);
			d->description = one(&c, "Description", 1);
			check_url(&c, "Url");
			check_url(&c, "ProviderUrl");
			check_url(&c, "PackagingUrl");
			single_line(&c, "Name");
			single_line(&c, "Provider");
			single_line(&c, "LinuxAnalog");
			single_line(&c, "Alias");
			single_line(&c, "Summary");
			if (d->packaging_url != NULL && d->packaging == NULL) {
				diag(DIAG_ERROR, c.fname, c.r->line, 1,
				    "PackagingUrl without Packaging");
				c.nerr++;
			}
		} else if (strcmp(set, "Book") == 0) {
			cat->books = xreallocarray(cat->books,
			    cat->nbooks + 1, sizeof(*cat->books));
			b = &cat->books[cat->nbooks++];
			b->line = c.r->line;
			b->title = one(&c, "Title", 1);
			b->url = one(&c, "Url", 1);
			b->kind = trim(&c, one(&c, "Kind", 1));
			many(&c, &b->alias, "Alias", 0);
			many(&c, &b->seealso, "SeeAlso", 0);
			check_seealso(&c);
			b->summary = one(&c, "Summary", 1);
			b->description = one(&c, "Description", 1);
			check_url(&c, "Url");
			single_line(&c, "Title");
			single_line(&c, "Summary");
			single_line(&c, "Alias");
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

/* The display name of a term, such as "SPARC" for sparc, or the name. */
const char *
catalog_term_title(const struct catalog *cat, const char *name)
{
	const struct term *t = catalog_term(cat, name);

	return t != NULL ? t->title : name;
}

/* Does the distribution have the packaging, virtualization or platform? */
int
catalog_has_term(const struct distro *d, const struct term *t)
{
	size_t	 i;

	if (strcmp(t->kind, "packaging") == 0)
		return d->packaging != NULL &&
		    strcmp(d->packaging, t->name) == 0;
	if (strcmp(t->kind, "virtualization") == 0)
		return strcmp(t->name, "KVM") == 0 ? d->kvm :
		    strcmp(t->name, "LX") == 0 ? d->lx : 0;
	for (i = 0; i < d->arch.n; i++)
		if (strcmp(d->arch.v[i], t->name) == 0)
			return 1;
	return 0;
}

/* The columns of the comparison table, the same in every output. */
const char *const catalog_columns[CATALOG_NCOLUMNS] = {
	"Name", "Packaging", "Platforms", "KVM", "LX", "Focus"
};

/* A list joined with commas; platforms and the like by their titles. */
void
catalog_join(struct buf *b, const struct catalog *cat, const struct strlist *l,
    int titles)
{
	size_t	 i;

	for (i = 0; i < l->n; i++) {
		if (i > 0)
			buf_puts(b, ", ");
		buf_puts(b, titles ? catalog_term_title(cat, l->v[i]) :
		    l->v[i]);
	}
}

/*
 * The cells of a distribution's row of the comparison table, as plain
 * text in the order of catalog_columns; each writer escapes them.
 */
void
catalog_row(const struct catalog *cat, const struct distro *d,
    struct buf *cells)
{
	int	 c;

	for (c = 0; c < CATALOG_NCOLUMNS; c++) {
		cells[c].len = 0;
		buf_puts(&cells[c], "");
	}
	buf_puts(&cells[0], d->name);
	buf_puts(&cells[1], d->packaging != NULL ? d->packaging : "-");
	catalog_join(&cells[2], cat, &d->arch, 1);
	buf_puts(&cells[3], d->kvm ? "yes" : "no");
	buf_puts(&cells[4], d->lx ? "yes" : "no");
	catalog_join(&cells[5], cat, &d->focus, 0);
}
