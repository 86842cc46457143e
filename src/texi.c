/*
 * Write a page of the catalog as a Texinfo manual.
 *
 * The manual has the shape of a GNU manual: @copying, a title page, a
 * Top node with a menu, one node per entry, nodes that gather the
 * distributions by packaging system, virtualization and platform, and
 * a concept index.  Catalog text reaches the file only through
 * texi_escape() and its variants.  Node names are slugs of the catalog
 * names, which the catalog has made and checked to be unique, so that
 * makeinfo never meets two nodes of one name.
 */

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "docgen.h"

struct texi {
	struct buf	*b;
	const struct catalog *cat;
	struct buf	 desc;		/* Scratch, for span() and see_entry(). */
	struct buf	 cell;		/* Kept for reuse by the facts. */
};

static const char *const distros_chapters[] = {
	"Top", "Overview", "Comparison", "Choosing", "Distributions",
	"Copying", "Index", NULL
};
static const char *const books_chapters[] = {
	"Top", "Overview", "Copying", "Index", NULL
};
const char *const *const texi_chapters[PAGE__COUNT] = {
	distros_chapters,
	books_chapters
};

static void	 distro_ref(struct texi *, const struct distro *);

/*
 * Write catalog text that is no sentence of prose, such as a name, a
 * title or a cell: with commas escaped where it is an argument.  In
 * Info, makeinfo puts two spaces after a period, '?' or '!' (and any
 * closing quotes or brackets) that a blank follows, taking it for the
 * end of a sentence; "@:" after it keeps the one space of the catalog,
 * as in "Foo. Bar", and, with more set, of the line after the text, as
 * in "Ex inc." before a link.
 */
static void
phrase(struct texi *t, const char *s, int commas, int more)
{
	size_t	 i, j;

	for (i = 0; s[i] != '\0'; i++) {
		if (strchr(".?!", s[i]) == NULL)
			continue;
		for (j = i + 1; s[j] != '\0' && strchr(")]'\"", s[j]) != NULL;
		    j++)
			continue;
		if (s[j] == '\0' ? !more : s[j] != ' ' && s[j] != '\t' &&
		    s[j] != '\n')
			continue;
		if (commas)
			texi_escape_uref(t->b, s, j);
		else
			texi_escape(t->b, s, j);
		buf_puts(t->b, "@:");
		s += j;
		i = (size_t)-1;
	}
	if (commas)
		texi_escape_uref(t->b, s, i);
	else
		texi_escape(t->b, s, i);
}

/* Write catalog text, alone on its line or at the end of it. */
static void
text(struct texi *t, const char *s)
{
	phrase(t, s, 0, 0);
}

/*
 * A marked-up word of prose: @command{pkg}, and a manual page as a
 * link to it on illumos.org.  Info writes a link as "<URL>" after its
 * text, as every link of the manual is written there; HTML and print
 * make the name the link.  This package's own pages are not there, so
 * they are only named.
 */
static void
span(struct texi *t, const char *w, size_t len, const struct span *sp)
{
	struct buf	*u = &t->desc;

	texi_escape(t->b, w, sp->pre);
	if (sp->kind == SPAN_COMMAND) {
		buf_puts(t->b, "@command{");
		texi_escape(t->b, w + sp->name, sp->namelen);
		buf_putc(t->b, '}');
	} else if (inline_own_page(w, sp)) {
		buf_puts(t->b, "@code{");
		texi_escape(t->b, w + sp->name, sp->post - 1 - sp->name);
		buf_putc(t->b, '}');
	} else {
		u->len = 0;
		inline_manpage_url(u, w, sp);
		buf_puts(t->b, "@inlinefmtifelse{info, @code{");
		texi_escape(t->b, w + sp->name, sp->post - 1 - sp->name);
		buf_puts(t->b, "} @uref{");
		texi_escape_uref(t->b, u->p, u->len);
		buf_puts(t->b, "}, @uref{");
		texi_escape_uref(t->b, u->p, u->len);
		buf_puts(t->b, ", @code{");
		texi_escape(t->b, w + sp->name, sp->post - 1 - sp->name);
		buf_puts(t->b, "}}}");
	}
	texi_escape(t->b, w + sp->post, len - sp->post);
}

/*
 * Write one line of prose, its marked-up words marked up, with its
 * sentences ended where the manual page ends them
 * (inline_ends_sentence()), which Info shows with two spaces after.
 * makeinfo takes a run of '.', '?', '!' and closing quotes and brackets
 * for the end of a sentence unless a capital letter comes before the
 * run: so a sentence that ends after one, as in "runs KVM." or
 * "(KVM).", gets the explicit end "@." on its last mark, and a word
 * such as "e.g." that ends none gets "@:" after it.  A letter beyond
 * ASCII, which may be a capital, is taken for one where a sentence
 * ends, and for none where it does not: either way the mark says what
 * is meant.  A marked-up word is left as it is.
 */
static void
sentence_line(struct texi *t, const char *s, size_t len)
{
	struct span	 sp;
	size_t		 at = 0, start, r, q, done = 0;
	int		 upper;

	while (inline_word(s, len, &at, &start)) {
		if (inline_span(s + start, at - start, &sp)) {
			texi_escape(t->b, s + done, start - done);
			span(t, s + start, at - start, &sp);
			done = at;
			continue;
		}
		if (!inline_looks_like_eos(s + start, at - start))
			continue;
		for (r = at; r > start && strchr(".!?)]'\"", s[r - 1]) != NULL;
		    r--)
			continue;
		for (q = at - 1; strchr(".!?", s[q]) == NULL; q--)
			continue;
		upper = r > start && s[r - 1] >= 'A' && s[r - 1] <= 'Z';
		if (!inline_ends_sentence(s + start, at - start)) {
			if (upper)
				continue;
			texi_escape(t->b, s + done, at - done);
			buf_puts(t->b, "@:");
			done = at;
		} else if (upper || (r > start &&
		    (unsigned char)s[r - 1] >= 0x80)) {
			texi_escape(t->b, s + done, q - done);
			buf_putc(t->b, '@');
			buf_putc(t->b, s[q]);
			done = q + 1;
		}
	}
	texi_escape(t->b, s + done, len - done);
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
	const char	*line;
	size_t		 len;
	int		 gap;

	while (prose_line(&s, &line, &len, &gap)) {
		if (gap)
			buf_putc(t->b, '\n');
		sentence_line(t, line, len);
	}
}

static void
uref(struct texi *t, const char *url, const char *label)
{
	buf_puts(t->b, "@uref{");
	texi_escape_uref(t->b, url, strlen(url));
	if (label != NULL) {
		buf_puts(t->b, ", ");
		phrase(t, label, 1, 0);
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
 * The index entry of another name of an entry, such as a former name or
 * a misspelling found in other lists: "NexenStor, see NexentaStor".
 * Info has no entries that only point to another entry, which is what
 * @seeentry makes, so this one leads to the node as well.
 */
static void
see_entry(struct texi *t, const char *alias, const char *name)
{
	t->desc.len = 0;
	buf_puts(&t->desc, alias);
	buf_puts(&t->desc, ", see ");
	buf_puts(&t->desc, name);
	cindex(t, t->desc.p);
}

/*
 * A menu entry, its description starting in column 25 (or a space after
 * a longer name) and on one line.  Where the name leaves too
 * little room, the description goes on the next line, in column 25: a
 * summary, at most SUMMARY_WIDTH columns, always fits there, and so do
 * the descriptions the program writes.  An entry whose node has another
 * name than the label it is shown with, such as a name with a period or
 * beyond ASCII, is written "* LABEL: NODE.", so that a reader sees the
 * name, where texi_label_shown() allows.
 */
static void
menu_entry(struct texi *t, const char *node, const char *label,
    const char *desc, int isdata)
{
	size_t	 col;

	buf_puts(t->b, "* ");
	if (texi_label_shown(label, node)) {
		texi_escape(t->b, label, strlen(label));
		buf_puts(t->b, ": ");
		buf_puts(t->b, node);
		buf_putc(t->b, '.');
		col = utf8_width(label, strlen(label)) + strlen(node) + 5;
	} else {
		buf_puts(t->b, node);
		buf_puts(t->b, "::");
		col = strlen(node) + 4;
	}
	/* The width that Info shows: of the text, not of its escapes. */
	if (col + 1 > MENU_COLUMN &&
	    col + 1 + utf8_width(desc, strlen(desc)) > 79) {
		buf_putc(t->b, '\n');
		col = 0;
	}
	do
		buf_putc(t->b, ' ');
	while (++col < MENU_COLUMN);
	if (isdata)
		texi_escape(t->b, desc, strlen(desc));
	else
		buf_puts(t->b, desc);
	buf_putc(t->b, '\n');
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
	/* As written: a summary starts with "illumos", never capitalized. */
	buf_puts(t->b, "  ");
	text(t, p->summary);
	buf_puts(t->b, ".\n@end direntry\n\n");

	buf_puts(t->b, "@titlepage\n@title ");
	text(t, p->title);
	buf_puts(t->b, "\n@subtitle Updated @value{UPDATED}\n"
	    "@page\n@vskip 0pt plus 1filll\n@insertcopying\n"
	    "@end titlepage\n\n@contents\n\n");

	/*
	 * The Top node says what the manual is and shows its menu on the
	 * first screen; the licence has a node of its own at the end,
	 * as in GNU manuals, and is on the back of the title page.
	 */
	buf_puts(t->b, "@ifnottex\n@node Top\n@top ");
	text(t, p->title);
	buf_puts(t->b, "\n\nThis manual lists ");
	text(t, p->summary);
	buf_puts(t->b, ".\nIt was last updated on @value{UPDATED}.\n"
	    "@end ifnottex\n\n");
}

/* The sentence that points to the other manual. */
static void
other_manual(struct texi *t, enum page_kind k)
{
	const struct page *o = t->cat->page_of[k];

	buf_printf(t->b, "\n@xref{Top,,, %s, ", o->name);
	phrase(t, o->title, 1, 0);
	buf_puts(t->b, "},\nfor ");
	text(t, o->summary);
	buf_puts(t->b, ".\n");
}

/* A chapter written by the program: its node is its title as a slug. */
static void
chapter(struct texi *t, const char *title)
{
	buf_puts(t->b, "\n@node ");
	texi_slug(t->b, title);
	buf_puts(t->b, "\n@chapter ");
	buf_puts(t->b, title);
	buf_putc(t->b, '\n');
}

/* The menu entry of a chapter written by the program. */
static void
chapter_entry(struct texi *t, const char *title, const char *about)
{
	struct buf	 node;

	memset(&node, 0, sizeof(node));
	buf_puts(&node, "");
	texi_slug(&node, title);
	menu_entry(t, node.p, NULL, about, 0);
	buf_free(&node);
}

/* The index entry for a term: platforms by title, others by name. */
static const char *
term_entry(const struct term *tm)
{
	return tm->kind == TERM_PLATFORM ? tm->title : tm->name;
}

/*
 * Index the manual pages referred to, as name(section), so that a
 * reader looking up a command finds it and sees that it is a page.  The
 * page of a term's own name, such as lx(7) for LX, would only repeat
 * the term's entry.
 */
static void
manpage_index(struct texi *t, const struct strlist *l,
    const struct term *tm)
{
	size_t	 i, n;

	for (i = 0; i < l->n; i++) {
		n = strcspn(l->v[i], "(");
		if (tm != NULL && strlen(tm->name) == n &&
		    strncasecmp(l->v[i], tm->name, n) == 0)
			continue;
		cindex(t, l->v[i]);
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

/* "Sources: LINK, LINK; checked YYYY-MM-DD.", where the catalog has them. */
static void
sources(struct texi *t, const struct strlist *l, const char *checked)
{
	size_t	 i;

	if (l->n == 0 && checked == NULL)
		return;
	buf_puts(t->b, "\n");
	if (l->n > 0)
		buf_puts(t->b, l->n > 1 ? "Sources: " : "Source: ");
	for (i = 0; i < l->n; i++) {
		if (i > 0)
			buf_puts(t->b, ",\n");
		uref(t, l->v[i], NULL);
	}
	if (checked != NULL) {
		buf_puts(t->b, l->n > 0 ? "; checked " : "Checked ");
		text(t, checked);
	}
	buf_puts(t->b, ".\n");
}

/* One term: what it is, where to read more, who has it. */
static void
term_section(struct texi *t, const struct term *tm)
{
	size_t	 k;

	buf_puts(t->b, "\n@anchor{");
	buf_puts(t->b, tm->node);
	buf_puts(t->b, "}\n@heading ");
	text(t, tm->title);
	buf_putc(t->b, '\n');
	cindex(t, term_entry(tm));
	if (strcmp(term_entry(tm), tm->title) != 0)
		cindex(t, tm->title);
	manpage_index(t, &tm->seealso, tm);
	buf_putc(t->b, '\n');
	prose(t, tm->description);
	manpages(t, &tm->seealso);
	if (tm->url != NULL) {
		buf_puts(t->b, "See also ");
		uref(t, tm->url, NULL);
		buf_puts(t->b, ".\n");
	}
	sources(t, &tm->sources, tm->checked);
	if (tm->nusers == 0) {
		buf_puts(t->b, "\nNo distribution in this manual has it.\n");
		return;
	}
	buf_puts(t->b, "\nDistributions:\n");
	for (k = 0; k < tm->nusers; k++) {
		distro_ref(t, &t->cat->distros[tm->users[k]]);
		buf_puts(t->b, k + 1 == tm->nusers ? ".\n" : ",\n");
	}
}

static void
term_chapter(struct texi *t, enum term_kind kind)
{
	size_t	 i;

	chapter(t, catalog_term_kinds[kind].title);
	for (i = 0; i < t->cat->nterms; i++)
		if (t->cat->terms[i].kind == kind)
			term_section(t, &t->cat->terms[i]);
}

/* A cross reference to a node, shown as label where texi_label_shown(). */
static void
ref_to(struct texi *t, const char *node, const char *label)
{
	buf_puts(t->b, "@ref{");
	buf_puts(t->b, node);
	if (texi_label_shown(label, node)) {
		buf_puts(t->b, ", ");
		phrase(t, label, 1, 0);
	}
	buf_putc(t->b, '}');
}

/* A cross reference to the section of a term, shown as label. */
static void
term_ref(struct texi *t, const struct term *tm, const char *label)
{
	ref_to(t, tm->node, label);
}

/* A value of a fact: a reference where it names a term, else text. */
static void
fact_word(struct texi *t, const struct fieldspec *f, const char *v,
    int more)
{
	const struct term *tm = catalog_fact_term(t->cat, f, v);

	if (tm != NULL && f->type != FACT_BOOL)
		term_ref(t, tm, v);
	else
		phrase(t, v, 0, more);
}

/*
 * One fact about a distribution, as a row of its table.  A value that
 * names a term leads to the term's section; so does a yes about a
 * term, as "yes (see bhyve)".  A link follows its text.
 */
static void
fact_item(struct texi *t, const struct distro *d, const struct fieldspec *f)
{
	const struct strlist *l;
	const struct term *tm;
	const char	*link = catalog_link(d, f);
	size_t		 i;

	buf_puts(t->b, "@item ");
	buf_puts(t->b, f->label);
	buf_puts(t->b, "\n@tab ");
	if (f->type == FACT_LINKS || f->type == FACT_LIST) {
		l = catalog_list(d, f);
		for (i = 0; i < l->n; i++) {
			if (i > 0)
				buf_puts(t->b, f->type == FACT_LINKS ?
				    "@*\n" : ", ");
			if (f->type == FACT_LINKS)
				uref(t, l->v[i], NULL);
			else
				fact_word(t, f, l->v[i], 0);
		}
	} else if (f->type == FACT_LINK)
		uref(t, catalog_text(d, f), NULL);
	else if (f->type != FACT_BOOL && catalog_text(d, f) != NULL)
		fact_word(t, f, catalog_text(d, f), link != NULL);
	else {
		catalog_value(d, f, &t->cell);
		/* A reference or a link may follow on the line. */
		phrase(t, t->cell.p, 0, f->type == FACT_BOOL || link != NULL);
		if (f->type == FACT_BOOL &&
		    strcmp(t->cell.p, "yes") == 0 &&
		    (tm = catalog_fact_term(t->cat, f, NULL)) != NULL) {
			buf_puts(t->b, " (@pxref{");
			buf_puts(t->b, tm->node);
			buf_puts(t->b, "})");
		}
	}
	if (link != NULL) {
		buf_putc(t->b, ' ');
		uref(t, link, NULL);
	}
	buf_putc(t->b, '\n');
}

static void
distro_node(struct texi *t, const struct distro *d)
{
	const struct fieldspec *f;
	size_t		 i;

	buf_puts(t->b, "\n@node ");
	buf_puts(t->b, d->node);
	buf_puts(t->b, "\n@section ");
	text(t, d->name);
	buf_putc(t->b, '\n');
	cindex(t, d->name);
	for (i = 0; i < d->alias.n; i++)
		see_entry(t, d->alias.v[i], d->name);
	if (strcmp(d->provider, d->name) != 0)
		cindex(t, d->provider);
	for (i = 0; i < d->nterms; i++)
		cindex(t, term_entry(&t->cat->terms[d->terms[i]]));
	for (i = 0; i < d->focus.n; i++)
		cindex(t, d->focus.v[i]);
	buf_puts(t->b, "\n@multitable @columnfractions .25 .75\n");
	for (f = catalog_distro_fields; f->name != NULL; f++)
		if (catalog_shows(d, f, FACT_ENTRY | FACT_MANUAL))
			fact_item(t, d, f);
	buf_puts(t->b, "@end multitable\n\n");
	prose(t, d->description);
}

/* A cross reference to the node of a distribution, shown as its name. */
static void
distro_ref(struct texi *t, const struct distro *d)
{
	ref_to(t, d->node, d->name);
}

/*
 * The @multitable line of comparison k, each column's prototype its
 * widest cell.  The names are shown as they are, as on the manual
 * page: makeinfo puts three spaces between columns where the page has
 * four, so a table that fits the page fits an Info window of 80
 * columns too, and a name shown as a reference, "*note NAME::", would
 * widen it past that.
 */
static void
comparison_head(struct texi *t, size_t k, const struct buf *wid)
{
	size_t		 c;

	buf_puts(t->b, "@multitable");
	for (c = 0; c < catalog_ncolumns(k); c++) {
		buf_puts(t->b, " {");
		text(t, wid[c].p);
		buf_putc(t->b, '}');
	}
	buf_putc(t->b, '\n');
}

/* One cell of a table laid out here, then the room to the next. */
static void
padded_cell(struct texi *t, const char *s, size_t width, int last)
{
	size_t	 w;

	text(t, s);
	if (last)
		return;
	for (w = utf8_width(s, strlen(s)); w < width + 3; w++)
		buf_putc(t->b, ' ');
}

/*
 * Comparison table k as Info shows it, laid out here rather than by
 * makeinfo, whose count of columns differs from a terminal's for
 * thousands of characters (emoji, spacing marks, characters not yet
 * assigned): a cell with one would push the rest of its row aside.
 * The layout is makeinfo's own for these tables: three spaces after
 * each column, the headings, and a rule under them.
 */
static void
comparison_info(struct texi *t, size_t k, const struct buf *wid)
{
	const struct distro *d;
	size_t		 ncol = catalog_ncolumns(k), i, c, w, rule = 0;

	buf_puts(t->b, "@ifinfo\n@format\n");
	for (c = 0; c < ncol; c++) {
		w = utf8_width(wid[c].p, wid[c].len);
		rule += w + 3;
		padded_cell(t, catalog_heading(catalog_column(k, c)), w,
		    c + 1 == ncol);
	}
	/* Verbatim, or makeinfo would make dashes of the hyphens. */
	buf_puts(t->b, "\n@verb{|");
	while (rule-- > 0)
		buf_putc(t->b, '-');
	buf_puts(t->b, "|}\n");
	for (i = 0; i < t->cat->ndistros; i++) {
		d = &t->cat->distros[i];
		for (c = 0; c < ncol; c++) {
			catalog_cell(d, catalog_column(k, c), &t->cell);
			padded_cell(t, c == 0 ? d->name : t->cell.p,
			    utf8_width(wid[c].p, wid[c].len), c + 1 == ncol);
		}
		buf_putc(t->b, '\n');
		buf_flush(t->b);
	}
	buf_puts(t->b, "@end format\n@end ifinfo\n");
}

/* Comparison table k, after the sentence that says what it shows. */
static void
comparison(struct texi *t, size_t k)
{
	const struct distro *d;
	size_t		 ncol = catalog_ncolumns(k), i, c;
	struct buf	*wid;

	wid = xreallocarray(NULL, ncol, sizeof(*wid));
	memset(wid, 0, ncol * sizeof(*wid));
	catalog_widest(t->cat, k, wid);
	buf_putc(t->b, '\n');
	text(t, catalog_comparisons[k]);
	buf_puts(t->b, "\n\n");
	comparison_info(t, k, wid);
	buf_puts(t->b, "@ifnotinfo\n");
	comparison_head(t, k, wid);
	buf_puts(t->b, "@headitem");
	for (c = 0; c < ncol; c++) {
		buf_puts(t->b, c > 0 ? " @tab " : " ");
		buf_puts(t->b, catalog_heading(catalog_column(k, c)));
	}
	buf_putc(t->b, '\n');
	for (i = 0; i < t->cat->ndistros; i++) {
		d = &t->cat->distros[i];
		/* A web page has room for a link. */
		buf_puts(t->b, "@item\n@ifhtml\n");
		distro_ref(t, d);
		buf_puts(t->b, "\n@end ifhtml\n@ifnothtml\n");
		text(t, d->name);
		buf_puts(t->b, "\n@end ifnothtml\n");
		for (c = 1; c < ncol; c++) {
			catalog_cell(d, catalog_column(k, c), &t->cell);
			buf_puts(t->b, "@tab ");
			text(t, t->cell.p);
			buf_putc(t->b, '\n');
		}
		buf_flush(t->b);
	}
	buf_puts(t->b, "@end multitable\n@end ifnotinfo\n");
	for (c = 0; c < ncol; c++)
		buf_free(&wid[c]);
	free(wid);
}

/* The uses a reader may have in mind, and the distributions that fit. */
static void
choosing(struct texi *t)
{
	const struct choice *ch;
	size_t		 i, k;

	if (t->cat->nchoices == 0)
		return;
	chapter(t, "Choosing");
	buf_puts(t->b, "@cindex choosing a distribution\n");
	for (i = 0; i < t->cat->nchoices; i++) {
		ch = &t->cat->choices[i];
		buf_puts(t->b, "\n@heading ");
		text(t, ch->title);
		buf_putc(t->b, '\n');
		cindex(t, ch->title);
		for (k = 0; k < ch->keywords.n; k++)
			if (strcasecmp(ch->keywords.v[k], ch->title) != 0)
				cindex(t, ch->keywords.v[k]);
		buf_putc(t->b, '\n');
		prose(t, ch->description);
		buf_puts(t->b, "\nCandidates:\n");
		for (k = 0; k < ch->distros.n; k++) {
			distro_ref(t, &t->cat->distros[ch->fits[k]]);
			buf_puts(t->b, k + 1 < ch->distros.n ? ",\n" : ".\n");
		}
		sources(t, &ch->sources, ch->checked);
		buf_flush(t->b);
	}
}

static void
distros_menu(struct texi *t)
{
	size_t	 i;

	buf_puts(t->b, "@menu\n");
	menu_entry(t, "Overview", NULL, "what illumos is and what a "
	    "distribution adds", 0);
	menu_entry(t, "Comparison", NULL, "the distributions side by side", 0);
	if (t->cat->nchoices > 0)
		menu_entry(t, "Choosing", NULL, "which distribution fits which "
		    "use", 0);
	menu_entry(t, "Distributions", NULL, "each distribution in turn", 0);
	for (i = 0; i < TERM_OTHER; i++)
		chapter_entry(t, catalog_term_kinds[i].title,
		    catalog_term_kinds[i].about);
	menu_entry(t, "Copying", NULL, "the licence of this manual", 0);
	menu_entry(t, "Index", NULL, "distributions, providers and features",
	    0);
	buf_puts(t->b, "\n@detailmenu\n --- The Detailed Node Listing ---"
	    "\n\nDistributions\n\n");
	for (i = 0; i < t->cat->ndistros; i++)
		menu_entry(t, t->cat->distros[i].node,
		    t->cat->distros[i].name, t->cat->distros[i].summary, 1);
	buf_puts(t->b, "@end detailmenu\n@end menu\n");
}

static void
distros(struct texi *t, const struct page *p)
{
	size_t	 i;

	distros_menu(t);
	chapter(t, "Overview");
	buf_puts(t->b, "@cindex illumos\n@cindex distribution\n\n");
	prose(t, p->intro);
	if (p->url != NULL) {
		buf_puts(t->b, "The original list is at ");
		uref(t, p->url, NULL);
		buf_puts(t->b, ".\n");
	}
	other_manual(t, PAGE_BOOKS);
	chapter(t, "Comparison");
	buf_puts(t->b, "@cindex comparison of distributions\n\n");
	text(t, NOT_KNOWN_LEGEND);
	buf_putc(t->b, '\n');
	for (i = 0; i < COMPARISONS; i++)
		comparison(t, i);
	choosing(t);

	chapter(t, "Distributions");
	buf_puts(t->b, "\n@menu\n");
	for (i = 0; i < t->cat->ndistros; i++)
		menu_entry(t, t->cat->distros[i].node,
		    t->cat->distros[i].name, t->cat->distros[i].summary, 1);
	buf_puts(t->b, "@end menu\n");
	for (i = 0; i < t->cat->ndistros; i++) {
		distro_node(t, &t->cat->distros[i]);
		buf_flush(t->b);
	}
	for (i = 0; i < TERM_OTHER; i++)
		term_chapter(t, (enum term_kind)i);
}

static void
book_node(struct texi *t, const struct book *bk)
{
	size_t	 i;

	buf_printf(t->b, "\n@node %s\n@section ", bk->node);
	text(t, bk->title);
	buf_putc(t->b, '\n');
	cindex(t, bk->title);
	for (i = 0; i < bk->alias.n; i++)
		see_entry(t, bk->alias.v[i], bk->title);
	manpage_index(t, &bk->seealso, NULL);
	buf_putc(t->b, '\n');
	prose(t, bk->description);
	buf_puts(t->b, "\nRead it at ");
	uref(t, bk->url, NULL);
	buf_puts(t->b, ".\n");
	manpages(t, &bk->seealso);
	sources(t, &bk->sources, bk->checked);
}

static void
book_chapter(struct texi *t, enum book_group g)
{
	const struct book *bk;
	size_t		 i;

	chapter(t, catalog_book_groups[g].title);
	buf_puts(t->b, "\n@menu\n");
	for (i = 0; i < t->cat->nbooks; i++) {
		bk = &t->cat->books[i];
		if (bk->group == g)
			menu_entry(t, bk->node, bk->title, bk->summary,
			    1);
	}
	buf_puts(t->b, "@end menu\n");
	for (i = 0; i < t->cat->nbooks; i++) {
		bk = &t->cat->books[i];
		if (bk->group == g) {
			book_node(t, bk);
			buf_flush(t->b);
		}
	}
}

static void
books(struct texi *t, const struct page *p)
{
	size_t	 i, n[BOOK__COUNT];

	memset(n, 0, sizeof(n));
	for (i = 0; i < t->cat->nbooks; i++)
		n[t->cat->books[i].group]++;
	buf_puts(t->b, "@menu\n");
	menu_entry(t, "Overview", NULL, "where the guides come from", 0);
	for (i = 0; i < BOOK__COUNT; i++)
		if (n[i] > 0)
			chapter_entry(t, catalog_book_groups[i].title,
			    catalog_book_groups[i].about);
	menu_entry(t, "Copying", NULL, "the licence of this manual", 0);
	menu_entry(t, "Index", NULL, "titles and aliases", 0);
	buf_puts(t->b, "@end menu\n");

	chapter(t, "Overview");
	buf_puts(t->b, "@cindex illumos\n@cindex documentation\n\n");
	prose(t, p->intro);
	other_manual(t, PAGE_DISTROS);
	for (i = 0; i < BOOK__COUNT; i++)
		if (n[i] > 0)
			book_chapter(t, (enum book_group)i);
}

void
texi_write(struct buf *b, const struct catalog *cat, const struct page *p)
{
	struct texi	 t;

	memset(&t, 0, sizeof(t));
	t.b = b;
	t.cat = cat;
	preamble(&t, p);
	if (p->kind == PAGE_DISTROS)
		distros(&t, p);
	else
		books(&t, p);
	buf_puts(b, "\n@node Copying\n@appendix Copying this manual\n\n"
	    "@insertcopying\n\n@node Index\n@unnumbered Index\n\n"
	    "@printindex cp\n\n@bye\n");
	buf_free(&t.desc);
	buf_free(&t.cell);
}
