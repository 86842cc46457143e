/*
 * Turn checked records into the typed catalog that the writers use.
 *
 * The record descriptors in the file may be edited by anyone, so this
 * stage does not trust them: it checks again everything the writers
 * rely on (which record sets exist, which fields are present and
 * single, what the booleans and dates are, that Texinfo node names
 * differ) and reports each problem at the record it concerns.  Once it
 * has passed, no writer can fail.
 *
 * Reading is driven by tables: each record set has a row per field,
 * which says how the field is read and checked and where its value
 * goes.  The rows of a distribution's fields also say how the pages
 * show each as a fact, in the order of the table and under which
 * label, so that a new fact is one row.
 */

#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "docgen.h"

/*
 * A row: how a field is read, and where its value goes.  The type of
 * the fact that the pages show follows from how the field is read: a
 * yes or no for a bool, a list (of links, for links) for a repeatable
 * field, a bare link for a link, and text for the rest.
 */
#define FACT_TYPE(ft, fl)	((ft) == FT_BOOL ? FACT_BOOL : \
	((fl) & MANY) ? ((ft) == FT_URL ? FACT_LINKS : FACT_LIST) : \
	(ft) == FT_URL ? FACT_LINK : FACT_TEXT)
#define FIELD(n, ft, fl, o)	.name = (n), .ftype = (ft), .flags = (fl), \
	.off = (o), .type = FACT_TYPE(ft, fl)

struct ctx;

#define NOROW	0xff

/*
 * A record set: its fields, the size of the struct a record becomes,
 * and what is checked of the record as a whole once its fields are
 * read (nothing, where finish is NULL).  The Catalog set has size 0:
 * its one record fills in struct catalog itself.
 */
struct recspec {
	const char	*name;
	const struct fieldspec *fields;
	size_t		 size;
	void		(*finish)(struct ctx *, void *);
};

/*
 * The arrays of struct ctx that have an element for each row are as
 * long as the longest table.  The row of a field's key is kept in a
 * byte, so every table below is checked when the program is compiled
 * to have fewer rows than NOROW, the byte that says "no row".
 */
#define NROWS(t)	(sizeof(t) / sizeof((t)[0]) - 1)
#define FITS(t)		typedef char t##_fits[NROWS(t) < NOROW ? 1 : -1]

struct ctx {
	const char	*fname;
	struct catalog	*cat;
	const struct recfile *rf;
	const struct record *r;
	const struct recspec *rs;
	int		 nerr;
	/* The record's first field of each row, and how many it has. */
	const struct field **first;
	size_t		*count;
	unsigned char	*rowmap;	/* The row of each key, or NOROW. */
	/*
	 * The latest date a record gives, checked or released, and
	 * where; and where Updated is, which may come before or after.
	 */
	const char	*latest;
	size_t		 latest_line, updated_line, updated_col;
};

static void	 error_at(struct ctx *, size_t, size_t, const char *, ...)
		    PRINTFLIKE(4, 5);
static void	 error_value(struct ctx *, const struct field *, const char *,
		    ...) PRINTFLIKE(3, 4);
static void	 finish_catalog(struct ctx *, void *);
static int	 later(const char *, const char *);
static int	 unicode_space(unsigned long);
static void	 finish_page(struct ctx *, void *);
static void	 finish_term(struct ctx *, void *);
static void	 finish_distro(struct ctx *, void *);
static void	 finish_book(struct ctx *, void *);
static int	 in_future(const int *);
static void	 check_choices(struct ctx *);
static void	 check_terms(struct ctx *);
static void	 check_tables(struct ctx *);
static const char *set_name(struct ctx *, const struct record *);

#define C(m)	offsetof(struct catalog, m)
static const struct fieldspec catalog_fields[] = {
	{ FIELD("Updated", FT_WORD, REQ, C(updated)) },
	{ .name = NULL }
};

#define P(m)	offsetof(struct page, m)
static const struct fieldspec page_fields[] = {
	{ FIELD("Name", FT_WORD, REQ, P(name)) },
	{ FIELD("Section", FT_WORD, REQ, P(section)) },
	{ FIELD("Title", FT_LINE, REQ, P(title)) },
	{ FIELD("Summary", FT_SUMMARY, REQ | PHRASE | NAMELINE,
	    P(summary)) },
	{ FIELD("Intro", FT_TEXT, REQ, P(intro)) },
	{ FIELD("Url", FT_URL, ONPAGE, P(url)) },
	{ FIELD("SeeAlso", FT_XREF, MANY, P(seealso)) },
	{ .name = NULL }
};

#define T(m)	offsetof(struct term, m)
static const struct fieldspec term_fields[] = {
	{ FIELD("Name", FT_WORD, REQ | INDEX, T(name)) },
	{ FIELD("Kind", FT_WORD, REQ, T(kindname)) },
	{ FIELD("Title", FT_LINE, REQ | INDEX | LISTED, T(title)) },
	{ FIELD("Url", FT_URL, ONPAGE, T(url)) },
	{ FIELD("SeeAlso", FT_XREF, MANY, T(seealso)) },
	{ FIELD("Description", FT_TEXT, REQ, T(description)) },
	{ FIELD("Source", FT_URL, MANY, T(sources)) },
	{ FIELD("Checked", FT_DATE, 0, T(checked)) },
	{ .name = NULL }
};

#define D(m)	offsetof(struct distro, m)
/*
 * The fields of a distribution, in the order in which the pages show
 * their facts.  Each comparison table is narrow enough for a terminal
 * of 60 columns, so that no row of it wraps; the column with the
 * longest cells comes last, since roff can wrap only the last column
 * of a -column list.  On the web page the name links to the
 * distribution's own site, which is why the web site is not a column
 * there.  A fact marked FACT_ASK says "not known" where the catalog
 * gives no value, rather than leaving itself out.  The platforms are
 * shown by the titles of the terms that Arch names.
 */
const struct fieldspec catalog_distro_fields[] = {
	{ FIELD("Name", FT_LINE, REQ | INDEX | PHRASE | LISTED, D(name)),
	    .label = "Name",
	    .column = { 1, 1, 1, 1 }, .shown = FACT_WEB, .link = D(url) },
	{ FIELD("Status", FT_WORD, 0, D(status)), .label = "Status",
	    .column = { 2, 0, 0, 0 },
	    .shown = FACT_ENTRY | FACT_WEB | FACT_ASK },
	{ FIELD("Release", FT_LINE, 0, D(release)),
	    .label = "Latest release",
	    .shown = FACT_ENTRY | FACT_WEB | FACT_ASK },
	{ FIELD("Released", FT_WORD, 0, D(released)), .label = "Released",
	    .shown = FACT_ENTRY | FACT_WEB },
	{ FIELD("ReleaseModel", FT_LINE, 0, D(release_model)),
	    .label = "Release model", .shown = FACT_ENTRY | FACT_ASK },
	{ FIELD("Provider", FT_LINE, REQ | INDEX, D(provider)),
	    .label = "Provider", .column = { 0, 0, 0, 2 },
	    .shown = FACT_ENTRY | FACT_WEB, .link = D(provider_url) },
	{ FIELD("Focus", FT_TEXT, REQ | MANY | INDEX | LISTED, D(focus)),
	    .label = "Focus", .column = { 0, 0, 3, 0 },
	    .shown = FACT_ENTRY | FACT_WEB },
	{ FIELD("LinuxAnalog", FT_LINE, 0, D(linux_analog)),
	    .label = "Linux analogue", .column = { 0, 0, 2, 0 },
	    .shown = FACT_ENTRY | FACT_WEB },
	{ FIELD("OpenSource", FT_BOOL, REQ, D(open_source)),
	    .label = "Open source", .column = { 0, 2, 0, 0 },
	    .shown = FACT_ENTRY | FACT_WEB },
	{ FIELD("Packaging", FT_WORD, 0, D(packaging)), .label = "Packaging",
	    .column = { 3, 0, 0, 0 },
	    .shown = FACT_ENTRY | FACT_WEB | FACT_ASK,
	    .term = TERM_BY_VALUE, .link = D(packaging_url) },
	{ FIELD("Arch", FT_TEXT, REQ | MANY | LISTED, D(arch)),
	    .label = "Platforms",
	    .column = { 4, 0, 0, 0 }, .shown = FACT_ENTRY | FACT_WEB,
	    .term = TERM_BY_VALUE, .shows = D(platforms) },
	{ FIELD("Bhyve", FT_BOOL, 0, D(bhyve)), .label = "bhyve",
	    .column = { 0, 3, 0, 0 }, .shown = FACT_ENTRY | FACT_WEB,
	    .term = "bhyve" },
	{ FIELD("Kvm", FT_BOOL, REQ, D(kvm)), .label = "KVM",
	    .column = { 0, 4, 0, 0 }, .shown = FACT_ENTRY | FACT_WEB,
	    .term = "KVM" },
	{ FIELD("Lx", FT_BOOL, REQ, D(lx)), .label = "LX zones",
	    .column = { 0, 5, 0, 0 }, .shown = FACT_ENTRY | FACT_WEB,
	    .term = "LX" },
	{ FIELD("Url", FT_URL, REQ | ONPAGE, D(url)), .label = "Web site",
	    .shown = FACT_ENTRY },
	{ FIELD("Source", FT_URL, MANY, D(sources)), .label = "Sources",
	    .shown = FACT_MANUAL },
	{ FIELD("Checked", FT_DATE, 0, D(checked)), .label = "Checked",
	    .shown = FACT_ENTRY },
	{ FIELD("ProviderUrl", FT_URL, ONPAGE, D(provider_url)) },
	{ FIELD("PackagingUrl", FT_URL, ONPAGE, D(packaging_url)) },
	{ FIELD("Alias", FT_LINE, MANY | INDEX, D(alias)) },
	{ FIELD("Summary", FT_SUMMARY, REQ, D(summary)) },
	{ FIELD("Description", FT_TEXT, REQ, D(description)) },
	{ .name = NULL }
};

#define B(m)	offsetof(struct book, m)
static const struct fieldspec book_fields[] = {
	{ FIELD("Title", FT_LINE, REQ | INDEX, B(title)) },
	{ FIELD("Url", FT_URL, REQ | ONPAGE | WHOLE, B(url)) },
	{ FIELD("Kind", FT_WORD, REQ, B(kind)) },
	{ FIELD("Alias", FT_LINE, MANY | INDEX, B(alias)) },
	{ FIELD("SeeAlso", FT_XREF, MANY, B(seealso)) },
	{ FIELD("Summary", FT_SUMMARY, REQ | PHRASE, B(summary)) },
	{ FIELD("Description", FT_TEXT, REQ, B(description)) },
	{ FIELD("Source", FT_URL, MANY, B(sources)) },
	{ FIELD("Checked", FT_DATE, 0, B(checked)) },
	{ .name = NULL }
};

#define U(m)	offsetof(struct choice, m)
static const struct fieldspec choice_fields[] = {
	{ FIELD("Title", FT_LINE, REQ | INDEX, U(title)) },
	{ FIELD("Distribution", FT_LINE, REQ | MANY, U(distros)) },
	{ FIELD("Keyword", FT_LINE, MANY | INDEX, U(keywords)) },
	{ FIELD("Description", FT_TEXT, REQ, U(description)) },
	{ FIELD("Source", FT_URL, MANY, U(sources)) },
	{ FIELD("Checked", FT_DATE, 0, U(checked)) },
	{ .name = NULL }
};

FITS(choice_fields);
FITS(catalog_fields);
FITS(page_fields);
FITS(term_fields);
FITS(catalog_distro_fields);
FITS(book_fields);

enum recset {
	R_CATALOG,
	R_PAGE,
	R_TERM,
	R_DISTRO,
	R_BOOK,
	R_CHOICE,
	R__COUNT
};

static enum recset enter_set(struct ctx *, const char *);

static const struct recspec recspecs[R__COUNT] = {
	{ "Catalog", catalog_fields, 0, finish_catalog },
	{ "Page", page_fields, sizeof(struct page), finish_page },
	{ "Term", term_fields, sizeof(struct term), finish_term },
	{ "Distribution", catalog_distro_fields, sizeof(struct distro),
	    finish_distro },
	{ "Book", book_fields, sizeof(struct book), finish_book },
	{ "Choice", choice_fields, sizeof(struct choice), NULL }
};

const char *const catalog_comparisons[COMPARISONS] = {
	"Status, packaging and platforms:",
	"What each offers:",
	"What each is for:",
	"Who makes each:"
};

/* The words of a Status field, and what the pages show for each. */
static const char *const statuses[] = {
	"active", "dormant", "discontinued", "unknown", NULL
};

const char *const catalog_pages[PAGE__COUNT] = {
	"illumos-distros",
	"illumos-books"
};

/* The field of a distribution that decides who has a term of a kind. */
const struct term_kind_desc catalog_term_kinds[TERM_OTHER] = {
	{ "packaging", "Packaging systems",
	    "how the distributions install software" },
	{ "virtualization", "Virtualization",
	    "bhyve, KVM and LX branded zones" },
	{ "platform", "Platforms",
	    "the processors each one runs on" }
};

const struct book_group_desc catalog_book_groups[BOOK__COUNT] = {
	{ "guide", "Guides", "the guides of the illumos project", 1 },
	{ NULL, "Books, papers and articles", "further reading", 0 }
};

static const char *const months[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};

const char *
catalog_month(int m)
{
	return m >= 1 && m <= 12 ? months[m - 1] : "?";
}

/* Keep a string made while reading until the catalog is freed. */
const char *
catalog_own(struct catalog *cat, char *s)
{
	cat->owned = xmore(cat->owned, cat->nowned, sizeof(*cat->owned));
	cat->owned[cat->nowned++] = s;
	return s;
}

/*
 * A value without the white space around it.  Words such as bools and
 * enum values are compared that way, as GNU recutils does; a copy is
 * made only when there is something to trim.
 */
static const char *
trim(struct ctx *c, const char *v)
{
	const char	*w;
	size_t		 len;

	if (v == NULL)
		return NULL;
	w = rec_trim(v, &len);
	if (w == v && len == strlen(v))
		return v;
	return catalog_own(c->cat, xstrndup(w, len));
}

/*
 * A value on one line as every page can show it: trimmed, with each run
 * of blanks inside it made one space.  A manual page and HTML show a
 * run as one space already; Info's preformatted tables would keep two
 * spaces, and an Info menu would not find a name that held them.
 */
static const char *
line_value(struct ctx *c, const char *v)
{
	char	*copy, *from, *to;
	size_t	 i;

	if ((v = trim(c, v)) == NULL)
		return NULL;
	for (i = 0; v[i] != '\0'; i++)
		if (rec_blank((unsigned char)v[i]) && (v[i] != ' ' ||
		    rec_blank((unsigned char)v[i + 1])))
			break;
	if (v[i] == '\0')
		return v;
	copy = xstrndup(v, strlen(v));
	catalog_own(c->cat, copy);
	for (from = to = copy; *from != '\0'; from++) {
		if (!rec_blank((unsigned char)*from))
			*to++ = *from;
		else if (to == copy || to[-1] != ' ')
			*to++ = ' ';
	}
	*to = '\0';
	return copy;
}

static void
error_at(struct ctx *c, size_t line, size_t col, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vdiag(DIAG_ERROR, c->fname, line, col, fmt, ap);
	va_end(ap);
	c->nerr++;
}

/*
 * An error about the value of f, at its first character but blanks,
 * which is where the value that a message quotes starts.
 */
static void
error_value(struct ctx *c, const struct field *f, const char *fmt, ...)
{
	va_list		 ap;
	size_t		 line, col;

	rec_value_pos(c->rf, f, &line, &col);
	va_start(ap, fmt);
	vdiag(DIAG_ERROR, c->fname, line, col, fmt, ap);
	va_end(ap);
	c->nerr++;
}

/* The first field of the row of this name in the current record. */
static const struct field *
field_named(struct ctx *c, const char *name)
{
	size_t	 i;

	for (i = 0; c->rs->fields[i].name != NULL; i++)
		if (strcmp(c->rs->fields[i].name, name) == 0)
			return c->count[i] > 0 ? c->first[i] : NULL;
	return NULL;
}

/* Every value the writers use must say something. */
static void
not_empty(struct ctx *c, const struct field *f)
{
	const char	*v;

	for (v = f->value; *v != '\0'; v++)
		if (!rec_blank((unsigned char)*v))
			return;
	error_value(c, f, "field '%s' is empty", f->name);
}

/* The field of the same row after f in the record, or NULL. */
static const struct field *
next_of(struct ctx *c, const struct field *f)
{
	const struct field *end = c->r->fields + c->r->nfields;
	const struct field *g;

	for (g = f + 1; g < end; g++)
		if (g->key == f->key)
			return g;
	return NULL;
}

/* The single value of a row; NULL (and an error if required) if absent. */
static const char *
one(struct ctx *c, size_t row)
{
	const struct fieldspec *fs = &c->rs->fields[row];
	const struct field *f = c->count[row] > 0 ? c->first[row] : NULL;
	const struct field *g;

	if (c->count[row] > 1) {
		g = next_of(c, f);
		error_at(c, g->line, 1, "field '%s' may appear only once in a "
		    "%s record", fs->name, c->rs->name);
		return f->value;
	}
	if (f == NULL && (fs->flags & REQ))
		error_at(c, c->r->line, 1, "%s record lacks the field '%s'",
		    c->rs->name, fs->name);
	if (f != NULL)
		not_empty(c, f);
	return f == NULL ? NULL : f->value;
}

/* Every value of a repeatable row, trimmed, in file order. */
static void
many(struct ctx *c, size_t row, struct strlist *l)
{
	const struct fieldspec *fs = &c->rs->fields[row];
	const struct field *f;

	memset(l, 0, sizeof(*l));
	if (c->count[row] == 0) {
		if (fs->flags & REQ)
			error_at(c, c->r->line, 1, "%s record lacks the "
			    "field '%s'", c->rs->name, fs->name);
		return;
	}
	l->v = xreallocarray(NULL, c->count[row], sizeof(*l->v));
	for (f = c->first[row]; f != NULL; f = next_of(c, f)) {
		not_empty(c, f);
		l->v[l->n++] = fs->ftype == FT_LINE ?
		    line_value(c, f->value) : trim(c, f->value);
	}
}

/*
 * A fact that may be open: yes or no in any spelling of a recutils
 * bool, or "unknown".  A field that is not there is not known either.
 */
static int
boolean(struct ctx *c, size_t row)
{
	const struct field *f;
	const char	*v;

	if ((v = trim(c, one(c, row))) == NULL)
		return TRI_UNKNOWN;
	if (strcmp(v, "yes") == 0 || strcmp(v, "true") == 0 ||
	    strcmp(v, "1") == 0)
		return TRI_YES;
	if (strcmp(v, "no") == 0 || strcmp(v, "false") == 0 ||
	    strcmp(v, "0") == 0)
		return TRI_NO;
	if (strcmp(v, "unknown") == 0)
		return TRI_UNKNOWN;
	f = c->first[row];
	error_value(c, f, "field '%s' is not yes, no or "
	    "unknown: '%s'", f->name, v);
	return TRI_UNKNOWN;
}

/*
 * Is v a date of the calendar in the form YYYY-MM-DD, or, with partial
 * set, YYYY or YYYY-MM too?  The year, month and day go into ymd, 0
 * for a part that is not given.
 */
static int
is_date(const char *v, int partial, int *ymd)
{
	static const int mdays[] = {
		31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};
	size_t	 i, len = strlen(v);
	int	 leap;

	if (len != 10 && !(partial && (len == 4 || len == 7)))
		return 0;
	for (i = 0; i < len; i++)
		if (i == 4 || i == 7 ? v[i] != '-' :
		    (v[i] < '0' || v[i] > '9'))
			return 0;
	ymd[0] = atoi(v);
	ymd[1] = len > 4 ? atoi(v + 5) : 0;
	ymd[2] = len > 7 ? atoi(v + 8) : 0;
	if (len == 4)
		return 1;
	if (ymd[1] < 1 || ymd[1] > 12)
		return 0;
	if (len == 7)
		return 1;
	leap = (ymd[0] % 4 == 0 && ymd[0] % 100 != 0) || ymd[0] % 400 == 0;
	return ymd[2] >= 1 && ymd[2] <= mdays[ymd[1] - 1] &&
	    (ymd[1] != 2 || ymd[2] < 29 || leap);
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

/* The length of the character reference at v, or 0. */
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

/* A hexadecimal digit, in ASCII whatever the locale. */
static int
is_hex(unsigned char c)
{
	return c != '\0' && strchr("0123456789abcdefABCDEF", c) != NULL;
}

/*
 * Where an http or https link goes wrong, or NULL if it does not.  A
 * link goes into .Lk, @uref and a Markdown destination as it is, so it
 * must be one word of printable ASCII with an http or https scheme,
 * whatever the regexp of the catalog lets through.  A character beyond
 * ASCII would be shown by groff, mandoc and the web each as it sees fit
 * (groff writes U+212A as "K"), and the link would lead elsewhere; the
 * catalog writes it percent-encoded.
 */
static const char *
url_flaw(const char *s)
{
	const unsigned char *v = (const unsigned char *)s;

	if (strncmp(s, "https://", 8) == 0)
		v += 8;
	else if (strncmp(s, "http://", 7) == 0)
		v += 7;
	else
		return s;
	if (*v == '\0')
		return s;
	/*
	 * Only what RFC 3986 lets a URL hold as it is, but the brackets of
	 * an IPv6 host: readers treat the rest each their own way.  A
	 * browser reads a backslash as a slash, where curl keeps it, so
	 * "https://a\@b/" leads to a for one and to b for the other;
	 * lowdown encodes brackets and carets, which browsers keep; and a
	 * dot written "%2e" makes a browser, but not curl, go up a level.
	 */
	for (; *v != '\0'; v++) {
		if (!((*v >= 'a' && *v <= 'z') || (*v >= 'A' && *v <= 'Z') ||
		    (*v >= '0' && *v <= '9') ||
		    strchr("-._~:/?#@!$&'()*+,;=%", *v) != NULL))
			return (const char *)v;
		if (*v == '%' && (!is_hex(v[1]) || !is_hex(v[2]) ||
		    (v[1] == '2' && (v[2] == 'e' || v[2] == 'E'))))
			return (const char *)v;
	}
	return NULL;
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

#define LETTERS	"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
#define DIGITS	"0123456789"

/* Each SeeAlso becomes an .Xr, so it must be of the form name(section). */
static int
is_xref(const char *v)
{
	const char	*paren;
	char		*part;
	size_t		 len = strlen(v);
	int		 ok;

	if ((paren = strchr(v, '(')) == NULL || len == 0 ||
	    v[len - 1] != ')')
		return 0;
	part = xstrndup(v, (size_t)(paren - v));
	ok = is_word(part, LETTERS DIGITS, LETTERS DIGITS "._+-");
	free(part);
	part = xstrndup(paren + 1, strlen(paren + 1) - 1);
	ok = ok && is_word(part, "123456789", LETTERS);
	free(part);
	return ok;
}

/* Report the first character reference in a link, where it is. */
static void
check_char_ref(struct ctx *c, const struct field *f)
{
	const unsigned char *v;
	size_t		 line, col;

	for (v = (const unsigned char *)f->value; *v != '\0'; v++)
		if (char_ref(v) > 0) {
			rec_pos(c->rf, f, (size_t)((const char *)v - f->value),
			    &line, &col);
			error_at(c, line, col, "field '%s' holds a character "
			    "reference, which Markdown would decode", f->name);
			return;
		}
}

/*
 * A date field must name a real day, or with partial a year or month
 * (a release), and one that has come: no one can have checked a record,
 * nor made a release, later.  A year or a month that has begun counts
 * as come.
 */
static void
check_date(struct ctx *c, const struct field *f, int partial)
{
	const char	*v = trim(c, f->value);
	int		 ymd[3];

	if (!is_date(v, partial, ymd))
		error_value(c, f, "field '%s' is not a real date "
		    "in the form YYYY-MM-DD%s: '%s'", f->name,
		    partial ? " (or YYYY-MM, or YYYY)" : "", v);
	else if (in_future(ymd))
		error_value(c, f, "field '%s' is %s, a date in "
		    "the future; %s then", f->name, v, partial ?
		    "nothing can have been released" :
		    "no one can have checked a record");
	else if (c->latest == NULL || later(v, c->latest)) {
		c->latest = v;
		c->latest_line = f->line;
	}
}

/*
 * Is date a later than date b?  Either may name only a year, or a year
 * and a month, and is compared to the precision both have.
 */
static int
later(const char *a, const char *b)
{
	size_t	 n = strlen(a) < strlen(b) ? strlen(a) : strlen(b);

	return strncmp(a, b, n) > 0;
}

/*
 * A summary is the description of a menu entry in the Info manual and
 * the NAME line of a manual page.  Info readers show a description from
 * column 25 of a line of 79, so a longer one would wrap.
 */
static void
check_summary(struct ctx *c, const struct field *f)
{
	size_t	 w = utf8_width(f->value, strlen(f->value));

	if (w > SUMMARY_WIDTH)
		error_value(c, f, "field '%s' is %zu columns "
		    "wide; a summary may have at most %d, to fit a menu "
		    "line", f->name, w, SUMMARY_WIDTH);
}

/*
 * The characters beyond ASCII that end or divide a sentence: Unicode
 * 14's Terminal_Punctuation, with the one dot leader and the ellipsis,
 * which end one as well.
 */
static const struct { unsigned long lo, hi; } terminal[] = {
	{ 0x037e, 0x037e }, { 0x0387, 0x0387 }, { 0x0589, 0x0589 },
	{ 0x05c3, 0x05c3 }, { 0x060c, 0x060c }, { 0x061b, 0x061b },
	{ 0x061d, 0x061f }, { 0x06d4, 0x06d4 }, { 0x0700, 0x070a },
	{ 0x070c, 0x070c }, { 0x07f8, 0x07f9 }, { 0x0830, 0x083e },
	{ 0x085e, 0x085e }, { 0x0964, 0x0965 }, { 0x0e5a, 0x0e5b },
	{ 0x0f08, 0x0f08 }, { 0x0f0d, 0x0f12 }, { 0x104a, 0x104b },
	{ 0x1361, 0x1368 }, { 0x166e, 0x166e }, { 0x16eb, 0x16ed },
	{ 0x1735, 0x1736 }, { 0x17d4, 0x17d6 }, { 0x17da, 0x17da },
	{ 0x1802, 0x1805 }, { 0x1808, 0x1809 }, { 0x1944, 0x1945 },
	{ 0x1aa8, 0x1aab }, { 0x1b5a, 0x1b5b }, { 0x1b5d, 0x1b5f },
	{ 0x1b7d, 0x1b7e }, { 0x1c3b, 0x1c3f }, { 0x1c7e, 0x1c7f },
	{ 0x2024, 0x2024 }, { 0x2026, 0x2026 }, { 0x203c, 0x203d },
	{ 0x2047, 0x2049 }, { 0x2e2e, 0x2e2e }, { 0x2e3c, 0x2e3c },
	{ 0x2e41, 0x2e41 }, { 0x2e4c, 0x2e4c }, { 0x2e4e, 0x2e4f },
	{ 0x2e53, 0x2e54 }, { 0x3001, 0x3002 }, { 0xa4fe, 0xa4ff },
	{ 0xa60d, 0xa60f }, { 0xa6f3, 0xa6f7 }, { 0xa876, 0xa877 },
	{ 0xa8ce, 0xa8cf }, { 0xa92f, 0xa92f }, { 0xa9c7, 0xa9c9 },
	{ 0xaa5d, 0xaa5f }, { 0xaadf, 0xaadf }, { 0xaaf0, 0xaaf1 },
	{ 0xabeb, 0xabeb }, { 0xfe50, 0xfe52 }, { 0xfe54, 0xfe57 },
	{ 0xff01, 0xff01 }, { 0xff0c, 0xff0c }, { 0xff0e, 0xff0e },
	{ 0xff1a, 0xff1b }, { 0xff1f, 0xff1f }, { 0xff61, 0xff61 },
	{ 0xff64, 0xff64 }, { 0x1039f, 0x1039f }, { 0x103d0, 0x103d0 },
	{ 0x10857, 0x10857 }, { 0x1091f, 0x1091f }, { 0x10a56, 0x10a57 },
	{ 0x10af0, 0x10af5 }, { 0x10b3a, 0x10b3f }, { 0x10b99, 0x10b9c },
	{ 0x10f55, 0x10f59 }, { 0x10f86, 0x10f89 }, { 0x11047, 0x1104d },
	{ 0x110be, 0x110c1 }, { 0x11141, 0x11143 }, { 0x111c5, 0x111c6 },
	{ 0x111cd, 0x111cd }, { 0x111de, 0x111df }, { 0x11238, 0x1123c },
	{ 0x112a9, 0x112a9 }, { 0x1144b, 0x1144d }, { 0x1145a, 0x1145b },
	{ 0x115c2, 0x115c5 }, { 0x115c9, 0x115d7 }, { 0x11641, 0x11642 },
	{ 0x1173c, 0x1173e }, { 0x11944, 0x11944 }, { 0x11946, 0x11946 },
	{ 0x11a42, 0x11a43 }, { 0x11a9b, 0x11a9c }, { 0x11aa1, 0x11aa2 },
	{ 0x11c41, 0x11c43 }, { 0x11c71, 0x11c71 }, { 0x11ef7, 0x11ef8 },
	{ 0x12470, 0x12474 }, { 0x16a6e, 0x16a6f }, { 0x16af5, 0x16af5 },
	{ 0x16b37, 0x16b39 }, { 0x16b44, 0x16b44 }, { 0x16e97, 0x16e98 },
	{ 0x1bc9f, 0x1bc9f }, { 0x1da87, 0x1da8a }
};

/* Does cp end or divide a sentence, in ASCII or in another script? */
static int
is_terminal(unsigned long cp)
{
	size_t	 lo = 0, hi = sizeof(terminal) / sizeof(terminal[0]), mid;

	if (cp < 0x80)
		return cp != '\0' && strchr(".!?,;:", (int)cp) != NULL;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (cp < terminal[mid].lo)
			hi = mid;
		else if (cp > terminal[mid].hi)
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

/*
 * The last character of the value, without the white space around it,
 * or 0 if there is none or it is no UTF-8.
 */
static unsigned long
last_char(const char *v)
{
	unsigned long	 cp;
	size_t		 len, i, n;

	v = rec_trim(v, &len);
	if (len == 0)
		return 0;
	/* The start of a UTF-8 sequence, at most 4 back. */
	for (i = len - 1; i > 0 && len - i < 4 &&
	    ((unsigned char)v[i] & 0xc0) == 0x80; i--)
		continue;
	if ((n = utf8_decode(v + i, len - i, &cp)) == 0 || i + n != len)
		return 0;
	return cp;
}

/*
 * Does the value end in punctuation that ends or divides a sentence,
 * in ASCII or in another script?  A phrase that the pages follow with
 * a period or a comma of their own must not, or the two would clash.
 */
static int
ends_in_punct(const char *v)
{
	return is_terminal(last_char(v));
}

/*
 * Does the value end in a colon, or in a character drawn as one, such
 * as U+2236 RATIO?  mandoc writes a colon between a link's text and
 * its address.
 */
static int
ends_in_colon(const char *v)
{
	static const unsigned long colons[] = { ':', 0x02d0, 0x02f8,
	    0x0589, 0x05c3, 0x0703, 0x0704, 0x0903, 0x0a83, 0x16ec,
	    0x1803, 0x1809, 0x205a, 0x2236, 0x2982, 0xa4fd, 0xa789,
	    0xfe13, 0xfe30, 0xfe55, 0xff1a };
	unsigned long	 cp = last_char(v);
	size_t		 i;

	for (i = 0; i < sizeof(colons) / sizeof(colons[0]); i++)
		if (cp == colons[i])
			return 1;
	return 0;
}

/*
 * Is the value one that the pages write in place of a fact: "?" in a
 * table or "not known" in a list of facts, for what is not known, and
 * "-" for a text the catalog leaves out?  As a fact, such a value
 * would read as the mark, to a reader and to a program reading
 * -T facts.  So would one that only looks like it: with a character of
 * no width in it, a space of another kind, a dash or question mark of
 * another script or width (such as U+0294, a glottal stop drawn as a
 * '?'), in capitals, or with a full stop after it.  Letters of another
 * script drawn as Latin ones, as in "n\u043et known", make a word of
 * mixed scripts, which mixed_word() refuses.
 */
static int
is_marker(const char *v)
{
	static const unsigned long dashes[] = { 0x02d7, 0x06d4, 0x2010,
	    0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2043, 0x2212,
	    0x23af, 0x2500, 0x2796, 0x2e3a, 0x2e3b, 0x30fc, 0x3161,
	    0x4e00, 0xfe58, 0xfe63, 0xff0d, 0xff70 };
	static const unsigned long queries[] = { 0x0241, 0x0294, 0x097d,
	    0xa6eb, 0xfe16, 0xfe56, 0xff1f };
	char		 seen[16];
	const char	*end = v + strlen(v);
	unsigned long	 cp;
	size_t		 n, k, len = 0;

	for (; v < end; v += n) {
		if ((n = utf8_decode(v, (size_t)(end - v), &cp)) == 0)
			return 0;
		if (utf8_no_width(cp) || cp == 0xad)
			continue;
		if (rec_blank((int)cp) || unicode_space(cp))
			cp = ' ';
		for (k = 0; k < sizeof(dashes) / sizeof(dashes[0]); k++)
			if (cp == dashes[k])
				cp = '-';
		for (k = 0; k < sizeof(queries) / sizeof(queries[0]); k++)
			if (cp == queries[k])
				cp = '?';
		if (cp == ' ' && (len == 0 || seen[len - 1] == ' '))
			continue;
		/* No mark is as long; a long value is not read through. */
		if (len == sizeof(seen) - 1)
			return 0;
		seen[len++] = cp >= 0x80 ? '\1' : (char)(cp >= 'A' &&
		    cp <= 'Z' ? cp + 32 : cp);
	}
	while (len > 0 && (seen[len - 1] == ' ' || seen[len - 1] == '.'))
		len--;
	seen[len] = '\0';
	return strcmp(seen, NOT_KNOWN_CELL) == 0 ||
	    strcmp(seen, NONE_CELL) == 0 || strcmp(seen, NOT_KNOWN) == 0;
}

/* The script of a letter that Latin letters may be mistaken for. */
static int
script_of(unsigned long cp)
{
	if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
	    (cp >= 0xc0 && cp <= 0x24f && cp != 0xd7 && cp != 0xf7))
		return 1;
	if ((cp >= 0x370 && cp <= 0x3ff) || (cp >= 0x1f00 && cp <= 0x1fff))
		return 2;
	if (cp >= 0x400 && cp <= 0x52f)
		return 3;
	return 0;
}

/*
 * Does a word of the value mix Latin, Greek and Cyrillic letters, as
 * "n\u043et" does with a Cyrillic o?  Many letters of the three look
 * alike, and such a word could pass for a mark of the pages or a word
 * they write; no name is spelled so.  Returns the offset of the first
 * letter of another script than the word's first, or -1.
 */
static long
mixed_word(const char *v)
{
	const char	*p = v, *end = v + strlen(v);
	unsigned long	 cp;
	size_t		 n;
	int		 first = 0, sc;

	for (; p < end; p += n) {
		if ((n = utf8_decode(p, (size_t)(end - p), &cp)) == 0)
			return -1;
		if (rec_blank((int)cp) || unicode_space(cp)) {
			first = 0;
			continue;
		}
		if ((sc = script_of(cp)) == 0)
			continue;
		if (first == 0)
			first = sc;
		else if (sc != first)
			return (long)(p - v);
	}
	return -1;
}

/*
 * Is cp white space to makeinfo, which trims it from an index entry
 * as it does a blank?  These are Unicode's White_Space characters that
 * a catalog may hold.
 */
static int
unicode_space(unsigned long cp)
{
	return cp == 0x00a0 || cp == 0x1680 || (cp >= 0x2000 &&
	    cp <= 0x200a) || cp == 0x202f || cp == 0x205f || cp == 0x3000;
}

/*
 * Is cp a space at which makeinfo breaks a line, dropping it, as at a
 * blank?  The same of Unicode's spaces but those that break no line
 * (U+00A0, U+2007, U+202F).  groff and mandoc break no line there, and
 * keep the character.
 */
static int
breaking_space(unsigned long cp)
{
	return unicode_space(cp) && cp != 0x00a0 && cp != 0x2007 &&
	    cp != 0x202f;
}

/*
 * The first character of the value of f of which is() holds: 1, with
 * the character and its line and column, or 0 if there is none.
 */
static int
find_char(const struct ctx *c, const struct field *f,
    int (*is)(unsigned long), unsigned long *cp, size_t *line, size_t *col)
{
	const char	*v = f->value, *end = v + strlen(v);
	size_t		 n;

	for (; v < end; v += n)
		if ((n = utf8_decode(v, (size_t)(end - v), cp)) == 0)
			n = 1;
		else if (is(*cp)) {
			rec_pos(c->rf, f, (size_t)(v - f->value), line, col);
			return 1;
		}
	return 0;
}

/* A character beyond ASCII. */
static int
beyond_ascii(unsigned long cp)
{
	return cp >= 0x80;
}

/*
 * A comma, in ASCII or in another script, or a character drawn as one,
 * such as U+201A, a low quotation mark.
 */
static int
is_comma(unsigned long cp)
{
	static const unsigned long commas[] = { ',', 0x055d, 0x060c,
	    0x07f8, 0x104a, 0x1363, 0x1802, 0x1808, 0x201a, 0x2e34,
	    0x2e41, 0x2e49, 0x2e4c, 0x3001, 0xa4fe, 0xa60d, 0xa6f5,
	    0xfe10, 0xfe11, 0xfe50, 0xfe51, 0xff0c, 0xff64, 0x1144d,
	    0x1145a, 0x16e97, 0x1da87 };
	size_t	 i;

	for (i = 0; i < sizeof(commas) / sizeof(commas[0]); i++)
		if (cp == commas[i])
			return 1;
	return 0;
}

/*
 * A page's summary is its NAME line, which lexgrog reads for whatis and
 * apropos without undoing the escapes of characters beyond ASCII: they
 * would show "caf[u00E9]".
 */
static void
check_name_line(struct ctx *c, const struct field *f)
{
	unsigned long	 cp;
	size_t		 line, col;

	if (find_char(c, f, beyond_ascii, &cp, &line, &col))
		error_at(c, line, col, "field '%s' holds U+%04lX; a page's "
		    "summary is its NAME line, which whatis and apropos "
		    "would show as an escape, so it is ASCII", f->name, cp);
}

/*
 * Text that the Info manual shows may hold no space that makeinfo takes
 * for a blank: Info would break the line there and drop it, where the
 * manual page keeps it, and "*note" before one would be read as a cross
 * reference.
 */
static void
check_info_spaces(struct ctx *c, const struct field *f)
{
	unsigned long	 cp;
	size_t		 line, col;

	if (find_char(c, f, breaking_space, &cp, &line, &col))
		error_at(c, line, col, "field '%s' holds U+%04lX, a space at "
		    "which the Info manual would break its line and drop it, "
		    "where a manual page keeps it: write a blank, or U+00A0 "
		    "to keep two words together", f->name, cp);
}

/*
 * Does the index entry that v makes (colons left out) end in a blank
 * and a number in angle brackets, " <2>"?  makeinfo tells repeated
 * entries apart so, and the Info reader takes the first entry that
 * reads so for the one it looks up.
 */
static int
index_suffix(const char *v)
{
	size_t	 n = strlen(v), digits = 0;

	while (n > 0 && (rec_blank((unsigned char)v[n - 1]) ||
	    v[n - 1] == ':'))
		n--;
	if (n == 0 || v[--n] != '>')
		return 0;
	while (n > 0 && (v[n - 1] == ':' || (v[n - 1] >= '0' &&
	    v[n - 1] <= '9')))
		if (v[--n] != ':')
			digits++;
	if (digits == 0 || n == 0 || v[--n] != '<')
		return 0;
	while (n > 0 && v[n - 1] == ':')
		n--;
	return n > 0 && rec_blank((unsigned char)v[n - 1]);
}

/*
 * Does the value hold a comma, blanks and the word "see" and a blank,
 * as the Info index writes an alias, ", see ", and the entry it names?
 * An entry with it would read as another alias.
 */
static int
see_inside(const char *v)
{
	const char	*end = v + strlen(v), *p;
	unsigned long	 cp;
	size_t		 n;
	int		 blanks;

	for (; v < end; v += n) {
		if ((n = utf8_decode(v, (size_t)(end - v), &cp)) == 0)
			return 0;
		if (!is_comma(cp))
			continue;
		for (p = v + n, blanks = 0; p < end; p += n, blanks++) {
			if ((n = utf8_decode(p, (size_t)(end - p), &cp)) == 0)
				return 0;
			if (!rec_blank((int)cp) && !unicode_space(cp))
				break;
		}
		if (blanks > 0 && strncasecmp(p, "see", 3) == 0 &&
		    (p[3] == '\0' || rec_blank((unsigned char)p[3]) ||
		    (utf8_decode(p + 3, (size_t)(end - p - 3), &cp) > 0 &&
		    unicode_space(cp))))
			return 1;
		n = (size_t)(p - v);
	}
	return 0;
}

/*
 * The Info manual leaves colons out of an index entry, since a colon
 * ends the entry for an Info reader.  A value of nothing but colons
 * and blanks would leave an @cindex without an argument, which
 * makeinfo reports, and, as an alias, an entry that reads ", see X".
 * A value of nothing but white space beyond ASCII, and colons, leaves
 * no entry at all, and makeinfo says nothing.  Entries are compared,
 * by makeinfo and by a reader, as they are written: one that Unicode's
 * normalization would change, or with a character of no width, could
 * look the same as another and be a different entry, or a different
 * label in a menu, since every entry's text is also a label.
 */
static void
check_index_entry(struct ctx *c, const struct field *f)
{
	const char	*v = f->value, *end = v + strlen(v);
	unsigned long	 cp;
	size_t		 n, line, col;
	int		 wide = 0;

	if (find_char(c, f, utf8_unstable, &cp, &line, &col)) {
		error_at(c, line, col, "field '%s' holds U+%04lX, which "
		    "Unicode normalization changes, or joins to the "
		    "character before, or which has no width: two entries of "
		    "the Info index and its menus could look the same and "
		    "differ; write a letter with an accent as one character",
		    f->name, cp);
		return;
	}
	if (see_inside(f->value)) {
		error_value(c, f, "field '%s' holds ', see ', which the "
		    "Info index writes between an alias and the entry it "
		    "names, and the field is an entry", f->name);
		return;
	}
	if (index_suffix(f->value)) {
		error_value(c, f, "field '%s' ends in a blank and "
		    "a number in '<' and '>', as makeinfo marks a repeated "
		    "entry of the Info index, and the field is an entry",
		    f->name);
		return;
	}
	for (; v < end; v += n) {
		if ((n = utf8_decode(v, (size_t)(end - v), &cp)) == 0)
			return;
		if (unicode_space(cp))
			wide = 1;
		else if (cp != ':' && !rec_blank((int)cp))
			return;
	}
	/* An empty or blank value has an error of its own. */
	if (wide || strchr(f->value, ':') != NULL)
		error_value(c, f, "field '%s' holds nothing but "
		    "colons and white space; it is an entry of the Info "
		    "index, which leaves both out", f->name);
}

/*
 * A comparison table is laid out from the width of its cells, which
 * groff and mandoc count differently for a character that takes no
 * column of its own, such as a combining accent or a zero-width
 * joiner: groff gives it a column, mandoc none, and a terminal shows
 * none.  So a value that goes into a table must not hold one; a letter
 * with an accent has a character of its own that does.  Nor may it
 * hold a character that the C library does not know, one unassigned in
 * the Unicode it knows or assigned since: groff gives it a column,
 * mandoc none, and a newer terminal perhaps two.
 */
static void
check_cell_chars(struct ctx *c, const struct field *f)
{
	unsigned long	 cp;
	size_t		 line, col;

	if (find_char(c, f, utf8_no_width, &cp, &line, &col))
		error_at(c, line, col, "field '%s' holds U+%04lX, which "
		    "takes no column of its own, and groff and mandoc would "
		    "lay out its table differently: leave it out, and write "
		    "a letter with an accent as one character", f->name, cp);
	else if (find_char(c, f, utf8_unassigned, &cp, &line, &col))
		error_at(c, line, col, "field '%s' holds U+%04lX, which "
		    "Unicode 14 does not assign, and groff and mandoc would "
		    "lay out its table differently", f->name, cp);
}

/* Does the field of this row go into a comparison table? */
static int
in_table(const struct fieldspec *fs)
{
	size_t	 t;

	for (t = 0; t < COMPARISONS; t++)
		if (fs->column[t] != 0)
			return 1;
	return 0;
}

/*
 * Info readers take "*note" (or "*Note") and a blank, wherever it
 * stands in the text of a manual, for the start of a cross reference:
 * Emacs shows it as "see" and the reader offers to follow it.  And a
 * line that starts with "* Menu:" starts a menu, whose entries are the
 * lines after it that start with "* " and hold "::", so that text
 * makeinfo fills may make a menu that leads nowhere.  Texinfo has no
 * way to write either as text, so a value may not hold "*note" and a
 * blank, nor "*", blanks and "menu:", which filling may bring to the
 * start of a line; Emacs reads both in any case.
 */
static void
check_info_note(struct ctx *c, const struct field *f)
{
	const char	*v, *w;
	size_t		 line, col;

	for (v = f->value; (v = strchr(v, '*')) != NULL; v++) {
		for (w = v + 1; rec_blank((unsigned char)*w); w++)
			continue;
		if (strncasecmp(v + 1, "note", 4) == 0 &&
		    (v[5] == '\0' || rec_blank((unsigned char)v[5]))) {
			rec_pos(c->rf, f, (size_t)(v - f->value), &line, &col);
			error_at(c, line, col, "field '%s' holds '%.5s', which "
			    "Info readers take for a cross reference", f->name,
			    v);
			return;
		}
		if (w > v + 1 && strncasecmp(w, "menu:", 5) == 0) {
			rec_pos(c->rf, f, (size_t)(v - f->value), &line, &col);
			error_at(c, line, col, "field '%s' holds '*' and "
			    "'%.5s', which Info readers take for the start of "
			    "a menu", f->name, w);
			return;
		}
	}
}

/*
 * groff and mandoc break a line only between words, so a word wider
 * than the room where it is set runs past the margin, and groff says
 * it cannot break the line.  Links are set so that they may break
 * after a '/'; every other word must fit the narrowest place a value
 * goes.  The first word too wide is reported, where it starts.
 *
 * Emacs takes a line of nothing but '*', '=', '-' or '.' for the
 * underline of the line before it, when the two are as wide, and hides
 * it.  makeinfo fills text to 72 columns, and a word is at most 40, so
 * such a word has a line to itself only if it is over 30 wide; one
 * over RULE_WIDTH is refused, to leave room for a narrower fill.
 */
static void
check_words(struct ctx *c, const struct field *f)
{
	const char	*v = f->value, *w;
	size_t		 n, k, width, line, col;

	for (;;) {
		v += strspn(v, " \t\n");
		if (*v == '\0')
			return;
		w = v;
		n = strcspn(w, " \t\n");
		v += n;
		if ((width = utf8_width(w, n)) > WORD_WIDTH) {
			rec_pos(c->rf, f, (size_t)(w - f->value), &line,
			    &col);
			/* The first ten characters name the word. */
			for (n = 0, k = 0; k <= 10; n++)
				if (((unsigned char)w[n] & 0xc0) != 0x80)
					k++;
			n--;
			error_at(c, line, col, "field '%s' holds a word %zu "
			    "columns wide, '%.*s...'; a manual page cannot "
			    "break a word, and one over %d columns does not "
			    "fit every place a value is shown", f->name,
			    width, (int)n, w, WORD_WIDTH);
			return;
		}
		if (n > RULE_WIDTH && strchr("*=-.", *w) != NULL &&
		    strspn(w, (char[]){ *w, '\0' }) == n) {
			rec_pos(c->rf, f, (size_t)(w - f->value), &line,
			    &col);
			error_at(c, line, col, "field '%s' holds a word of "
			    "%zu '%c' and nothing else, which Info readers "
			    "take for the underline of a heading once filling "
			    "sets it alone on a line", f->name, n, *w);
			return;
		}
	}
}

/*
 * A link that a manual page shows must fit its line, since mandoc
 * breaks no link; where it is a fact's, the Info manual shows it on a
 * line of the same room.
 */
static void
check_link_width(struct ctx *c, const struct field *f, unsigned int flags)
{
	size_t	 w, most = flags & WHOLE ? LINE_LINK_WIDTH : LINK_WIDTH;

	if (!(flags & ONPAGE))
		return;
	if ((w = utf8_width(f->value, strlen(f->value))) > most)
		error_value(c, f, "field '%s' is a link %zu "
		    "columns wide; a manual page and the Info manual show it "
		    "where %zu fit, and neither breaks a link", f->name, w,
		    most);
}

/*
 * Is a value of the type set as words that cannot break?  All but a
 * link, which breaks after its '/'s, a date and a bool; the name of a
 * manual page is one word.
 */
static int
is_text(enum field_type t)
{
	return t == FT_TEXT || t == FT_LINE || t == FT_SUMMARY ||
	    t == FT_WORD || t == FT_XREF;
}

/* Check the form of every value of a row, as its type asks. */
static void
check_row(struct ctx *c, size_t row)
{
	const struct field *f;
	const char	*name = c->rs->fields[row].name, *bad;
	unsigned long	 cp;
	size_t		 line, col;
	long		 off;

	f = c->count[row] > 0 ? c->first[row] : NULL;
	for (; f != NULL; f = next_of(c, f)) {
		if (c->rs->fields[row].flags & INDEX)
			check_index_entry(c, f);
		if (is_text(c->rs->fields[row].ftype)) {
			check_words(c, f);
			check_info_note(c, f);
			check_info_spaces(c, f);
		}
		if (in_table(&c->rs->fields[row]))
			check_cell_chars(c, f);
		/*
		 * The pages list distributions after a comma each
		 * ("Candidates: A, B."), and so the focuses of one and
		 * the titles of its platforms, where a value with a comma
		 * would read as two.
		 */
		if ((c->rs->fields[row].flags & LISTED) &&
		    find_char(c, f, is_comma, &cp, &line, &col))
			error_at(c, line, col, "field '%s' holds a comma, and "
			    "the pages list such values after commas", name);
		/*
		 * A fact that is a link is shown as the page shows links,
		 * "Provider: https://...", and a text that holds an
		 * address would read as one.
		 */
		if (c->rs->fields[row].shown != 0 &&
		    c->rs->fields[row].ftype != FT_URL &&
		    (bad = strstr(f->value, "://")) != NULL) {
			rec_pos(c->rf, f, (size_t)(bad - f->value), &line,
			    &col);
			error_at(c, line, col, "field '%s' holds '://': a "
			    "fact shown as text would read as a link", name);
		}
		if ((c->rs->fields[row].shown != 0 ||
		    (c->rs->fields[row].flags & INDEX)) &&
		    (off = mixed_word(f->value)) >= 0) {
			rec_pos(c->rf, f, (size_t)off, &line, &col);
			error_at(c, line, col, "field '%s' has a word that "
			    "mixes Latin, Greek and Cyrillic letters, which "
			    "look alike", name);
		}
		if (c->rs->fields[row].shown != 0 && is_marker(f->value))
			error_value(c, f, "field '%s' is '%s', which the pages "
			    "write for a fact that is not known or not there",
			    name, f->value);
		switch (c->rs->fields[row].ftype) {
		case FT_URL:
			if ((bad = url_flaw(f->value)) != NULL) {
				rec_pos(c->rf, f, (size_t)(bad - f->value),
				    &line, &col);
				error_at(c, line, col, "field '%s' is not an "
				    "http or https link of the characters "
				    "that a URL holds unencoded", name);
			} else {
				check_char_ref(c, f);
				check_link_width(c, f,
				    c->rs->fields[row].flags);
			}
			break;
		case FT_XREF:
			if (!is_xref(f->value))
				error_value(c, f, "SeeAlso '%s' "
				    "is not of the form name(section)",
				    f->value);
			break;
		case FT_LINE:
		case FT_SUMMARY:
			if (strchr(f->value, '\n') != NULL)
				error_value(c, f, "field '%s' "
				    "must be a single line", name);
			else if (c->rs->fields[row].ftype == FT_SUMMARY) {
				check_summary(c, f);
				if (c->rs->fields[row].flags & NAMELINE)
					check_name_line(c, f);
			}
			/*
			 * A page's summary ends a sentence of the Info
			 * manual ("This manual lists ...."), a book's
			 * ends one of the web page's lists before its
			 * sources, and a distribution's name ends lists
			 * ("Used by ..., Foo.") where the pages add the
			 * punctuation.
			 */
			if ((c->rs->fields[row].flags & PHRASE) &&
			    ends_in_punct(f->value))
				error_value(c, f, "field '%s' ends in "
				    "punctuation, where the pages put "
				    "their own", name);
			/*
			 * mandoc writes a colon between the text of a link
			 * and its address.
			 */
			else if (c->rs->fields[row].link != 0 &&
			    (c->rs->fields[row].shown & FACT_ENTRY) &&
			    ends_in_colon(f->value))
				error_value(c, f, "field '%s' ends in a "
				    "colon, where the manual page puts one "
				    "before its link", name);
			break;
		case FT_DATE:
			check_date(c, f, 0);
			break;
		default:
			break;
		}
	}
}

/* Read one field of the record, by its row, into the struct. */
static void
read_row(struct ctx *c, size_t row, char *item)
{
	const struct fieldspec *fs = &c->rs->fields[row];
	const char	*v;
	int		 b;

	if (fs->flags & MANY) {
		many(c, row, (struct strlist *)(void *)(item + fs->off));
		return;
	}
	if (fs->ftype == FT_BOOL) {
		b = boolean(c, row);
		memcpy(item + fs->off, &b, sizeof(b));
		return;
	}
	/*
	 * A value on one line is read without the blanks around it, as
	 * the items of a list are, so that a name and a reference to it
	 * are the same string however either is written; text also with
	 * one space for each run of blanks inside it.
	 */
	v = one(c, row);
	if (fs->ftype == FT_LINE || fs->ftype == FT_SUMMARY)
		v = line_value(c, v);
	else if (fs->ftype != FT_TEXT)
		v = trim(c, v);
	memcpy(item + fs->off, &v, sizeof(v));
}

/*
 * Read a record of a set into item: note where its fields are, in one
 * pass, then read each row and check the form of each.
 */
static void
read_record(struct ctx *c, const struct record *r, char *item)
{
	const struct fieldspec *fs = c->rs->fields;
	size_t	 i, row;

	c->r = r;
	for (row = 0; fs[row].name != NULL; row++)
		c->count[row] = 0;
	for (i = 0; i < r->nfields; i++)
		if ((row = c->rowmap[r->fields[i].key]) != NOROW &&
		    c->count[row]++ == 0)
			c->first[row] = &r->fields[i];
	for (row = 0; fs[row].name != NULL; row++)
		read_row(c, row, item);
	for (row = 0; fs[row].name != NULL; row++)
		check_row(c, row);
	if (c->rs->finish != NULL)
		c->rs->finish(c, item);
}

/*
 * Is the date ymd later than today where the day begins first?  mandoc
 * warns about a .Dd more than a day after its clock, reading the date
 * as local midnight, so a date that has begun at UTC+12 draws no
 * warning in any time zone from UTC-12 on, now or later.  The clock
 * decides only whether a catalog is accepted, never what is written,
 * so the output stays the same from run to run.  SOURCE_DATE_EPOCH is
 * not the clock here: it dates the sources of a build, and a catalog
 * edited after it is no mistake.
 */
static int
in_future(const int *ymd)
{
	time_t		 now = time(NULL);
	struct tm	*tm;
	int		 today[3], i;

	if (now == (time_t)-1)
		return 0;
	now += 12 * 60 * 60;
	if ((tm = gmtime(&now)) == NULL)
		return 0;
	today[0] = tm->tm_year + 1900;
	today[1] = tm->tm_mon + 1;
	today[2] = tm->tm_mday;
	for (i = 0; i < 3; i++)
		if (ymd[i] != today[i])
			return ymd[i] > today[i];
	return 0;
}

/*
 * Updated becomes the .Dd of every page.  A date in the future is a
 * slip of the keyboard, and mandoc -Tlint reports it; it is refused
 * rather than written, as every other fault of the catalog is.
 */
static void
finish_catalog(struct ctx *c, void *item)
{
	struct catalog	*cat = item;
	const struct field *f;
	const char	*v = cat->updated;
	int		 ymd[3];

	if (v == NULL)
		return;
	f = field_named(c, "Updated");
	c->updated_line = f->line;
	c->updated_col = f->vcol;
	if (!is_date(v, 0, ymd)) {
		error_value(c, f, "Updated is not a real date "
		    "in the form YYYY-MM-DD: '%s'", v);
		return;
	}
	if (in_future(ymd)) {
		error_value(c, f, "Updated is %s, a date in the "
		    "future; it is the date of every page", v);
		return;
	}
	cat->year = ymd[0];
	cat->month = ymd[1];
	cat->day = ymd[2];
}

/*
 * The SeeAlso fields of a record list other manual pages.  One that
 * names the page the record is shown in is a reference that leads
 * nowhere, which mandoc reports, and one named twice would be listed
 * twice ("See pkg(1), pkg(1).").
 */
static void
check_seealso(struct ctx *c, const char *page)
{
	const struct field *f;
	struct strset	 seen;
	size_t		 n = strlen(page), other;

	memset(&seen, 0, sizeof(seen));
	for (f = field_named(c, "SeeAlso"); f != NULL; f = next_of(c, f))
		if (strncmp(f->value, page, n) == 0 && f->value[n] == '(')
			error_value(c, f, "SeeAlso names %s, "
			    "the page this is shown in", page);
		else if ((other = strset_add(&seen, f->value, f->line)) != 0)
			error_value(c, f, "SeeAlso names %s, as the "
			    "one at line %zu does", f->value, other);
	strset_free(&seen);
}

/*
 * An alias is another name for the entry, and one that is its name
 * would give an index entry that refers to itself ("X, see X").
 */
static void
alias_not_name(struct ctx *c, const char *name)
{
	const struct field *f;

	if (name == NULL)
		return;
	for (f = field_named(c, "Alias"); f != NULL; f = next_of(c, f))
		if (strcmp(f->value, name) == 0)
			error_value(c, f, "Alias '%s' is the name of the "
			    "entry itself", f->value);
}

/*
 * A page's name says which layout it gets, and its section goes into
 * a file name and .Dt.  mandoc warns about a .Dt section it does not
 * know, and it knows only the digits 1 to 9 (and 3p, for Perl); a
 * section such as 3LIB is fine in a reference to another page, whose
 * .Xr mandoc does not check, but not as the section of this one.  Its
 * summary follows the name on the NAME line, which must fit a terminal
 * of 60 columns after its indent of 5: a wrapped NAME line gets
 * hyphenated by groff and cut short by apropos.
 */
static void
finish_page(struct ctx *c, void *item)
{
	struct page	*p = item;
	const struct field *f;
	size_t		 k, w;

	if ((f = field_named(c, "Name")) != NULL) {
		p->line = f->line;
		p->col = f->vcol;
	}
	for (k = 0; k < PAGE__COUNT; k++)
		if (p->name != NULL && strcmp(p->name, catalog_pages[k]) == 0)
			break;
	p->kind = (enum page_kind)k;
	if (p->name != NULL && k == PAGE__COUNT)
		error_at(c, p->line, p->col, "page name '%s' is not one the "
		    "generator lays out", p->name);
	if (p->section != NULL && !is_word(p->section, "123456789", "")) {
		f = field_named(c, "Section");
		error_value(c, f, "section '%s' is not a digit "
		    "from 1 to 9, such as 7, a section that man and mandoc "
		    "know", p->section);
	}
	if (p->name != NULL)
		check_seealso(c, p->name);
	if (p->name != NULL && p->summary != NULL &&
	    (w = strlen(p->name) + 3 + utf8_width(p->summary,
	    strlen(p->summary))) > NAME_LINE_WIDTH) {
		f = field_named(c, "Summary");
		error_value(c, f, "the NAME line, '%s - %s', is "
		    "%zu columns wide; at most %d fit", p->name, p->summary,
		    w, NAME_LINE_WIDTH);
	}
}

static void
finish_term(struct ctx *c, void *item)
{
	struct term	*t = item;
	const struct field *f;
	size_t		 k;

	if ((f = field_named(c, "Name")) != NULL) {
		t->line = f->line;
		t->col = f->vcol;
	}
	for (k = 0; k < TERM_OTHER; k++)
		if (t->kindname != NULL &&
		    strcmp(t->kindname, catalog_term_kinds[k].name) == 0)
			break;
	t->kind = (enum term_kind)k;
	check_seealso(c, catalog_pages[PAGE_DISTROS]);
}

static void
finish_distro(struct ctx *c, void *item)
{
	struct distro	*d = item;
	const struct field *f;
	size_t		 i;

	if ((f = field_named(c, "Name")) != NULL) {
		d->line = f->line;
		d->col = f->vcol;
	}
	alias_not_name(c, d->name);
	if (d->packaging_url != NULL && d->packaging == NULL)
		error_at(c, c->r->line, 1, "PackagingUrl without "
		    "Packaging");
	/* The pages would show the date beside "Latest release: not known". */
	if (d->released != NULL && d->release == NULL)
		error_at(c, c->r->line, 1, "Released without Release");
	if ((f = field_named(c, "Released")) != NULL)
		check_date(c, f, 1);
	if (d->status != NULL) {
		for (i = 0; statuses[i] != NULL; i++)
			if (strcmp(d->status, statuses[i]) == 0)
				break;
		f = field_named(c, "Status");
		if (statuses[i] == NULL)
			error_value(c, f, "Status '%s' is not "
			    "active, dormant, discontinued or unknown",
			    d->status);
		else if (strcmp(d->status, "unknown") == 0)
			d->status = NULL;
	}
}

static void
finish_book(struct ctx *c, void *item)
{
	struct book	*b = item;
	const struct field *f;
	size_t		 g;

	if ((f = field_named(c, "Title")) != NULL) {
		b->line = f->line;
		b->col = f->vcol;
	}
	/*
	 * The group of its kind, or else the one for every other kind,
	 * wherever each stands in the table: its order is only that of
	 * the pages.
	 */
	b->group = BOOK__COUNT;
	for (g = 0; g < BOOK__COUNT; g++)
		if (catalog_book_groups[g].kind == NULL ?
		    b->group == BOOK__COUNT :
		    b->kind != NULL &&
		    strcmp(b->kind, catalog_book_groups[g].kind) == 0)
			b->group = (enum book_group)g;
	check_seealso(c, catalog_pages[PAGE_BOOKS]);
	alias_not_name(c, b->title);
}

/*
 * Two terms of one kind may not have one name, which the descriptors
 * do not forbid without a %key: every distribution whose Packaging or
 * Arch names it would have each of them, and every one of them each
 * such distribution, so that the pages grow with the number of terms
 * times the number of distributions.  Terms of different kinds may
 * share a name; there are few kinds.
 */
static void
check_terms(struct ctx *c)
{
	const struct catalog *cat = c->cat;
	const struct term *t;
	struct strset	 seen;
	char		**keys;
	size_t		 i, k, len;

	memset(&seen, 0, sizeof(seen));
	keys = xreallocarray(NULL, cat->nterms + 1, sizeof(*keys));
	for (i = 0; i < cat->nterms; i++) {
		t = &cat->terms[i];
		/* The kind, then the name: one key for each pair. */
		len = strlen(t->name);
		keys[i] = xmalloc(len + 2);
		keys[i][0] = (char)('A' + t->kind);
		memcpy(keys[i] + 1, t->name, len + 1);
		if ((k = strset_add(&seen, keys[i], i + 1)) != 0)
			error_at(c, t->line, t->col, "Term '%s' has the name "
			    "of the term of its kind at line %zu",
			    t->name, cat->terms[k - 1].line);
	}
	strset_free(&seen);
	for (i = 0; i < cat->nterms; i++)
		free(keys[i]);
	free(keys);
}

/*
 * Each Distribution of a choice must name a distribution of the
 * catalog; the index of each is kept for the writers.  The records of
 * the Distribution set may come after those of the Choice set, so the
 * names are looked up once every record is read, from the fields, in a
 * set of the names: a choice may name thousands of distributions.  A
 * distribution named twice in one choice is a mistake.
 */
static void
check_choices(struct ctx *c)
{
	struct catalog	*cat = c->cat;
	struct choice	*ch;
	const struct field *f;
	const struct record *r;
	const char	*name;
	enum recset	 k = R__COUNT;
	struct strset	 names;
	size_t		 i, j, d, m, n = 0, *named;

	memset(&names, 0, sizeof(names));
	for (i = 0; i < cat->ndistros && cat->nchoices > 0; i++)
		strset_add(&names, cat->distros[i].name, i + 1);
	/* The choice + 1 that last named each distribution. */
	named = xreallocarray(NULL, cat->ndistros + 1, sizeof(*named));
	memset(named, 0, (cat->ndistros + 1) * sizeof(*named));
	for (i = 0; i < c->rf->nrecs && n < cat->nchoices; i++) {
		r = &c->rf->recs[i];
		if ((name = set_name(c, r)) != NULL) {
			k = enter_set(c, name);
			continue;
		}
		if (k != R_CHOICE)
			continue;
		ch = &cat->choices[n++];
		ch->fits = xreallocarray(NULL, ch->distros.n + 1,
		    sizeof(*ch->fits));
		for (j = 0, d = 0; j < r->nfields && d < ch->distros.n; j++) {
			f = &r->fields[j];
			if (strcmp(f->name, "Distribution") != 0)
				continue;
			if ((m = strset_has(&names, ch->distros.v[d])) == 0)
				error_value(c, f, "'%s' is the "
				    "name of no Distribution record",
				    ch->distros.v[d]);
			else if (named[m - 1] == n)
				error_value(c, f, "'%s' is named "
				    "twice in this choice", ch->distros.v[d]);
			else
				named[m - 1] = n;
			ch->fits[d++] = m == 0 ? cat->ndistros : m - 1;
		}
	}
	free(named);
	strset_free(&names);
}

/* The arrays of records, each of its set's size. */
struct sets {
	char	*v[R__COUNT];
	size_t	 n[R__COUNT];
};

/* Read a record of a known set: a new struct, or the catalog itself. */
static void
add_record(struct ctx *c, struct sets *s, enum recset k)
{
	const struct recspec *rs = &recspecs[k];
	char	*item;

	if (rs->size == 0) {
		if (s->n[k]++ > 0) {
			error_at(c, c->r->line, 1, "more than one Catalog "
			    "record");
			return;
		}
		read_record(c, c->r, (char *)c->cat);
		return;
	}
	s->v[k] = xmore(s->v[k], s->n[k], rs->size);
	item = s->v[k] + s->n[k]++ * rs->size;
	memset(item, 0, rs->size);
	read_record(c, c->r, item);
}

/* The name of the set a descriptor opens, or NULL if it is no descriptor. */
static const char *
set_name(struct ctx *c, const struct record *r)
{
	size_t	 i;

	for (i = 0; i < r->nfields; i++)
		if (strcmp(r->fields[i].name, "%rec") == 0)
			return trim(c, r->fields[i].value);
	return NULL;
}

/* Make the set of this name the current one; R__COUNT if unknown. */
static enum recset
enter_set(struct ctx *c, const char *name)
{
	const struct fieldspec *fs;
	size_t		 k, row;
	unsigned int	 key;

	for (k = 0; k < R__COUNT; k++)
		if (strcmp(name, recspecs[k].name) == 0)
			break;
	if (k == R__COUNT)
		return R__COUNT;
	/*
	 * Only the keys of the set before have rows to take back, so
	 * that a file of many sets and many names costs no more than
	 * its fields.
	 */
	if (c->rs != NULL)
		for (fs = c->rs->fields; fs->name != NULL; fs++)
			if ((key = rec_key(c->rf, fs->name)) != REC_NOKEY)
				c->rowmap[key] = NOROW;
	c->rs = &recspecs[k];
	fs = c->rs->fields;
	for (row = 0; fs[row].name != NULL; row++)
		if ((key = rec_key(c->rf, fs[row].name)) != REC_NOKEY)
			c->rowmap[key] = (unsigned char)row;
	return (enum recset)k;
}

/* Read every record, each into the set of the descriptor before it. */
static void
read_sets(struct ctx *c, struct sets *s)
{
	const struct record *r;
	const char	*name = NULL, *n;
	enum recset	 k = R__COUNT;
	size_t		 i;
	int		 warned = 0;

	c->cat->set_of = xmalloc(c->rf->nrecs);
	for (i = 0; i < c->rf->nrecs; i++) {
		r = &c->rf->recs[i];
		c->r = r;
		c->cat->set_of[i] = R__COUNT;
		if ((n = set_name(c, r)) != NULL) {
			name = n;
			k = enter_set(c, name);
			warned = 0;
		} else if (name != NULL && k < R__COUNT) {
			c->cat->set_of[i] = (unsigned char)k;
			add_record(c, s, k);
		} else if (name != NULL && !warned) {
			/* Once a set: its other records say nothing new. */
			diag(DIAG_WARNING, c->fname, r->line, 1,
			    "record set %s is not used by any page", name);
			warned = 1;
		}
	}
}

/*
 * Every column of a comparison table is as wide as its widest cell,
 * and neither mandoc nor groff narrows one to fit the line: a table
 * wider than TABLE_WIDTH runs past the right margin, and groff warns
 * that it cannot break the line (wrapping the last column, which
 * mandoc does, groff sets far to the right).  So such a table is
 * refused, at the distribution with the widest cell of the table,
 * which is the first to shorten.
 */
static void
check_table(struct ctx *c, size_t t, struct buf *wid, struct buf *cell)
{
	const struct fieldspec *f, *wf = NULL;
	const struct distro *d, *wd = NULL;
	size_t		 n = catalog_ncolumns(t), k, i, w, used, most = 0;

	catalog_widest(c->cat, t, wid);
	for (used = 0, k = 0; k < n; k++)
		used += utf8_width(wid[k].p, wid[k].len) +
		    (k > 0 ? TABLE_GAP : 0);
	if (used <= TABLE_WIDTH)
		return;
	for (k = 0; k < n; k++) {
		f = catalog_column(t, k);
		for (i = 0; i < c->cat->ndistros; i++) {
			d = &c->cat->distros[i];
			catalog_cell(d, f, cell);
			if ((w = utf8_width(cell->p, cell->len)) > most) {
				most = w;
				wd = d;
				wf = f;
			}
		}
	}
	error_at(c, wd->line, wd->col, "the table '%s' would be %zu columns "
	    "wide, and a manual page has room for %d: its widest cell is "
	    "the %s of '%s', %zu columns", catalog_comparisons[t], used,
	    TABLE_WIDTH, wf->name, wd->name, most);
}

static void
check_tables(struct ctx *c)
{
	struct buf	*wid, cell;
	size_t		 t, k, n;

	memset(&cell, 0, sizeof(cell));
	for (t = 0; t < COMPARISONS; t++) {
		n = catalog_ncolumns(t);
		wid = xreallocarray(NULL, n, sizeof(*wid));
		memset(wid, 0, n * sizeof(*wid));
		check_table(c, t, wid, &cell);
		for (k = 0; k < n; k++)
			buf_free(&wid[k]);
		free(wid);
	}
	buf_free(&cell);
}

/*
 * The row of a field of the record at index recno of the file: how the
 * catalog read it.  NULL for a field of no row, of a descriptor, or of
 * a record outside the record sets that the catalog reads.
 */
const struct fieldspec *
catalog_row(const struct catalog *cat, size_t recno, const char *name)
{
	const struct fieldspec *fs;

	if (cat->set_of == NULL || cat->set_of[recno] >= R__COUNT)
		return NULL;
	for (fs = recspecs[cat->set_of[recno]].fields; fs->name != NULL; fs++)
		if (strcmp(fs->name, name) == 0)
			return fs;
	return NULL;
}

/*
 * Index the terms by name, and by title those of a kind that has a part
 * of the pages, so that the terms of a distribution and of its facts
 * are found in time linear in the catalog.  Without a %key, two terms
 * may have one name: the index leads to the first, and each to the
 * next of its name.
 */
static void
index_terms(struct catalog *cat)
{
	struct term	*t;
	size_t		 i, k, *last;

	last = xreallocarray(NULL, cat->nterms + 1, sizeof(*last));
	for (i = 0; i < cat->nterms; i++) {
		t = &cat->terms[i];
		if ((k = strset_add(&cat->term_names, t->name, i + 1)) != 0)
			cat->terms[last[k - 1]].same = i + 1;
		last[k != 0 ? k - 1 : i] = i;
		if (t->kind != TERM_OTHER)
			strset_add(&cat->term_titles, t->title, i + 1);
	}
	free(last);
}

/* The index + 1 of the first term of this name, or 0. */
static size_t
term_named(const struct catalog *cat, const char *name)
{
	return name != NULL ? strset_has(&cat->term_names, name) : 0;
}

static int
by_index(const void *a, const void *b)
{
	size_t	 x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? -1 : x > y;
}

/*
 * Add to the terms of d those of this name: the packaging systems, or
 * with packaging 0, the terms of the kinds that Arch names.
 */
static void
add_terms(const struct catalog *cat, struct distro *d, const char *name,
    int packaging)
{
	const struct term *t;
	size_t		 k;

	for (k = term_named(cat, name); k != 0; k = t->same) {
		t = &cat->terms[k - 1];
		if (packaging ? t->kind == TERM_PACKAGING :
		    t->kind != TERM_PACKAGING &&
		    t->kind != TERM_VIRTUALIZATION) {
			d->terms = xmore(d->terms, d->nterms,
			    sizeof(*d->terms));
			d->terms[d->nterms++] = k - 1;
		}
	}
}

/*
 * The terms a distribution has, in the order of the catalog: a
 * packaging system when its Packaging names it, a virtualization
 * feature when its bool field of the same name (Kvm for KVM) is yes,
 * and a term of any other kind when its Arch names it.  virt holds the
 * virtualization terms that have such a field, with the field's
 * offset; their node names differ in lower case, so there are no more
 * of them than bool fields.
 */
static void
distro_terms(const struct catalog *cat, struct distro *d,
    const size_t (*virt)[2], size_t nvirt)
{
	size_t	 i, n;
	int	 b;

	add_terms(cat, d, d->packaging, 1);
	for (i = 0; i < nvirt; i++) {
		memcpy(&b, (const char *)d + virt[i][1], sizeof(b));
		if (b == TRI_YES) {
			d->terms = xmore(d->terms, d->nterms,
			    sizeof(*d->terms));
			d->terms[d->nterms++] = virt[i][0];
		}
	}
	for (i = 0; i < d->arch.n; i++)
		add_terms(cat, d, d->arch.v[i], 0);
	/* qsort() may not be given the NULL of an empty list. */
	if (d->nterms > 1)
		qsort(d->terms, d->nterms, sizeof(*d->terms), by_index);
	for (i = 0, n = 0; i < d->nterms; i++)
		if (n == 0 || d->terms[n - 1] != d->terms[i])
			d->terms[n++] = d->terms[i];
	d->nterms = n;
}

/*
 * The title of a platform, such as "SPARC" for sparc: that of the
 * first term of its name, or the name itself.
 */
static const char *
platform_title(const struct catalog *cat, const char *arch)
{
	size_t	 k = term_named(cat, arch);

	return k != 0 ? cat->terms[k - 1].title : arch;
}

/*
 * Work out once, for all the writers, which terms each distribution
 * has, who uses each term, and the titles of its platforms.  Each
 * list holds only what the distributions name, so time and memory
 * follow the size of the catalog and of the pages, never the number
 * of terms times the number of distributions.
 */
static void
term_table(struct catalog *cat)
{
	const struct fieldspec *fs;
	struct distro	*d;
	struct term	*t;
	size_t		 i, k, nvirt = 0, (*virt)[2];

	index_terms(cat);
	virt = xreallocarray(NULL, cat->nterms + 1, sizeof(*virt));
	for (k = 0; k < cat->nterms; k++)
		for (fs = catalog_distro_fields; fs->name != NULL; fs++)
			if (cat->terms[k].kind == TERM_VIRTUALIZATION &&
			    fs->ftype == FT_BOOL &&
			    strcasecmp(fs->name, cat->terms[k].name) == 0) {
				virt[nvirt][0] = k;
				virt[nvirt++][1] = fs->off;
				break;
			}
	for (i = 0; i < cat->ndistros; i++) {
		d = &cat->distros[i];
		distro_terms(cat, d, (const size_t (*)[2])virt, nvirt);
		for (k = 0; k < d->nterms; k++)
			cat->terms[d->terms[k]].nusers++;
		d->platforms.n = d->arch.n;
		d->platforms.v = xreallocarray(NULL, d->arch.n + 1,
		    sizeof(*d->platforms.v));
		for (k = 0; k < d->arch.n; k++)
			d->platforms.v[k] = platform_title(cat, d->arch.v[k]);
	}
	free(virt);
	for (k = 0; k < cat->nterms; k++) {
		t = &cat->terms[k];
		t->users = xreallocarray(NULL, t->nusers + 1,
		    sizeof(*t->users));
		t->nusers = 0;
	}
	for (i = 0; i < cat->ndistros; i++)
		for (k = 0; k < cat->distros[i].nterms; k++) {
			t = &cat->terms[cat->distros[i].terms[k]];
			t->users[t->nusers++] = i;
		}
}

/*
 * The term that a fact of a distribution tells of: the one it names,
 * or, where each value names one, the term of that value, by name or
 * by title (a platform is shown by its title).  Only the terms that the
 * manual has a section for count; of two, the first in the catalog.
 * NULL when there is none.
 */
const struct term *
catalog_fact_term(const struct catalog *cat, const struct fieldspec *f,
    const char *value)
{
	size_t	 byname, bytitle;

	if (f->term == NULL)
		return NULL;
	if (strcmp(f->term, TERM_BY_VALUE) != 0)
		value = f->term;
	else if (value == NULL)
		return NULL;
	for (byname = term_named(cat, value); byname != 0 &&
	    cat->terms[byname - 1].kind == TERM_OTHER;
	    byname = cat->terms[byname - 1].same)
		continue;
	bytitle = strset_has(&cat->term_titles, value);
	if (byname == 0 || (bytitle != 0 && bytitle < byname))
		byname = bytitle;
	return byname != 0 ? &cat->terms[byname - 1] : NULL;
}

/*
 * Every page must be there, and must have something to list: a page
 * with no entries would replace a good page with an empty one.
 */
static void
check_pages(struct ctx *c)
{
	struct catalog	*cat = c->cat;
	const struct page *p;
	size_t		 i, k, n;

	for (i = cat->npages; i-- > 0; )
		cat->page_of[cat->pages[i].kind] = &cat->pages[i];
	for (k = 0; k < PAGE__COUNT; k++) {
		if ((p = cat->page_of[k]) == NULL) {
			error_at(c, 1, 1, "no Page record named %s",
			    catalog_pages[k]);
			continue;
		}
		n = k == PAGE_DISTROS ? cat->ndistros : cat->nbooks;
		if (n == 0)
			error_at(c, p->line, p->col, "page %s has nothing to "
			    "list: the catalog has no %s record, and an empty "
			    "page would replace a good one", p->name,
			    k == PAGE_DISTROS ? "Distribution" : "Book");
		else
			c->nerr += texi_name_nodes(cat, (enum page_kind)k);
	}
}

/* The most rows of any record set: the length of the arrays of ctx. */
static size_t
max_rows(void)
{
	size_t	 k, n, most = 0;

	for (k = 0; k < R__COUNT; k++) {
		for (n = 0; recspecs[k].fields[n].name != NULL; n++)
			continue;
		if (n > most)
			most = n;
	}
	return most;
}

int
catalog_build(struct catalog *cat, const struct recfile *rf)
{
	struct ctx	 c;
	struct sets	 s;

	memset(cat, 0, sizeof(*cat));
	memset(&c, 0, sizeof(c));
	memset(&s, 0, sizeof(s));
	cat->fname = c.fname = rf->fname;
	cat->rf = rf;
	c.cat = cat;
	c.rf = rf;
	if (rf->nrecs == 0) {
		diag(DIAG_ERROR, rf->fname, 1, 1,
		    "the catalog holds no records");
		return 1;
	}
	c.rowmap = xmalloc(rf->nnames + 1);
	memset(c.rowmap, NOROW, rf->nnames + 1);
	c.first = xreallocarray(NULL, max_rows(), sizeof(*c.first));
	c.count = xreallocarray(NULL, max_rows(), sizeof(*c.count));
	read_sets(&c, &s);
	cat->pages = (struct page *)(void *)s.v[R_PAGE];
	cat->npages = s.n[R_PAGE];
	cat->terms = (struct term *)(void *)s.v[R_TERM];
	cat->nterms = s.n[R_TERM];
	cat->distros = (struct distro *)(void *)s.v[R_DISTRO];
	cat->ndistros = s.n[R_DISTRO];
	cat->books = (struct book *)(void *)s.v[R_BOOK];
	cat->nbooks = s.n[R_BOOK];
	cat->choices = (struct choice *)(void *)s.v[R_CHOICE];
	cat->nchoices = s.n[R_CHOICE];
	if (s.n[R_CATALOG] == 0)
		error_at(&c, 1, 1, "no Catalog record with the Updated "
		    "date");
	/*
	 * Updated is the day of the last change, which every page shows
	 * as its date: a fact checked, or a release made, after it says
	 * that the catalog changed since and Updated did not.
	 */
	if (c.nerr == 0 && c.latest != NULL && later(c.latest, cat->updated))
		error_at(&c, c.updated_line, c.updated_col, "Updated is %s, "
		    "before the date %s at line %zu: the catalog has changed "
		    "since", cat->updated, c.latest, c.latest_line);
	if (c.nerr == 0) {
		check_pages(&c);
		check_choices(&c);
		check_terms(&c);
	}
	if (c.nerr == 0) {
		term_table(cat);
		check_tables(&c);
	}
	free(c.rowmap);
	free(c.first);
	free(c.count);
	return c.nerr;
}

/* Free the lists of the repeatable rows of n records of a set. */
static void
free_lists(const struct recspec *rs, void *items, size_t n)
{
	const struct fieldspec *fs;
	struct strlist	*l;
	size_t		 i;

	for (i = 0; i < n; i++)
		for (fs = rs->fields; fs->name != NULL; fs++)
			if (fs->flags & MANY) {
				l = (struct strlist *)(void *)
				    ((char *)items + i * rs->size + fs->off);
				free(l->v);
			}
}

void
catalog_free(struct catalog *cat)
{
	size_t	 i;

	free_lists(&recspecs[R_PAGE], cat->pages, cat->npages);
	free_lists(&recspecs[R_TERM], cat->terms, cat->nterms);
	free_lists(&recspecs[R_DISTRO], cat->distros, cat->ndistros);
	free_lists(&recspecs[R_BOOK], cat->books, cat->nbooks);
	free_lists(&recspecs[R_CHOICE], cat->choices, cat->nchoices);
	for (i = 0; i < cat->nchoices; i++)
		free(cat->choices[i].fits);
	for (i = 0; i < cat->nterms; i++)
		free(cat->terms[i].users);
	for (i = 0; i < cat->ndistros; i++) {
		free(cat->distros[i].platforms.v);
		free(cat->distros[i].terms);
	}
	for (i = 0; i < cat->nowned; i++)
		free(cat->owned[i]);
	free(cat->owned);
	free(cat->set_of);
	strset_free(&cat->term_names);
	strset_free(&cat->term_titles);
	free(cat->pages);
	free(cat->terms);
	free(cat->distros);
	free(cat->books);
	free(cat->choices);
	memset(cat, 0, sizeof(*cat));
}

const struct page *
catalog_page(const struct catalog *cat, const char *name)
{
	size_t	 k;

	for (k = 0; k < PAGE__COUNT; k++)
		if (strcmp(catalog_pages[k], name) == 0)
			return cat->page_of[k];
	return NULL;
}

/* The fact in column c of comparison table t, from 0; NULL past it. */
const struct fieldspec *
catalog_column(size_t t, size_t c)
{
	const struct fieldspec *f;

	for (f = catalog_distro_fields; f->name != NULL; f++)
		if (f->column[t] > 0 && (size_t)f->column[t] == c + 1)
			return f;
	return NULL;
}

size_t
catalog_ncolumns(size_t t)
{
	size_t	 n = 0;

	while (catalog_column(t, n) != NULL)
		n++;
	return n;
}

const char *
catalog_heading(const struct fieldspec *f)
{
	return f->heading != NULL ? f->heading : f->label;
}

/* Where a fact's value is: in the member it shows, or its own. */
static const void *
shown_value(const struct distro *d, const struct fieldspec *f)
{
	return (const char *)d + (f->shows != 0 ? f->shows : f->off);
}

/* The value of a text or link fact; NULL where the catalog has none. */
const char *
catalog_text(const struct distro *d, const struct fieldspec *f)
{
	const char	*v;

	memcpy(&v, shown_value(d, f), sizeof(v));
	return v;
}

/* The link of a fact, if it has one and the catalog gives it. */
const char *
catalog_link(const struct distro *d, const struct fieldspec *f)
{
	const char	*v;

	if (f->link == 0)
		return NULL;
	memcpy(&v, (const char *)d + f->link, sizeof(v));
	return v;
}

const struct strlist *
catalog_list(const struct distro *d, const struct fieldspec *f)
{
	return shown_value(d, f);
}

int
catalog_bool(const struct distro *d, const struct fieldspec *f)
{
	int	 b;

	memcpy(&b, shown_value(d, f), sizeof(b));
	return b;
}

/* A list joined with commas. */
static void
join(struct buf *b, const struct strlist *l)
{
	size_t	 i;

	for (i = 0; i < l->n; i++) {
		if (i > 0)
			buf_puts(b, ", ");
		buf_puts(b, l->v[i]);
	}
}

/*
 * A fact as plain text: a list joined with commas, "yes" or "no", and
 * for what is not known the words unknown.  Each writer escapes it.
 */
static void
fact_text(const struct distro *d, const struct fieldspec *f, struct buf *b,
    const char *unknown)
{
	const char	*v;
	int		 t;

	b->len = 0;
	buf_puts(b, "");
	switch (f->type) {
	case FACT_LIST:
	case FACT_LINKS:
		join(b, catalog_list(d, f));
		break;
	case FACT_BOOL:
		t = catalog_bool(d, f);
		buf_puts(b, t == TRI_YES ? "yes" : t == TRI_NO ? "no" :
		    unknown);
		break;
	default:
		if ((v = catalog_text(d, f)) == NULL)
			v = f->shown & FACT_ASK ? unknown : NONE_CELL;
		buf_puts(b, v);
		break;
	}
}

/*
 * A fact as a table cell shows it: "?" for what is not known (each
 * table says so), "-" for a text the catalog has none of.
 */
void
catalog_cell(const struct distro *d, const struct fieldspec *f, struct buf *b)
{
	fact_text(d, f, b, NOT_KNOWN_CELL);
}

/*
 * A fact as the table of the web page shows it: as in the other tables,
 * except that a text the catalog has none of leaves the cell empty, as
 * the borders of a web table keep its columns apart without a dash.
 */
void
catalog_web_cell(const struct distro *d, const struct fieldspec *f,
    struct buf *b)
{
	if ((f->type == FACT_TEXT || f->type == FACT_LINK) &&
	    catalog_text(d, f) == NULL && !(f->shown & FACT_ASK)) {
		b->len = 0;
		buf_puts(b, "");
	} else
		catalog_cell(d, f, b);
}

/* A fact as the list of facts under a distribution shows it. */
void
catalog_value(const struct distro *d, const struct fieldspec *f, struct buf *b)
{
	fact_text(d, f, b, NOT_KNOWN);
}

/*
 * Does the list of facts under the distribution show the fact, in the
 * places that where names (FACT_ENTRY, FACT_MANUAL, or both)?  Not a
 * text or a list of links that the catalog leaves out, unless the page
 * is to say that it is not known.
 */
int
catalog_shows(const struct distro *d, const struct fieldspec *f,
    unsigned int where)
{
	if (!(f->shown & where))
		return 0;
	if (f->type == FACT_LINKS)
		return catalog_list(d, f)->n > 0;
	if (f->type == FACT_TEXT || f->type == FACT_LINK)
		return catalog_text(d, f) != NULL || (f->shown & FACT_ASK);
	return 1;
}

/*
 * The widest cell of each column of comparison table t, heading
 * included, in the columns it takes on a terminal (not its bytes: an
 * accented letter is one column, a CJK character two); of cells equally
 * wide, the first.  The writers size their tables by these.
 */
void
catalog_widest(const struct catalog *cat, size_t t, struct buf *wid)
{
	const struct fieldspec *f;
	struct buf	 cell;
	size_t		 c, i, w, most;

	memset(&cell, 0, sizeof(cell));
	for (c = 0; (f = catalog_column(t, c)) != NULL; c++) {
		wid[c].len = 0;
		buf_puts(&wid[c], catalog_heading(f));
		most = utf8_width(wid[c].p, wid[c].len);
		for (i = 0; i < cat->ndistros; i++) {
			catalog_cell(&cat->distros[i], f, &cell);
			if ((w = utf8_width(cell.p, cell.len)) > most) {
				most = w;
				wid[c].len = 0;
				buf_putn(&wid[c], cell.p, cell.len);
			}
		}
	}
	buf_free(&cell);
}

/*
 * The next line of prose in *s, without the blanks around it: where
 * it starts, its length, and whether an empty line came before it.
 * Each writer makes lines, sentences and paragraphs of these.
 * Returns 0 when no line is left.
 */
int
prose_line(const char **s, const char **line, size_t *len, int *gap)
{
	const char	*p = *s, *nl;
	size_t		 n;

	*gap = 0;
	while (*p != '\0') {
		while (*p == ' ' || *p == '\t')
			p++;
		nl = strchr(p, '\n');
		n = nl == NULL ? strlen(p) : (size_t)(nl - p);
		while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t'))
			n--;
		if (n > 0) {
			*line = p;
			*len = n;
			*s = nl == NULL ? p + strlen(p) : nl + 1;
			return 1;
		}
		*gap = 1;
		if (nl == NULL)
			break;
		p = nl + 1;
	}
	*s = p;
	return 0;
}
