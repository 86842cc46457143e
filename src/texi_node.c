/*
 * The Texinfo node names of the entries of the catalog.
 *
 * Every distribution, term and book becomes a node of its manual, and
 * makeinfo refuses a manual in which two nodes share a name, or a node
 * has none.  Node names come from titles by texi_slug(), which drops
 * what Texinfo cannot take in a node name, so two titles that differ
 * only there clash.  They are named and checked here, while the catalog
 * is built, so that a clash is an error at the entry that causes it
 * rather than a makeinfo failure at build time; and the names are kept
 * in the catalog, so that texi.c writes exactly the names checked.
 */

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "docgen.h"

struct naming {
	struct catalog	*cat;
	struct strset	 nodes;	/* In lower case, each with its line. */
	struct buf	 slug;
	int		 nerr;
};

/*
 * Give an entry its node name, and report one that is empty once made
 * a slug, or that another node of the manual already has.  makeinfo
 * takes "top" for "Top", so names are compared in lower case.  The
 * chapters of the program come first, with no line.
 */
static const char *
node_for(struct naming *n, const char *name, size_t line, size_t col)
{
	const char	*fname = n->cat->fname;
	struct buf	*slug = &n->slug;
	char		*key, *q;
	size_t		 other;

	slug->len = 0;
	buf_puts(slug, "");
	texi_slug(slug, name);
	if (slug->len == 0) {
		diag(DIAG_ERROR, fname, line, col, "'%s' leaves nothing for "
		    "a Texinfo node name", name);
		n->nerr++;
		return "?";
	}
	key = xstrndup(slug->p, slug->len);
	for (q = key; *q != '\0'; q++)
		if (*q >= 'A' && *q <= 'Z')
			*q += 'a' - 'A';
	other = strset_add(&n->nodes, catalog_own(n->cat, key),
	    line > 0 ? line : (size_t)-1);
	if (other == (size_t)-1) {
		diag(DIAG_ERROR, fname, line, col, "'%s' gives the Texinfo "
		    "node name '%s', which a chapter of the manual has",
		    name, slug->p);
		n->nerr++;
	} else if (other != 0) {
		diag(DIAG_ERROR, fname, line, col, "'%s' gives the Texinfo "
		    "node name '%s', which the entry at line %zu has",
		    name, slug->p, other);
		n->nerr++;
	}
	return catalog_own(n->cat, xstrndup(slug->p, slug->len));
}

/* The entries of the manual of illumos-distros: terms and distributions. */
static void
name_distros(struct naming *n)
{
	struct catalog	*cat = n->cat;
	struct term	*t;
	struct distro	*d;
	size_t		 i;

	for (i = 0; i < TERM_OTHER; i++)
		node_for(n, catalog_term_kinds[i].title, 0, 0);
	for (i = 0; i < cat->nterms; i++) {
		t = &cat->terms[i];
		if (t->kind != TERM_OTHER)
			t->node = node_for(n, t->kind == TERM_PLATFORM ?
			    t->title : t->name, t->line, t->col);
	}
	for (i = 0; i < cat->ndistros; i++) {
		d = &cat->distros[i];
		d->node = node_for(n, d->name, d->line, d->col);
	}
}

/* The entries of the manual of illumos-books: its groups and books. */
static void
name_books(struct naming *n)
{
	struct catalog	*cat = n->cat;
	struct book	*bk;
	size_t		 i;

	for (i = 0; i < BOOK__COUNT; i++)
		node_for(n, catalog_book_groups[i].title, 0, 0);
	for (i = 0; i < cat->nbooks; i++) {
		bk = &cat->books[i];
		bk->node = node_for(n, bk->title, bk->line, bk->col);
	}
}

/*
 * Name every node of the manual of a page, and return how many errors
 * were reported.
 */
int
texi_name_nodes(struct catalog *cat, enum page_kind k)
{
	struct naming	 n;
	const char *const *fixed;

	memset(&n, 0, sizeof(n));
	n.cat = cat;
	for (fixed = texi_chapters[k]; *fixed != NULL; fixed++)
		node_for(&n, *fixed, 0, 0);
	if (k == PAGE_DISTROS)
		name_distros(&n);
	else
		name_books(&n);
	strset_free(&n.nodes);
	buf_free(&n.slug);
	return n.nerr;
}
