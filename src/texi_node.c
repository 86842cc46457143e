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
	struct strset	 labels; /* Names, folded as Info compares them. */
	struct buf	 slug;
	int		 nerr;
};

/*
 * The lower case of the characters beyond ASCII, as towlower() has it
 * in glibc 2.36's C.UTF-8: from lo to hi, every step-th character is
 * delta from its lower case.  In order, without overlaps.
 */
static const struct casemap {
	unsigned long	 lo, hi;
	long		 delta;
	unsigned int	 step;
} lower_case[] = {
	{ 0x00c0, 0x00d6, 32, 1 }, { 0x00d8, 0x00de, 32, 1 },
	{ 0x0100, 0x012e, 1, 2 }, { 0x0130, 0x0130, -199, 1 },
	{ 0x0132, 0x0136, 1, 2 }, { 0x0139, 0x0147, 1, 2 },
	{ 0x014a, 0x0176, 1, 2 }, { 0x0178, 0x0178, -121, 1 },
	{ 0x0179, 0x017d, 1, 2 }, { 0x0181, 0x0181, 210, 1 },
	{ 0x0182, 0x0184, 1, 2 }, { 0x0186, 0x0186, 206, 1 },
	{ 0x0187, 0x0187, 1, 1 }, { 0x0189, 0x018a, 205, 1 },
	{ 0x018b, 0x018b, 1, 1 }, { 0x018e, 0x018e, 79, 1 },
	{ 0x018f, 0x018f, 202, 1 }, { 0x0190, 0x0190, 203, 1 },
	{ 0x0191, 0x0191, 1, 1 }, { 0x0193, 0x0193, 205, 1 },
	{ 0x0194, 0x0194, 207, 1 }, { 0x0196, 0x0196, 211, 1 },
	{ 0x0197, 0x0197, 209, 1 }, { 0x0198, 0x0198, 1, 1 },
	{ 0x019c, 0x019c, 211, 1 }, { 0x019d, 0x019d, 213, 1 },
	{ 0x019f, 0x019f, 214, 1 }, { 0x01a0, 0x01a4, 1, 2 },
	{ 0x01a6, 0x01a6, 218, 1 }, { 0x01a7, 0x01a7, 1, 1 },
	{ 0x01a9, 0x01a9, 218, 1 }, { 0x01ac, 0x01ac, 1, 1 },
	{ 0x01ae, 0x01ae, 218, 1 }, { 0x01af, 0x01af, 1, 1 },
	{ 0x01b1, 0x01b2, 217, 1 }, { 0x01b3, 0x01b5, 1, 2 },
	{ 0x01b7, 0x01b7, 219, 1 }, { 0x01b8, 0x01b8, 1, 1 },
	{ 0x01bc, 0x01bc, 1, 1 }, { 0x01c4, 0x01c4, 2, 1 },
	{ 0x01c5, 0x01c5, 1, 1 }, { 0x01c7, 0x01c7, 2, 1 },
	{ 0x01c8, 0x01c8, 1, 1 }, { 0x01ca, 0x01ca, 2, 1 },
	{ 0x01cb, 0x01db, 1, 2 }, { 0x01de, 0x01ee, 1, 2 },
	{ 0x01f1, 0x01f1, 2, 1 }, { 0x01f2, 0x01f4, 1, 2 },
	{ 0x01f6, 0x01f6, -97, 1 }, { 0x01f7, 0x01f7, -56, 1 },
	{ 0x01f8, 0x021e, 1, 2 }, { 0x0220, 0x0220, -130, 1 },
	{ 0x0222, 0x0232, 1, 2 }, { 0x023a, 0x023a, 10795, 1 },
	{ 0x023b, 0x023b, 1, 1 }, { 0x023d, 0x023d, -163, 1 },
	{ 0x023e, 0x023e, 10792, 1 }, { 0x0241, 0x0241, 1, 1 },
	{ 0x0243, 0x0243, -195, 1 }, { 0x0244, 0x0244, 69, 1 },
	{ 0x0245, 0x0245, 71, 1 }, { 0x0246, 0x024e, 1, 2 },
	{ 0x0370, 0x0372, 1, 2 }, { 0x0376, 0x0376, 1, 1 },
	{ 0x037f, 0x037f, 116, 1 }, { 0x0386, 0x0386, 38, 1 },
	{ 0x0388, 0x038a, 37, 1 }, { 0x038c, 0x038c, 64, 1 },
	{ 0x038e, 0x038f, 63, 1 }, { 0x0391, 0x03a1, 32, 1 },
	{ 0x03a3, 0x03ab, 32, 1 }, { 0x03cf, 0x03cf, 8, 1 },
	{ 0x03d8, 0x03ee, 1, 2 }, { 0x03f4, 0x03f4, -60, 1 },
	{ 0x03f7, 0x03f7, 1, 1 }, { 0x03f9, 0x03f9, -7, 1 },
	{ 0x03fa, 0x03fa, 1, 1 }, { 0x03fd, 0x03ff, -130, 1 },
	{ 0x0400, 0x040f, 80, 1 }, { 0x0410, 0x042f, 32, 1 },
	{ 0x0460, 0x0480, 1, 2 }, { 0x048a, 0x04be, 1, 2 },
	{ 0x04c0, 0x04c0, 15, 1 }, { 0x04c1, 0x04cd, 1, 2 },
	{ 0x04d0, 0x052e, 1, 2 }, { 0x0531, 0x0556, 48, 1 },
	{ 0x10a0, 0x10c5, 7264, 1 }, { 0x10c7, 0x10c7, 7264, 1 },
	{ 0x10cd, 0x10cd, 7264, 1 }, { 0x13a0, 0x13ef, 38864, 1 },
	{ 0x13f0, 0x13f5, 8, 1 }, { 0x1c90, 0x1cba, -3008, 1 },
	{ 0x1cbd, 0x1cbf, -3008, 1 }, { 0x1e00, 0x1e94, 1, 2 },
	{ 0x1e9e, 0x1e9e, -7615, 1 }, { 0x1ea0, 0x1efe, 1, 2 },
	{ 0x1f08, 0x1f0f, -8, 1 }, { 0x1f18, 0x1f1d, -8, 1 },
	{ 0x1f28, 0x1f2f, -8, 1 }, { 0x1f38, 0x1f3f, -8, 1 },
	{ 0x1f48, 0x1f4d, -8, 1 }, { 0x1f59, 0x1f5f, -8, 2 },
	{ 0x1f68, 0x1f6f, -8, 1 }, { 0x1f88, 0x1f8f, -8, 1 },
	{ 0x1f98, 0x1f9f, -8, 1 }, { 0x1fa8, 0x1faf, -8, 1 },
	{ 0x1fb8, 0x1fb9, -8, 1 }, { 0x1fba, 0x1fbb, -74, 1 },
	{ 0x1fbc, 0x1fbc, -9, 1 }, { 0x1fc8, 0x1fcb, -86, 1 },
	{ 0x1fcc, 0x1fcc, -9, 1 }, { 0x1fd8, 0x1fd9, -8, 1 },
	{ 0x1fda, 0x1fdb, -100, 1 }, { 0x1fe8, 0x1fe9, -8, 1 },
	{ 0x1fea, 0x1feb, -112, 1 }, { 0x1fec, 0x1fec, -7, 1 },
	{ 0x1ff8, 0x1ff9, -128, 1 }, { 0x1ffa, 0x1ffb, -126, 1 },
	{ 0x1ffc, 0x1ffc, -9, 1 }, { 0x2126, 0x2126, -7517, 1 },
	{ 0x212a, 0x212a, -8383, 1 }, { 0x212b, 0x212b, -8262, 1 },
	{ 0x2132, 0x2132, 28, 1 }, { 0x2160, 0x216f, 16, 1 },
	{ 0x2183, 0x2183, 1, 1 }, { 0x24b6, 0x24cf, 26, 1 },
	{ 0x2c00, 0x2c2f, 48, 1 }, { 0x2c60, 0x2c60, 1, 1 },
	{ 0x2c62, 0x2c62, -10743, 1 }, { 0x2c63, 0x2c63, -3814, 1 },
	{ 0x2c64, 0x2c64, -10727, 1 }, { 0x2c67, 0x2c6b, 1, 2 },
	{ 0x2c6d, 0x2c6d, -10780, 1 }, { 0x2c6e, 0x2c6e, -10749, 1 },
	{ 0x2c6f, 0x2c6f, -10783, 1 }, { 0x2c70, 0x2c70, -10782, 1 },
	{ 0x2c72, 0x2c72, 1, 1 }, { 0x2c75, 0x2c75, 1, 1 },
	{ 0x2c7e, 0x2c7f, -10815, 1 }, { 0x2c80, 0x2ce2, 1, 2 },
	{ 0x2ceb, 0x2ced, 1, 2 }, { 0x2cf2, 0x2cf2, 1, 1 },
	{ 0xa640, 0xa66c, 1, 2 }, { 0xa680, 0xa69a, 1, 2 },
	{ 0xa722, 0xa72e, 1, 2 }, { 0xa732, 0xa76e, 1, 2 },
	{ 0xa779, 0xa77b, 1, 2 }, { 0xa77d, 0xa77d, -35332, 1 },
	{ 0xa77e, 0xa786, 1, 2 }, { 0xa78b, 0xa78b, 1, 1 },
	{ 0xa78d, 0xa78d, -42280, 1 }, { 0xa790, 0xa792, 1, 2 },
	{ 0xa796, 0xa7a8, 1, 2 }, { 0xa7aa, 0xa7aa, -42308, 1 },
	{ 0xa7ab, 0xa7ab, -42319, 1 }, { 0xa7ac, 0xa7ac, -42315, 1 },
	{ 0xa7ad, 0xa7ad, -42305, 1 }, { 0xa7ae, 0xa7ae, -42308, 1 },
	{ 0xa7b0, 0xa7b0, -42258, 1 }, { 0xa7b1, 0xa7b1, -42282, 1 },
	{ 0xa7b2, 0xa7b2, -42261, 1 }, { 0xa7b3, 0xa7b3, 928, 1 },
	{ 0xa7b4, 0xa7c2, 1, 2 }, { 0xa7c4, 0xa7c4, -48, 1 },
	{ 0xa7c5, 0xa7c5, -42307, 1 }, { 0xa7c6, 0xa7c6, -35384, 1 },
	{ 0xa7c7, 0xa7c9, 1, 2 }, { 0xa7d0, 0xa7d0, 1, 1 },
	{ 0xa7d6, 0xa7d8, 1, 2 }, { 0xa7f5, 0xa7f5, 1, 1 },
	{ 0xff21, 0xff3a, 32, 1 }, { 0x10400, 0x10427, 40, 1 },
	{ 0x104b0, 0x104d3, 40, 1 }, { 0x10570, 0x1057a, 39, 1 },
	{ 0x1057c, 0x1058a, 39, 1 }, { 0x1058c, 0x10592, 39, 1 },
	{ 0x10594, 0x10595, 39, 1 }, { 0x10c80, 0x10cb2, 64, 1 },
	{ 0x118a0, 0x118bf, 32, 1 }, { 0x16e40, 0x16e5f, 32, 1 },
	{ 0x1e900, 0x1e921, 34, 1 }
};

/* The lower case of cp, as the Info reader compares menu entries. */
static unsigned long
fold(unsigned long cp)
{
	size_t	 lo = 0, hi = sizeof(lower_case) / sizeof(lower_case[0]);
	size_t	 mid;

	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (cp < lower_case[mid].lo)
			hi = mid;
		else if (cp > lower_case[mid].hi)
			lo = mid + 1;
		else if ((cp - lower_case[mid].lo) % lower_case[mid].step == 0)
			return (unsigned long)((long)cp + lower_case[mid].delta);
		else
			return cp;
	}
	return cp;
}

/*
 * A menu shows an entry by its label: its name, or its node's name
 * where texi_label_shown() says the name cannot be shown.  The Info
 * reader finds an entry that a reader types without regard to case, so
 * two labels that differ only in the case of a letter beyond ASCII, or
 * of one whose lower case is ASCII (U+0130, a capital I with a dot
 * above), would lead to one node.  Two labels in ASCII that do so give
 * one node name, which node_for() reports already.
 */
static void
label_for(struct naming *n, const char *name, size_t line, size_t col)
{
	const char	*p, *end = name + strlen(name);
	unsigned long	 cp;
	size_t		 len, other;
	int		 ascii = 1;

	n->slug.len = 0;
	for (p = name; p < end; p += len) {
		if ((len = utf8_decode(p, (size_t)(end - p), &cp)) == 0) {
			len = 1;
			cp = (unsigned char)*p;
		}
		if (cp >= 0x80)
			ascii = 0;
		buf_puthex(&n->slug, fold(cp), 1, 0);
		buf_putc(&n->slug, '.');
	}
	/*
	 * Each with its line + 1 (0 for a chapter of the program), and
	 * whether it has a character beyond ASCII.
	 */
	other = strset_add(&n->labels, catalog_own(n->cat,
	    xstrndup(n->slug.p, n->slug.len)), (line + 1) << 1 | !ascii);
	if (other == 0 || (ascii && !(other & 1)))
		return;
	if ((other >> 1) == 1)
		diag(DIAG_ERROR, n->cat->fname, line, col, "'%s' differs from "
		    "the name of a chapter of the manual only in case, and "
		    "the menus of Info would not tell the two apart", name);
	else
		diag(DIAG_ERROR, n->cat->fname, line, col, "'%s' differs from "
		    "the name at line %zu only in case, and the menus of Info "
		    "would not tell the two apart", name, (other >> 1) - 1);
	n->nerr++;
}

/*
 * Can label be shown for a reference or a menu entry of node?  Only
 * where it differs from the node's name, and never a label with a colon,
 * which Info takes for the end of the label, or one that starts with
 * "(", which newer Info readers take for the name of another manual.
 */
int
texi_label_shown(const char *label, const char *node)
{
	return label != NULL && strcmp(label, node) != 0 &&
	    strchr(label, ':') == NULL && label[0] != '(';
}

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
	const char	*node;
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
	/* Info reads the node "*" as the whole file. */
	if (strcmp(slug->p, "*") == 0) {
		diag(DIAG_ERROR, fname, line, col, "'%s' gives the Texinfo "
		    "node name '*', which Info takes for the whole file",
		    name);
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
	node = catalog_own(n->cat, xstrndup(slug->p, slug->len));
	if (other == 0)
		label_for(n, texi_label_shown(name, node) ? name : node, line,
		    col);
	return node;
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
	strset_free(&n.labels);
	buf_free(&n.slug);
	return n.nerr;
}
