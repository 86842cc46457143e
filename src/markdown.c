/*
 * Write the whole catalog as one Markdown page for the web site, in the
 * shape of the page the catalog was first drawn from: the distributions
 * as a table with check marks, the books and papers as a list, and the
 * guides with their descriptions.  Text reaches the page only through
 * md_escape() and md_escape_url().
 */

#include <string.h>

#include "docgen.h"

#define CHECK	"\xe2\x9c\x93"	/* U+2713 CHECK MARK */

/* Text in a heading, a list item or a table cell: one line. */
static void
text(struct buf *b, const char *s)
{
	md_escape(b, s, strlen(s), 1);
}

static void
link_to(struct buf *b, const char *label, const char *url)
{
	buf_putc(b, '[');
	text(b, label);
	buf_puts(b, "](");
	md_escape_url(b, url, strlen(url));
	buf_putc(b, ')');
}

/*
 * A marked-up word of prose: a command as code, and a manual page as
 * code that links to the page on illumos.org (this package's own pages
 * are not there, and are only code).  The names hold no character
 * that code or a link would read.  bol says whether the word starts
 * its line.
 */
static void
span(struct buf *b, const char *w, size_t len, const struct span *sp,
    int bol)
{
	int	 link = sp->kind == SPAN_MANPAGE && !inline_own_page(w, sp);

	if (bol)
		md_escape(b, w, sp->pre, 0);
	else
		md_escape_after(b, w, sp->pre);
	if (link)
		buf_putc(b, '[');
	buf_putc(b, '`');
	buf_putn(b, w + sp->name, sp->post - 1 - sp->name);
	buf_putc(b, '`');
	if (link) {
		/*
		 * In angle brackets: pandoc reads the escapes of the rest
		 * of the paragraph wrongly after a link whose domain has
		 * a dot and which is followed by ';'.
		 */
		buf_puts(b, "](<");
		inline_manpage_url(b, w, sp);
		buf_puts(b, ">)");
	}
	md_escape_after(b, w + sp->post, len - sp->post);
}

/* A line of prose, its marked-up words marked up. */
static void
prose_text(struct buf *b, const char *s, size_t len)
{
	struct span	 sp;
	size_t		 at = 0, start, done = 0;

	if (memchr(s, '`', len) == NULL) {
		md_escape(b, s, len, 0);
		return;
	}
	while (inline_word(s, len, &at, &start))
		if (inline_span(s + start, at - start, &sp)) {
			if (done == 0)
				md_escape(b, s, start, 0);
			else
				md_escape_after(b, s + done, start - done);
			span(b, s + start, at - start, &sp, start == 0);
			done = at;
		}
	if (done == 0)
		md_escape(b, s, len, 0);
	else
		md_escape_after(b, s + done, len - done);
}

/* Paragraphs of prose: an empty line in the value separates them. */
static void
prose(struct buf *b, const char *s)
{
	const char	*line;
	size_t		 len;
	int		 gap, any = 0;

	while (prose_line(&s, &line, &len, &gap)) {
		if (gap || any)
			buf_puts(b, gap ? "\n\n" : "\n");
		any = 1;
		prose_text(b, line, len);
	}
	buf_puts(b, "\n\n");
}

/* One cell of the table: a fact, with its link, or a check for yes. */
static void
cell(struct buf *b, const struct distro *d, const struct fieldspec *f,
    struct buf *tmp)
{
	const struct strlist *l;
	const char	*v, *link;
	size_t		 i;
	int		 t;

	switch (f->type) {
	case FACT_BOOL:
		t = catalog_bool(d, f);
		buf_puts(b, t == TRI_YES ? CHECK : t == TRI_NO ? "" :
		    NOT_KNOWN_CELL);
		break;
	case FACT_LIST:
		catalog_cell(d, f, tmp);
		text(b, tmp->p);
		break;
	case FACT_LINKS:
		l = catalog_list(d, f);
		for (i = 0; i < l->n; i++) {
			if (i > 0)
				buf_puts(b, ", ");
			link_to(b, l->v[i], l->v[i]);
		}
		break;
	default:
		v = catalog_text(d, f);
		link = catalog_link(d, f);
		if (v != NULL && link != NULL)
			link_to(b, v, link);
		else {
			catalog_web_cell(d, f, tmp);
			text(b, tmp->p);
		}
		break;
	}
}

/* "Sources: LINK, LINK; checked YYYY-MM-DD.", where the catalog has them. */
static void
sources(struct buf *b, const struct strlist *l, const char *checked)
{
	size_t	 i;

	if (l->n == 0 && checked == NULL)
		return;
	if (l->n > 0)
		buf_puts(b, l->n > 1 ? "Sources: " : "Source: ");
	for (i = 0; i < l->n; i++) {
		if (i > 0)
			buf_puts(b, ", ");
		link_to(b, l->v[i], l->v[i]);
	}
	if (checked != NULL) {
		buf_puts(b, l->n > 0 ? "; checked " : "Checked ");
		text(b, checked);
	}
	buf_puts(b, ".\n\n");
}

/* The table of the distributions: a column for each fact it shows. */
static void
table(struct buf *b, const struct catalog *cat)
{
	const struct fieldspec *f;
	struct buf	 tmp;
	size_t		 i;

	text(b, NOT_KNOWN_LEGEND);
	buf_puts(b, "\n\n");
	for (f = catalog_distro_fields; f->name != NULL; f++)
		if (f->shown & FACT_WEB)
			buf_printf(b, "| %s ", f->label);
	buf_puts(b, "|\n");
	for (f = catalog_distro_fields; f->name != NULL; f++)
		if (f->shown & FACT_WEB)
			buf_puts(b, f->type == FACT_BOOL ? "| :---: " :
			    "| --- ");
	buf_puts(b, "|\n");
	memset(&tmp, 0, sizeof(tmp));
	for (i = 0; i < cat->ndistros; i++) {
		for (f = catalog_distro_fields; f->name != NULL; f++)
			if (f->shown & FACT_WEB) {
				buf_puts(b, "| ");
				cell(b, &cat->distros[i], f, &tmp);
				buf_putc(b, ' ');
			}
		buf_puts(b, "|\n");
		buf_flush(b);
	}
	buf_free(&tmp);
}

/* The uses a reader may have in mind, and the distributions that fit. */
static void
choices(struct buf *b, const struct catalog *cat)
{
	const struct choice *ch;
	size_t		 i, k;

	if (cat->nchoices == 0)
		return;
	buf_puts(b, "### Choosing a distribution\n\n");
	for (i = 0; i < cat->nchoices; i++) {
		ch = &cat->choices[i];
		buf_puts(b, "#### ");
		text(b, ch->title);
		buf_puts(b, "\n\n");
		prose(b, ch->description);
		buf_puts(b, "Candidates: ");
		for (k = 0; k < ch->distros.n; k++) {
			if (k > 0)
				buf_puts(b, ", ");
			text(b, cat->distros[ch->fits[k]].name);
		}
		buf_puts(b, ".\n\n");
		sources(b, &ch->sources, ch->checked);
		buf_flush(b);
	}
}

static void
distros(struct buf *b, const struct catalog *cat, const struct page *p)
{
	const struct distro *d;
	size_t		 i;

	buf_puts(b, "## ");
	if (p->url != NULL)
		link_to(b, p->title, p->url);
	else
		text(b, p->title);
	buf_puts(b, "\n\n");
	prose(b, p->intro);
	table(b, cat);
	buf_putc(b, '\n');
	choices(b, cat);
	for (i = 0; i < cat->ndistros; i++) {
		d = &cat->distros[i];
		buf_puts(b, "### ");
		text(b, d->name);
		buf_puts(b, "\n\n");
		prose(b, d->description);
		sources(b, &d->sources, d->checked);
		buf_flush(b);
	}
}

/*
 * The books of a group, under its heading: each with its note in a
 * section of its own, or, in a group of further reading, a line each.
 */
static void
book_group(struct buf *b, const struct catalog *cat, enum book_group g)
{
	const struct book_group_desc *gd = &catalog_book_groups[g];
	const struct book *bk;
	size_t		 i, n = 0;

	for (i = 0; i < cat->nbooks; i++) {
		bk = &cat->books[i];
		if (bk->group != g)
			continue;
		if (n++ == 0)
			buf_printf(b, "### %s\n\n", gd->title);
		if (gd->noted) {
			buf_puts(b, "#### ");
			link_to(b, bk->title, bk->url);
			buf_puts(b, "\n\n");
			prose(b, bk->description);
			sources(b, &bk->sources, bk->checked);
			continue;
		}
		buf_puts(b, "* ");
		link_to(b, bk->title, bk->url);
		buf_puts(b, ": ");
		text(b, bk->summary);
		if (bk->sources.n > 0 || bk->checked != NULL) {
			buf_puts(b, ".\n  ");
			sources(b, &bk->sources, bk->checked);
			b->len--;
			b->p[b->len] = '\0';
		} else
			buf_putc(b, '\n');
	}
	if (n > 0 && !gd->noted)
		buf_putc(b, '\n');
}

/* The books, in their groups, in the order of the manual page. */
static void
books(struct buf *b, const struct catalog *cat, const struct page *p)
{
	size_t	 g;

	buf_puts(b, "## ");
	text(b, p->title);
	buf_puts(b, "\n\n");
	prose(b, p->intro);
	for (g = 0; g < BOOK__COUNT; g++)
		book_group(b, cat, (enum book_group)g);
}

void
md_write(struct buf *b, const struct catalog *cat)
{
	buf_puts(b, "<!-- This page is generated by illumos-docgen from the "
	    "catalog.\n     Edit the catalog, not this file. -->\n\n"
	    "# illumos\n\n");
	buf_printf(b, "Updated %s %d, %d.\n\n", catalog_month(cat->month),
	    cat->day, cat->year);
	distros(b, cat, cat->page_of[PAGE_DISTROS]);
	books(b, cat, cat->page_of[PAGE_BOOKS]);
	/* A Markdown file ends with one newline, not an empty line. */
	while (b->len > 1 && b->p[b->len - 1] == '\n' &&
	    b->p[b->len - 2] == '\n')
		b->p[--b->len] = '\0';
}
