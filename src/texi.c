/*
 * Write a page of the catalog as a Texinfo manual.
 *
 * The manual has the shape of a GNU manual: @copying, a title page, a
 * Top node with a menu, one node per entry, nodes that gather the
 * distributions by packaging system, virtualization and platform, and
 * a concept index.  Catalog text reaches the file only through
 * texi_escape() and its variants; node names are slugs of the catalog
 * names, checked here to be unique so that makeinfo never meets two
 * nodes of one name.
 */

#include <stdlib.h>
#include <string.h>

#include "docgen.h"

struct texi {
	struct buf	*b;
	const struct catalog *cat;
	struct strset	 nodes;		/* Node names used so far. */
	const char	**dnodes;	/* The node of each distribution. */
	char		**owned;	/* Node names to free. */
	size_t		 nowned;
	struct buf	 slug;		/* Kept for reuse by node_name(). */
	struct buf	 desc;		/* Kept for reuse by menu_entry(). */
	int		 nerr;
};

/* Write catalog text. */
static void
text(struct texi *t, const char *s)
{
	texi_escape(t->b, s, strlen(s));
}

/*
 * Write one line of prose.  Texinfo takes a period after a capital
 * letter for an abbreviation, so a line that ends a sentence with one,
 * as in "runs KVM.", gets the explicit end of sentence "@.".
 */
static void
sentence_line(struct texi *t, const char *s, size_t len)
{
	size_t	 end = len;

	if (len >= 2 && strchr(".!?", s[len - 1]) != NULL &&
	    s[len - 2] >= 'A' && s[len - 2] <= 'Z')
		end = len - 1;
	texi_escape(t->b, s, end);
	if (end < len) {
		buf_putc(t->b, '@');
		buf_putc(t->b, s[end]);
	}
	buf_putc(t->b, '\n');
}

/*
 * Write catalog prose: each line of the value on a line of its own,
 * and an empty line in the value as an empty line, which starts a new
 * paragraph in Texinfo too.
 */
static void
prose(struct texi *t, const char *s)
{
	const char	*nl;
	size_t		 len;
	int		 blank = 0;

	while (*s != '\0') {
		while (*s == ' ' || *s == '\t')
			s++;
		nl = strchr(s, '\n');
		len = nl == NULL ? strlen(s) : (size_t)(nl - s);
		while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
			len--;
		if (len == 0)
			blank = 1;
		else {
			if (blank)
				buf_putc(t->b, '\n');
			blank = 0;
			sentence_line(t, s, len);
		}
		if (nl == NULL)
			break;
		s = nl + 1;
	}
}

/* Write text with its first letter in upper case, as in @direntry. */
static void
capitalized(struct texi *t, const char *s)
{
	size_t	 start = t->b->len;

	text(t, s);
	if (t->b->p[start] >= 'a' && t->b->p[start] <= 'z')
		t->b->p[start] -= 'a' - 'A';
}

/*
 * A copy of a string that lives as long as the writer; in lower case
 * when it is the key under which a node name is remembered, since
 * makeinfo takes "top" for "Top".
 */
static const char *
keep(struct texi *t, const char *s, int lower)
{
	char	*p, *q;

	p = xstrndup(s, strlen(s));
	if (lower)
		for (q = p; *q != '\0'; q++)
			if (*q >= 'A' && *q <= 'Z')
				*q += 'a' - 'A';
	t->owned = xmore(t->owned, t->nowned, sizeof(*t->owned));
	t->owned[t->nowned++] = p;
	return p;
}

/*
 * The node name for a catalog name; report a name that is empty once
 * made a slug, or that some other node already has.
 */
static const char *
node_name(struct texi *t, const char *name, size_t line)
{
	struct buf	*slug = &t->slug;

	slug->len = 0;
	buf_puts(slug, "");
	texi_slug(slug, name);
	if (slug->len == 0) {
		diag(DIAG_ERROR, t->cat->fname, line, 1, "'%s' leaves "
		    "nothing for a Texinfo node name", name);
		t->nerr++;
		buf_puts(slug, "?");
	}
	if (strset_has(&t->nodes, keep(t, slug->p, 1))) {
		diag(DIAG_ERROR, t->cat->fname, line, 1, "'%s' gives the "
		    "Texinfo node name '%s', which another node has",
		    name, slug->p);
		t->nerr++;
	}
	/* Keep a copy of just its size: a buffer starts at 4 KiB. */
	return keep(t, slug->p, 0);
}

/* Reserve a node name written by the program. */
static void
fixed_node(struct texi *t, const char *name)
{
	strset_add(&t->nodes, keep(t, name, 1), 1);
}

static const char *
add_node(struct texi *t, const char *name, size_t line)
{
	const char	*n = node_name(t, name, line);

	fixed_node(t, n);
	return n;
}

static void
uref(struct texi *t, const char *url, const char *label)
{
	buf_puts(t->b, "@uref{");
	texi_escape_uref(t->b, url, strlen(url));
	if (label != NULL) {
		buf_puts(t->b, ", ");
		texi_escape_uref(t->b, label, strlen(label));
	}
	buf_putc(t->b, '}');
}

static void
cindex(struct texi *t, const char *s)
{
	size_t	 n;

	buf_puts(t->b, "@cindex ");
	/* A colon in an index entry confuses Info readers. */
	while (*s != '\0') {
		n = strcspn(s, ":");
		texi_escape(t->b, s, n);
		s += n;
		while (*s == ':')
			s++;
	}
	buf_putc(t->b, '\n');
}

/*
 * A menu entry, its description starting in column 25 and wrapped, on
 * lines that begin with white space, to stay within 79 columns.
 */
static void
menu_entry(struct texi *t, const char *node, const char *desc, int isdata)
{
	struct buf	*d = &t->desc;
	size_t		 col, i, j;

	d->len = 0;
	if (isdata)
		texi_escape(d, desc, strlen(desc));
	else
		buf_puts(d, desc);
	buf_puts(t->b, "* ");
	buf_puts(t->b, node);
	buf_puts(t->b, "::");
	col = strlen(node) + 4;
	for (i = 0; i < d->len; i = j) {
		while (i < d->len && d->p[i] == ' ')
			i++;
		for (j = i; j < d->len && d->p[j] != ' '; j++)
			continue;
		if (j == i)
			break;
		if (col < 24 || col + 1 + (j - i) > 79) {
			if (col >= 24) {
				buf_putc(t->b, '\n');
				col = 0;
			}
			for (; col < 24; col++)
				buf_putc(t->b, ' ');
		} else {
			buf_putc(t->b, ' ');
			col++;
		}
		buf_putn(t->b, d->p + i, j - i);
		col += j - i;
	}
	buf_putc(t->b, '\n');
}

static void
join(struct texi *t, const struct strlist *l)
{
	size_t	 i;

	for (i = 0; i < l->n; i++) {
		if (i > 0)
			buf_puts(t->b, ", ");
		text(t, l->v[i]);
	}
}

static void
preamble(struct texi *t, const struct page *p)
{
	const struct catalog *cat = t->cat;
	const char *const *l;

	buf_puts(t->b, "\\input texinfo\n"
	    "@c This manual is generated by illumos-docgen from the "
	    "catalog.\n"
	    "@c Edit the catalog, not this file.\n");
	buf_printf(t->b, "@setfilename %s.info\n", p->name);
	buf_puts(t->b, "@documentencoding UTF-8\n@settitle ");
	text(t, p->title);
	/*
	 * texi_escape() writes ASCII quotes as @U{0027} and @U{0060} so
	 * that makeinfo keeps them straight; texinfo.tex knows neither,
	 * so the printed manual gets them as TeX's own quotes.
	 */
	buf_puts(t->b, "\n@iftex\n@tex\n"
	    "\\expandafter\\gdef\\csname uni:0027\\endcsname{'}\n"
	    "\\expandafter\\gdef\\csname uni:0060\\endcsname{`}\n"
	    "@end tex\n@end iftex");
	buf_printf(t->b, "\n@set UPDATED %s %d, %d\n\n",
	    catalog_month(cat->month), cat->day, cat->year);

	buf_puts(t->b, "@copying\nThis manual lists ");
	text(t, p->summary);
	buf_printf(t->b, ".\nIt was last updated on @value{UPDATED}.\n\n"
	    "Copyright @copyright{} %d %s\n\n@quotation\n", cat->year,
	    COPYRIGHT_HOLDER);
	for (l = license_grant; *l != NULL; l++)
		buf_printf(t->b, "%s\n", *l);
	buf_putc(t->b, '\n');
	for (l = license_disclaimer; *l != NULL; l++)
		buf_printf(t->b, "%s\n", *l);
	buf_puts(t->b, "@end quotation\n@end copying\n\n");

	buf_puts(t->b, "@dircategory illumos\n@direntry\n");
	buf_printf(t->b, "* %s: (%s).", p->name, p->name);
	buf_puts(t->b, "       ");
	capitalized(t, p->summary);
	buf_puts(t->b, ".\n@end direntry\n\n");

	buf_puts(t->b, "@titlepage\n@title ");
	text(t, p->title);
	buf_puts(t->b, "\n@subtitle Updated @value{UPDATED}\n"
	    "@page\n@vskip 0pt plus 1filll\n@insertcopying\n"
	    "@end titlepage\n\n@contents\n\n");

	buf_puts(t->b, "@ifnottex\n@node Top\n@top ");
	text(t, p->title);
	buf_puts(t->b, "\n\n@insertcopying\n@end ifnottex\n\n");
}

/* The sentence that points to the other manual. */
static void
other_manual(struct texi *t, const char *name)
{
	const struct page *o = catalog_page(t->cat, name);

	buf_printf(t->b, "\n@xref{Top,,, %s, ", name);
	texi_escape_uref(t->b, o->title, strlen(o->title));
	buf_puts(t->b, "},\nfor ");
	text(t, o->summary);
	buf_puts(t->b, ".\n");
}

static void
chapter(struct texi *t, const char *node, const char *title, int isdata)
{
	buf_printf(t->b, "\n@node %s\n@chapter ", node);
	if (isdata)
		text(t, title);
	else
		buf_puts(t->b, title);
	buf_putc(t->b, '\n');
}

/* The index entry for a term: platforms by title, others by name. */
static const char *
term_entry(const struct term *tm)
{
	return strcmp(tm->kind, "platform") == 0 ? tm->title : tm->name;
}

/* Index the commands and interfaces of the pages referred to. */
static void
manpage_index(struct texi *t, const struct strlist *l)
{
	size_t	 i, n;

	for (i = 0; i < l->n; i++) {
		n = strcspn(l->v[i], "(");
		buf_puts(t->b, "@cindex ");
		texi_escape(t->b, l->v[i], n);
		buf_putc(t->b, '\n');
	}
}

/* "See the pkg(1) manual page.", for a list of references. */
static void
manpages(struct texi *t, const struct strlist *l)
{
	size_t	 i;

	if (l->n == 0)
		return;
	buf_puts(t->b, "See the ");
	for (i = 0; i < l->n; i++) {
		if (i > 0)
			buf_puts(t->b, i + 1 == l->n ? " and " : ", ");
		text(t, l->v[i]);
	}
	buf_printf(t->b, " manual page%s.\n", l->n > 1 ? "s" : "");
}

static void
term_chapter(struct texi *t, const char *node, const char *title,
    const char *kind)
{
	const struct term *tm;
	const struct distro *d;
	size_t		 i, j, n, k;

	chapter(t, node, title, 0);
	for (i = 0; i < t->cat->nterms; i++) {
		tm = &t->cat->terms[i];
		if (strcmp(tm->kind, kind) != 0)
			continue;
		buf_puts(t->b, "\n@heading ");
		text(t, tm->title);
		buf_putc(t->b, '\n');
		cindex(t, term_entry(tm));
		if (strcmp(term_entry(tm), tm->title) != 0)
			cindex(t, tm->title);
		manpage_index(t, &tm->seealso);
		buf_putc(t->b, '\n');
		prose(t, tm->description);
		manpages(t, &tm->seealso);
		if (tm->url != NULL) {
			buf_puts(t->b, "See also ");
			uref(t, tm->url, NULL);
			buf_puts(t->b, ".\n");
		}
		for (n = 0, j = 0; j < t->cat->ndistros; j++)
			n += catalog_has_term(t->cat, &t->cat->distros[j], tm);
		if (n == 0) {
			buf_puts(t->b, "\nNo distribution in this manual "
			    "has it.\n");
			continue;
		}
		buf_puts(t->b, "\nDistributions:\n");
		for (k = 0, j = 0; j < t->cat->ndistros; j++) {
			d = &t->cat->distros[j];
			if (!catalog_has_term(t->cat, d, tm))
				continue;
			buf_puts(t->b, "@ref{");
			buf_puts(t->b, t->dnodes[j]);
			buf_puts(t->b, ++k == n ? "}.\n" : "},\n");
		}
	}
}

static void
distro_node(struct texi *t, const struct distro *d, const char *node)
{
	const struct term *tm;
	size_t		 i;

	buf_puts(t->b, "\n@node ");
	buf_puts(t->b, node);
	buf_puts(t->b, "\n@section ");
	text(t, d->name);
	buf_putc(t->b, '\n');
	cindex(t, d->name);
	for (i = 0; i < d->alias.n; i++)
		cindex(t, d->alias.v[i]);
	if (strcmp(d->provider, d->name) != 0)
		cindex(t, d->provider);
	for (i = 0; i < t->cat->nterms; i++) {
		tm = &t->cat->terms[i];
		if (catalog_has_term(t->cat, d, tm))
			cindex(t, term_entry(tm));
	}

	buf_puts(t->b, "\n@table @asis\n@item Provider\n");
	if (d->provider_url != NULL)
		uref(t, d->provider_url, d->provider);
	else
		text(t, d->provider);
	buf_puts(t->b, "\n@item Focus\n");
	join(t, &d->focus);
	if (d->linux_analog != NULL) {
		buf_puts(t->b, "\n@item Linux analogue\n");
		text(t, d->linux_analog);
	}
	buf_puts(t->b, "\n@item Open source\n");
	buf_puts(t->b, d->open_source ? "yes" : "no");
	if (d->packaging != NULL) {
		buf_puts(t->b, "\n@item Packaging\n");
		if (d->packaging_url != NULL)
			uref(t, d->packaging_url, d->packaging);
		else
			text(t, d->packaging);
	}
	buf_puts(t->b, "\n@item Platforms\n");
	join(t, &d->platforms);
	buf_puts(t->b, "\n@item KVM\n");
	buf_puts(t->b, d->kvm ? "yes" : "no");
	buf_puts(t->b, "\n@item LX zones\n");
	buf_puts(t->b, d->lx ? "yes" : "no");
	buf_puts(t->b, "\n@item Web site\n");
	uref(t, d->url, NULL);
	buf_puts(t->b, "\n@end table\n\n");
	prose(t, d->description);
}

static void
comparison(struct texi *t)
{
	const char *const *heads = catalog_columns;
	struct buf	 wid[6], cells[6];
	size_t		 i, c;

	/* Each column's prototype is its widest cell. */
	memset(wid, 0, sizeof(wid));
	memset(cells, 0, sizeof(cells));
	catalog_widest(t->cat, wid);

	chapter(t, "Comparison", "Comparison", 0);
	buf_puts(t->b, "@cindex comparison of distributions\n\n"
	    "@multitable");
	for (c = 0; c < 6; c++) {
		buf_puts(t->b, " {");
		text(t, wid[c].p);
		buf_putc(t->b, '}');
	}
	buf_puts(t->b, "\n@headitem");
	for (c = 0; c < 6; c++)
		buf_printf(t->b, "%s%s", c > 0 ? " @tab " : " ", heads[c]);
	buf_putc(t->b, '\n');
	for (i = 0; i < t->cat->ndistros; i++) {
		catalog_row(&t->cat->distros[i], cells);
		for (c = 0; c < 6; c++) {
			buf_puts(t->b, c > 0 ? "@tab " : "@item ");
			text(t, cells[c].p);
			buf_putc(t->b, '\n');
		}
		buf_flush(t->b);
	}
	buf_puts(t->b, "@end multitable\n");
	for (c = 0; c < 6; c++) {
		buf_free(&wid[c]);
		buf_free(&cells[c]);
	}
}

static void
distros(struct texi *t, const struct page *p)
{
	const char	**nodes;
	size_t		  i;

	fixed_node(t, "Top");
	fixed_node(t, "Overview");
	fixed_node(t, "Comparison");
	fixed_node(t, "Distributions");
	fixed_node(t, "Packaging systems");
	fixed_node(t, "Virtualization");
	fixed_node(t, "Platforms");
	fixed_node(t, "Index");
	nodes = xreallocarray(NULL, t->cat->ndistros + 1, sizeof(*nodes));
	for (i = 0; i < t->cat->ndistros; i++)
		nodes[i] = add_node(t, t->cat->distros[i].name,
		    t->cat->distros[i].line);
	t->dnodes = nodes;

	buf_puts(t->b, "@menu\n");
	menu_entry(t, "Overview", "what illumos is and what a "
	    "distribution adds", 0);
	menu_entry(t, "Comparison", "the distributions side by side", 0);
	menu_entry(t, "Distributions", "each distribution in turn", 0);
	menu_entry(t, "Packaging systems", "how the distributions install "
	    "software", 0);
	menu_entry(t, "Virtualization", "KVM and LX branded zones", 0);
	menu_entry(t, "Platforms", "the processors each one runs on", 0);
	menu_entry(t, "Index", "distributions, providers and features", 0);
	buf_puts(t->b, "\n@detailmenu\n --- The Detailed Node Listing ---"
	    "\n\nDistributions\n\n");
	for (i = 0; i < t->cat->ndistros; i++)
		menu_entry(t, nodes[i], t->cat->distros[i].summary, 1);
	buf_puts(t->b, "@end detailmenu\n@end menu\n");

	chapter(t, "Overview", "Overview", 0);
	buf_puts(t->b, "@cindex illumos\n@cindex distribution\n\n");
	prose(t, p->intro);
	if (p->url != NULL) {
		buf_puts(t->b, "The original list is at ");
		uref(t, p->url, NULL);
		buf_puts(t->b, ".\n");
	}
	other_manual(t, "illumos-books");
	comparison(t);

	chapter(t, "Distributions", "Distributions", 0);
	buf_puts(t->b, "\n@menu\n");
	for (i = 0; i < t->cat->ndistros; i++)
		menu_entry(t, nodes[i], t->cat->distros[i].summary, 1);
	buf_puts(t->b, "@end menu\n");
	for (i = 0; i < t->cat->ndistros; i++) {
		distro_node(t, &t->cat->distros[i], nodes[i]);
		buf_flush(t->b);
	}
	term_chapter(t, "Packaging systems", "Packaging systems",
	    "packaging");
	term_chapter(t, "Virtualization", "Virtualization",
	    "virtualization");
	term_chapter(t, "Platforms", "Platforms", "platform");
}

static void
book_node(struct texi *t, const struct book *bk, const char *node)
{
	size_t	 i;

	buf_printf(t->b, "\n@node %s\n@section ", node);
	text(t, bk->title);
	buf_putc(t->b, '\n');
	cindex(t, bk->title);
	for (i = 0; i < bk->alias.n; i++)
		cindex(t, bk->alias.v[i]);
	manpage_index(t, &bk->seealso);
	buf_putc(t->b, '\n');
	prose(t, bk->description);
	buf_puts(t->b, "\nRead it at ");
	uref(t, bk->url, NULL);
	buf_puts(t->b, ".\n");
	manpages(t, &bk->seealso);
}

static void
book_chapter(struct texi *t, const char *node, const char *title,
    const char **nodes, int guides)
{
	const struct book *bk;
	size_t		 i;

	chapter(t, node, title, 0);
	buf_puts(t->b, "\n@menu\n");
	for (i = 0; i < t->cat->nbooks; i++) {
		bk = &t->cat->books[i];
		if ((strcmp(bk->kind, "guide") == 0) == guides)
			menu_entry(t, nodes[i], bk->summary, 1);
	}
	buf_puts(t->b, "@end menu\n");
	for (i = 0; i < t->cat->nbooks; i++) {
		bk = &t->cat->books[i];
		if ((strcmp(bk->kind, "guide") == 0) == guides) {
			book_node(t, bk, nodes[i]);
			buf_flush(t->b);
		}
	}
}

static void
books(struct texi *t, const struct page *p)
{
	const char	**nodes;
	size_t		  i, nguides = 0;

	fixed_node(t, "Top");
	fixed_node(t, "Overview");
	fixed_node(t, "Guides");
	fixed_node(t, "Books papers and articles");
	fixed_node(t, "Index");
	nodes = xreallocarray(NULL, t->cat->nbooks + 1, sizeof(*nodes));
	for (i = 0; i < t->cat->nbooks; i++)
		nodes[i] = add_node(t, t->cat->books[i].title,
		    t->cat->books[i].line);

	for (i = 0; i < t->cat->nbooks; i++)
		nguides += strcmp(t->cat->books[i].kind, "guide") == 0;

	buf_puts(t->b, "@menu\n");
	menu_entry(t, "Overview", "where the guides come from", 0);
	if (nguides > 0)
		menu_entry(t, "Guides", "the guides of the illumos project",
		    0);
	if (nguides < t->cat->nbooks)
		menu_entry(t, "Books papers and articles", "further reading",
		    0);
	menu_entry(t, "Index", "titles and aliases", 0);
	buf_puts(t->b, "@end menu\n");

	chapter(t, "Overview", "Overview", 0);
	buf_puts(t->b, "@cindex illumos\n@cindex documentation\n\n");
	prose(t, p->intro);
	other_manual(t, "illumos-distros");
	if (nguides > 0)
		book_chapter(t, "Guides", "Guides", nodes, 1);
	if (nguides < t->cat->nbooks)
		book_chapter(t, "Books papers and articles",
		    "Books, papers and articles", nodes, 0);
	free(nodes);
}

int
texi_write(struct buf *b, const struct catalog *cat, const struct page *p)
{
	struct texi	 t;
	size_t		 i;

	memset(&t, 0, sizeof(t));
	t.b = b;
	t.cat = cat;
	preamble(&t, p);
	if (strcmp(p->name, "illumos-distros") == 0)
		distros(&t, p);
	else
		books(&t, p);
	buf_puts(b, "\n@node Index\n@unnumbered Index\n\n"
	    "@printindex cp\n\n@bye\n");
	for (i = 0; i < t.nowned; i++)
		free(t.owned[i]);
	free(t.owned);
	buf_free(&t.slug);
	buf_free(&t.desc);
	strset_free(&t.nodes);
	free(t.dnodes);
	return t.nerr;
}
