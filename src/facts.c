/*
 * The writer of "-T facts": the facts of the typed catalog as the pages
 * show them, in lines of fields separated by tabs, for the tests that
 * read a rendering back and for anyone who wants the catalog's facts
 * without parsing a page.  The lines are
 *
 *	table	T	HEADING ...	the headings of comparison table T
 *	type	T	TYPE ...	the type of each of its columns:
 *					text, list, bool, link or links
 *	row	T	CELL ...	a distribution's row of it
 *	link	NAME	FIELD	WHERE	URL
 *					a link shown with distribution
 *					NAME, read from FIELD; WHERE is
 *					"entry" where both the manual page
 *					and the manual show it, "manual"
 *					where only the manual does
 *	book	TITLE	URL		a book or guide
 *	choice	TITLE	NAME ...	the distributions that fit a use
 *
 * T is the number of a comparison table, from 1, or "web" for the table
 * of the web page.  Cells are the text the pages show, before any
 * escaping.  A tab, a newline, a carriage return or a backslash in a
 * value is written as "\t", "\n", "\r" or "\\" (buf_putfield()), so
 * that each line has its fields whatever the values hold.
 *
 * Everything comes from the same tables and functions the writers use,
 * so a new fact shows up here with no change.
 */

#include <stddef.h>
#include <string.h>

#include "docgen.h"

/* A tab, then the value, escaped as the comment above says. */
static void
put(struct buf *b, const char *v)
{
	buf_putc(b, '	');
	buf_putfield(b, v, strlen(v));
}

/* Comparison table t, or with t == COMPARISONS the table of the web page. */
static const struct fieldspec *
column(size_t t, size_t c)
{
	const struct fieldspec *f;

	if (t < COMPARISONS)
		return catalog_column(t, c);
	for (f = catalog_distro_fields; f->name != NULL; f++)
		if ((f->shown & FACT_WEB) && c-- == 0)
			return f;
	return NULL;
}

/* The names of the types of facts, for the type lines. */
static const char *const type_names[] = {
	"text", "list", "bool", "link", "links"
};
typedef char type_names_fit[sizeof(type_names) / sizeof(type_names[0]) ==
    FACT_LINKS + 1 ? 1 : -1];

static void
tables(struct buf *b, const struct catalog *cat)
{
	const struct fieldspec *f;
	struct buf	 cell;
	size_t		 t, c, i;

	memset(&cell, 0, sizeof(cell));
	for (t = 0; t <= COMPARISONS; t++) {
		if (t < COMPARISONS)
			buf_printf(b, "table\t%zu", t + 1);
		else
			buf_puts(b, "table\tweb");
		for (c = 0; (f = column(t, c)) != NULL; c++)
			put(b, t < COMPARISONS ? catalog_heading(f) : f->label);
		buf_putc(b, '\n');
		if (t < COMPARISONS)
			buf_printf(b, "type\t%zu", t + 1);
		else
			buf_puts(b, "type\tweb");
		for (c = 0; (f = column(t, c)) != NULL; c++)
			put(b, type_names[f->type]);
		buf_putc(b, '\n');
		for (i = 0; i < cat->ndistros; i++) {
			if (t < COMPARISONS)
				buf_printf(b, "row\t%zu", t + 1);
			else
				buf_puts(b, "row\tweb");
			for (c = 0; (f = column(t, c)) != NULL; c++) {
				if (t < COMPARISONS)
					catalog_cell(&cat->distros[i], f,
					    &cell);
				else
					catalog_web_cell(&cat->distros[i], f,
					    &cell);
				put(b, cell.p);
			}
			buf_putc(b, '\n');
			buf_flush(b);
		}
	}
	buf_free(&cell);
}

/* The row of the field whose value is at offset off of a distribution. */
static const struct fieldspec *
field_at(size_t off)
{
	const struct fieldspec *f;

	for (f = catalog_distro_fields; f->name != NULL; f++)
		if (f->off == off)
			return f;
	return NULL;
}

static void
link_line(struct buf *b, const struct distro *d, const struct fieldspec *f,
    unsigned int shown, const char *url)
{
	buf_puts(b, "link");
	put(b, d->name);
	put(b, f->name);
	put(b, shown & FACT_ENTRY ? "entry" : "manual");
	put(b, url);
	buf_putc(b, '\n');
}

/* Every link in the list of facts under a distribution. */
static void
links(struct buf *b, const struct distro *d)
{
	const struct fieldspec *f, *to;
	const struct strlist *l;
	const char	*url;
	size_t		 i;

	for (f = catalog_distro_fields; f->name != NULL; f++) {
		if (!catalog_shows(d, f, FACT_ENTRY | FACT_MANUAL))
			continue;
		if (f->type == FACT_LINKS) {
			l = catalog_list(d, f);
			for (i = 0; i < l->n; i++)
				link_line(b, d, f, f->shown, l->v[i]);
		} else if (f->type == FACT_LINK) {
			if ((url = catalog_text(d, f)) != NULL)
				link_line(b, d, f, f->shown, url);
		} else if ((url = catalog_link(d, f)) != NULL &&
		    (to = field_at(f->link)) != NULL)
			link_line(b, d, to, f->shown, url);
	}
}

void
facts_write(struct buf *b, const struct catalog *cat)
{
	const struct choice *ch;
	size_t		 i, k;

	tables(b, cat);
	for (i = 0; i < cat->ndistros; i++) {
		links(b, &cat->distros[i]);
		buf_flush(b);
	}
	for (i = 0; i < cat->nbooks; i++) {
		buf_puts(b, "book");
		put(b, cat->books[i].title);
		put(b, cat->books[i].url);
		buf_putc(b, '\n');
		buf_flush(b);
	}
	for (i = 0; i < cat->nchoices; i++) {
		ch = &cat->choices[i];
		buf_puts(b, "choice");
		put(b, ch->title);
		for (k = 0; k < ch->distros.n; k++)
			put(b, cat->distros[ch->fits[k]].name);
		buf_putc(b, '\n');
		buf_flush(b);
	}
}
