/*
 * hostile: write a catalog of about a given size in one hostile shape,
 * to show that the generator's time and memory stay in proportion to
 * its input whatever that input is.
 *
 *	hostile SHAPE BYTES catalog.rec > out.rec
 *	hostile -l
 *
 * The real catalog is copied whole, and records of the shape are added
 * at the end of the record set they belong to, so that every page
 * still has what it needs; a shape that needs a looser descriptor
 * drops the %type lines that would refuse it.  -l lists the shapes, a
 * line each: its name and whether the generator must accept it (ok)
 * or refuse it (refused).
 *
 * Names that collide are made for FNV-1a, the hash that the string set
 * once used: a table indexed by the low bits of such a hash puts them
 * all on one chain.  The low bits of FNV-1a depend only on the low bits
 * of its state, so blocks of five letters that take the state to one
 * value and back to it can be strung together into as many names as
 * wanted, every one of which ends in that state.
 *
 * The output depends only on the shape and the size.
 */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RND_SEED	0x9e3779b97f4a7c15ULL
#include "rnd.h"

#define BITS	20	/* Collide in tables of up to 2^20 slots. */
#define MASK	((1UL << BITS) - 1)
#define BLOCK	5
#define MAXSOL	64

struct shape {
	const char	*name;
	const char	*expect;
	void		(*gen)(void);
	const char	*set;	/* The record set whose records it adds. */
};

static void	 plain(void);
static void	 keys(void);
static void	 books(void);
static void	 fieldnames(void);
static void	 terms_terms(void);
static void	 terms(void);
static void	 longlines(void);
static void	 longwords(void);
static void	 longvalue(void);
static void	 paragraphs(void);
static void	 manyfields(void);
static void	 manysets(void);
static void	 choices_distros(void);
static void	 choices(void);
static void	 badlists(void);
static void	 seealso(void);
static void	 references(void);
static void	 tinyrecords(void);
static void	 chain(void);

/*
 * A shape adds records to one set; terms also adds to the Term set
 * first, and choices adds distributions for its choice to name.
 */
static const struct shape shapes[] = {
	{ "plain", "ok", plain, "Distribution" },
	{ "keys", "ok", keys, "Distribution" },
	{ "books", "ok", books, "Book" },
	{ "fieldnames", "refused", fieldnames, "Distribution" },
	{ "terms", "ok", terms, "Distribution" },
	{ "longlines", "ok", longlines, "Distribution" },
	{ "longwords", "refused", longwords, "Distribution" },
	{ "longvalue", "ok", longvalue, "Distribution" },
	{ "paragraphs", "ok", paragraphs, "Distribution" },
	{ "manyfields", "ok", manyfields, "Distribution" },
	{ "manysets", "ok", manysets, NULL },
	{ "choices", "ok", choices, "Choice" },
	{ "badlists", "refused", badlists, NULL },
	{ "seealso", "ok", seealso, "Book" },
	{ "references", "ok", references, "Distribution" },
	{ "tinyrecords", "ok", tinyrecords, NULL },
	{ "chain", "ok", chain, NULL },
	{ NULL, NULL, NULL, NULL }
};

static const struct shape *shape;
static unsigned long	 budget;	/* Bytes still to write. */
static unsigned long	 written;

/* Everything goes out through here, so that the size can be kept. */
static void
out(const char *fmt, ...)
{
	va_list	 ap;
	int	 n;

	va_start(ap, fmt);
	n = vprintf(fmt, ap);
	va_end(ap);
	if (n > 0)
		written += (unsigned long)n;
}

static int
more(void)
{
	return written < budget;
}

/* The low bits of FNV-1a after the letters of s, from state h. */
static unsigned long
fnv(unsigned long h, const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h = (h * 16777619UL) & MASK;
	}
	return h;
}

static char	 first[MAXSOL][BLOCK + 1], loop[MAXSOL][BLOCK + 1];
static size_t	 nfirst, nloop;

/* The blocks that take state from to state to, at most MAXSOL. */
static size_t
blocks(unsigned long from, unsigned long to, char sol[][BLOCK + 1])
{
	char	 b[BLOCK + 1];
	size_t	 i, n = 0;
	unsigned long k, total = 1;

	for (i = 0; i < BLOCK; i++)
		total *= 26;
	b[BLOCK] = '\0';
	for (k = 0; k < total && n < MAXSOL; k++) {
		unsigned long v = k;

		for (i = 0; i < BLOCK; i++, v /= 26)
			b[i] = (char)('a' + v % 26);
		if (fnv(from, b, BLOCK) == to)
			memcpy(sol[n++], b, BLOCK + 1);
	}
	return n;
}

/* The i-th name of lower-case letters whose hash ends in one state. */
static void
colliding(unsigned long i, char *name)
{
	size_t	 k;

	if (nfirst == 0) {
		unsigned long basis = 2166136261UL & MASK;
		unsigned long to = fnv(basis, "zzzzz", BLOCK);

		nfirst = blocks(basis, to, first);
		nloop = blocks(to, to, loop);
		if (nfirst == 0 || nloop == 0) {
			fputs("hostile: no colliding blocks\n", stderr);
			exit(2);
		}
	}
	memcpy(name, first[i % nfirst], BLOCK);
	i /= nfirst;
	for (k = 1; k < 5; k++, i /= nloop)
		memcpy(name + k * BLOCK, loop[i % nloop], BLOCK);
	name[5 * BLOCK] = '\0';
}

static const char *words[] = {
	"illumos", "distribution", "server", "zones", "the", "a", "and",
	"with", "for", "of", "to", "it", "runs", "on", "packages", "ZFS",
	"community", "release", "stable", "support", "storage", "network",
	"virtual", "machines", "kernel", "system", "desktop", "boot",
};

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* About len bytes of words. */
static void
phrase(size_t len)
{
	size_t	 n = 0;
	const char *w;

	while (n < len) {
		w = words[rnd(NELEM(words))];
		out("%s%s", n > 0 ? " " : "", w);
		n += strlen(w) + (n > 0);
	}
}

/*
 * The fields every distribution must have, after its name; the caller
 * adds its Description (or not, with desc NULL) and the blank line.
 */
static void
distro(const char *name, const char *desc)
{
	out("Name: %s\n", name);
	out("Url: https://%s.example.org/\n", name);
	out("Provider: ");
	phrase(20);
	out("\nFocus: server\nOpenSource: yes\nPackaging: IPS\n"
	    "Arch: x86\nBhyve: yes\nKvm: no\nLx: yes\nStatus: active\n"
	    "Summary: ");
	phrase(30);
	out("\nSource: https://%s.example.org/about\n"
	    "Checked: 2026-12-04\n", name);
	if (desc != NULL)
		out("Description: %s\n\n", desc);
}

/* Ordinary distributions, as the benchmark's catalogs have them. */
static void
plain(void)
{
	char	 name[32];
	unsigned long i, j, n;

	for (i = 0; more(); i++) {
		snprintf(name, sizeof(name), "Plain%lu", i);
		distro(name, NULL);
		out("Description: ");
		n = 3 + rnd(4);
		for (j = 0; j < n; j++) {
			if (j > 0)
				out("+ ");
			phrase(40 + rnd(30));
			out(".\n");
		}
		out("\n");
	}
}

/* Names whose keys and Texinfo node names collide. */
static void
keys(void)
{
	char	 name[32];
	unsigned long i;

	for (i = 0; more(); i++) {
		colliding(i, name);
		distro(name, "A distribution whose name collides.");
	}
}

/* Books whose titles, node names and SeeAlso pages collide. */
static void
books(void)
{
	char	 name[32];
	unsigned long i;

	for (i = 0; more(); i++) {
		colliding(i, name);
		out("Title: %s\nUrl: https://%s.example.org/\nKind: book\n"
		    "SeeAlso: %s(7)\nSummary: a book whose title collides\n"
		    "Description: A book.\nSource: https://example.org/\n"
		    "Checked: 2026-12-04\n\n", name, name, name);
	}
}

/* Field names that collide, which no descriptor allows. */
static void
fieldnames(void)
{
	char	 name[32];
	unsigned long i;

	distro("Fieldnames", NULL);
	for (i = 0; more(); i++) {
		colliding(i, name);
		out("%s: x\n", name);
	}
	out("Description: Too many names.\n\n");
}

/*
 * Terms for the distributions of the terms shape to name, with short
 * titles, so that the platforms of a distribution fit its table.
 */
#define NTERMS(b)	((b) / 5 / 160)

static void
terms_terms(void)
{
	unsigned long i, n = NTERMS(budget);

	for (i = 0; i < n; i++)
		out("Name: t%lu\nKind: platform\nTitle: P%lu\n"
		    "Description: A platform.\nSource: https://example.org/\n"
		    "Checked: 2026-12-04\n\n", i, i);
}

/* Many distributions, each with a few of many terms. */
static void
terms(void)
{
	char	 name[32];
	unsigned long i, n = NTERMS(budget);

	for (i = 0; more(); i++) {
		snprintf(name, sizeof(name), "Many%lu", i);
		distro(name, NULL);
		out("Arch: t%lu\nArch: t%lu\nArch: t%lu\n"
		    "Description: It has many terms.\n\n", rnd(n), rnd(n),
		    rnd(n));
	}
}

/* Lines of words exactly as long as the reader takes. */
static void
longlines(void)
{
	char	 name[32];
	unsigned long i, j, n;

	for (i = 0; more(); i++) {
		snprintf(name, sizeof(name), "Long%lu", i);
		distro(name, NULL);
		out("Description: x");
		for (n = 14; n + 5 <= 64 * 1024; n += 5)
			out(" %s", n % 7 == 0 ? "abc." : "word");
		for (; n < 64 * 1024; n++)
			out("y");
		out("\n");
		for (j = 0; j < 3; j++) {
			out("+");
			for (n = 1; n + 5 <= 64 * 1024; n += 5)
				out(" word");
			for (; n < 64 * 1024; n++)
				out("z");
			out("\n");
		}
		out("\n");
	}
}

/* Words that no line of any output can hold, which the catalog refuses. */
static void
longwords(void)
{
	char	 name[32];
	unsigned long i, n;

	for (i = 0; more(); i++) {
		snprintf(name, sizeof(name), "Word%lu", i);
		distro(name, NULL);
		out("Description: ");
		for (n = 0; n < 60000; n++)
			out("%c", "abcdefghij"[n % 10]);
		out("\n+ and another ");
		for (n = 0; n < 60000; n++)
			out("%c", ".\\@{}*_`<"[n % 9]);
		out("\n\n");
	}
}

/* One value of the whole size, on short continuation lines. */
static void
longvalue(void)
{
	distro("Longvalue", NULL);
	out("Description: It goes on.\n");
	while (more()) {
		out("+ ");
		phrase(60);
		out(".\n");
	}
	out("\n");
}

/* One value of the whole size, a paragraph a line. */
static void
paragraphs(void)
{
	distro("Paragraphs", NULL);
	out("Description: It goes on.\n");
	while (more())
		out("+\n+ On.\n");
	out("\n");
}

/* One record with very many fields. */
static void
manyfields(void)
{
	unsigned long i;

	distro("Manyfields", NULL);
	/*
	 * Only the repeatable fields that no comparison table shows: a
	 * table as wide as Focus repeated would be refused.
	 */
	for (i = 0; more(); i++)
		if (i % 2 == 0)
			out("Source: https://example.org/%lu\n", i);
		else
			out("Alias: Many %lu\n", i);
	out("Description: It has many fields.\n\n");
}

/*
 * One value of marked-up words in brackets, with no full stop until
 * its end: the manual page looks for one after each word, and the
 * Texinfo manual writes each reference as a link many times its size.
 */
static void
references(void)
{
	distro("References", NULL);
	out("Description: It names pages");
	while (more())
		out("\n+ (`pkg`) [`zoneadm(8)`] (`a(1)`) [`b`]");
	out(".\n\n");
}

/* Very many records of one empty field each, in a set of their own. */
static void
tinyrecords(void)
{
	out("%%rec: Tiny\n\n");
	while (more())
		out("X:\n\n");
}

/*
 * Field names that the string set of %type names lacks, where that set
 * is a chain: "B", "AB", "AAB", ..., each a bit of one byte deeper.
 * The names that follow are made of letters that share the chain's
 * path (bit 0x02 clear, as in 'A'), so a search that went down until
 * it met a key would walk the whole chain for each of them.  The chain
 * takes half the budget, the records the rest.
 */
static void
chain(void)
{
	static const char letters[] = "ADEHILMPQTUXY";
	char	 name[7];
	unsigned long d, i, k, v;

	for (d = 1; (d + 1) * (d + 8) / 2 < budget / 2; d++)
		continue;
	out("%%rec: Chain\n");
	for (k = 0; k < d; k++) {
		out("%%type: ");
		for (i = 0; i < k; i++)
			out("A");
		out("B line\n");
	}
	out("\n");
	name[6] = '\0';
	for (i = 0; more(); i++) {
		for (k = 0, v = i; k < 6; k++, v /= 13)
			name[k] = letters[v % 13];
		out("%s: x\n", name);
		if (i % 100 == 99)
			out("\n");
	}
	out("\n");
}

/* Very many record sets, each with its own field name. */
static void
manysets(void)
{
	unsigned long i;

	for (i = 0; more(); i++)
		out("%%rec: Set%lu\n\nField%lu: value\n\n", i, i);
}

/* Distributions for the choices to name: half the budget. */
#define NCHOICE(b)	((b) / 2 / 420)
static unsigned long	 nchosen;

static void
choices_distros(void)
{
	char	 name[32];
	unsigned long i;

	nchosen = NCHOICE(budget);
	for (i = 0; i < nchosen; i++) {
		snprintf(name, sizeof(name), "Chosen%lu", i);
		distro(name, "One to choose.");
	}
}

/*
 * Choices that each name every distribution, once: a choice may not
 * name one twice.
 */
static void
choices(void)
{
	unsigned long c, k;

	for (c = 0; more(); c++) {
		out("Title: Use %lu\n", c);
		for (k = 0; k < nchosen && more(); k++)
			out("Distribution: Chosen%lu\n", k);
		out("Description: Any of them.\n"
		    "Source: https://example.org/\nChecked: 2026-12-04\n\n");
	}
}

/* The name of the set a %rec line opens, or NULL. */
static const char *
set_of(const char *line)
{
	static char	 name[256];
	size_t		 n;

	if (strncmp(line, "%rec:", 5) != 0)
		return NULL;
	line += 5;
	line += strspn(line, " \t");
	n = strcspn(line, " \t\n");
	if (n >= sizeof(name))
		n = sizeof(name) - 1;
	memcpy(name, line, n);
	name[n] = '\0';
	return name;
}

/* The end of a set: the records of the shape go here. */
static void
end_of_set(const char *set)
{
	if (set == NULL)
		return;
	if (strcmp(shape->name, "terms") == 0 && strcmp(set, "Term") == 0)
		terms_terms();
	if (strcmp(shape->name, "choices") == 0 &&
	    strcmp(set, "Distribution") == 0)
		choices_distros();
	if (shape->set != NULL && strcmp(set, shape->set) == 0)
		shape->gen();
}

/*
 * A record set whose %mandatory lists, on one long value, nothing but
 * words that are not field names: an error for each, of which only the
 * first few are printed.
 */
static void
badlists(void)
{
	out("%%rec: Bad\n%%mandatory: x\n");
	while (more())
		out("+ 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1\n");
	out("\nx: a\n");
}

/*
 * One book that refers to very many pages, in no order: the books page
 * sorts them all for its SEE ALSO.
 */
static void
seealso(void)
{
	unsigned long i;

	out("Title: Many references\nUrl: https://example.org/\n"
	    "Kind: book\n");
	for (i = 0; more(); i++)
		out("SeeAlso: %c%lu(%lu)\n", (char)('a' + rnd(26)), i,
		    1 + rnd(9));
	out("Summary: a book that refers to many pages\n"
	    "Description: A book.\nSource: https://example.org/\n"
	    "Checked: 2026-12-04\n\n");
}

/* Type lines that the terms shape must drop, to name its own terms. */
static int
dropped(const char *set, const char *line)
{
	if (strcmp(shape->name, "terms") != 0 || set == NULL)
		return 0;
	return (strcmp(set, "Term") == 0 &&
	    strncmp(line, "%type: Name enum", 16) == 0) ||
	    (strcmp(set, "Distribution") == 0 &&
	    strncmp(line, "%type: Arch enum", 16) == 0);
}

int
main(int argc, char *argv[])
{
	FILE	*f;
	char	 line[70000], set[256] = "";
	const char *s;
	int	 blank = 1;

	if (argc == 2 && strcmp(argv[1], "-l") == 0) {
		for (shape = shapes; shape->name != NULL; shape++)
			printf("%s %s\n", shape->name, shape->expect);
		return 0;
	}
	if (argc != 4) {
		fputs("usage: hostile SHAPE BYTES catalog.rec\n"
		    "       hostile -l\n", stderr);
		return 2;
	}
	for (shape = shapes; shape->name != NULL; shape++)
		if (strcmp(shape->name, argv[1]) == 0)
			break;
	if (shape->name == NULL) {
		fprintf(stderr, "hostile: no shape %s\n", argv[1]);
		return 2;
	}
	budget = strtoul(argv[2], NULL, 10);
	if ((f = fopen(argv[3], "r")) == NULL) {
		perror(argv[3]);
		return 2;
	}
	while (fgets(line, sizeof(line), f) != NULL) {
		if ((s = set_of(line)) != NULL) {
			if (!blank)
				out("\n");
			end_of_set(set[0] != '\0' ? set : NULL);
			snprintf(set, sizeof(set), "%s", s);
		}
		if (!dropped(set, line))
			out("%s", line);
		blank = line[0] == '\n';
	}
	if (!blank)
		out("\n");
	end_of_set(set[0] != '\0' ? set : NULL);
	if (shape->set == NULL)
		shape->gen();
	fclose(f);
	return ferror(stdout) || fflush(stdout) != 0 ? 2 : 0;
}
