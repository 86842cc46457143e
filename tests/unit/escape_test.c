/*
 * Unit tests of the escaping functions: roff_escape() (roff_escape.c),
 * texi_escape(), texi_escape_uref() and texi_slug() (texi_escape.c),
 * and md_escape() and md_escape_url() (md_escape.c).
 * Each case gives hostile catalog text and the exact output expected.
 *
 * Every check that fails prints the case and both strings; the program
 * exits 1 if any check failed and 0 otherwise.
 */

#include <stdio.h>
#include <string.h>

#include "docgen.h"

enum fn {
	ROFF,
	TEXI,
	TEXI_UREF,
	TEXI_SLUG,
	MD,
	MD_URL
};

struct ecase {
	int		 line;	/* Of the case, for the failure message. */
	enum fn		 fn;
	int		 flags;	/* For ROFF; for MD, whether in a cell. */
	const char	*in;
	size_t		 len;
	const char	*want;
};

#define R(flags, in, want) { __LINE__, ROFF, (flags), (in), sizeof(in) - 1, \
	(want) }
#define T(in, want)	{ __LINE__, TEXI, 0, (in), sizeof(in) - 1, (want) }
#define U(in, want)	{ __LINE__, TEXI_UREF, 0, (in), sizeof(in) - 1, (want) }
#define S(in, want)	{ __LINE__, TEXI_SLUG, 0, (in), sizeof(in) - 1, (want) }
#define M(cell, in, want) { __LINE__, MD, (cell), (in), sizeof(in) - 1, \
	(want) }
#define L(in, want)	{ __LINE__, MD_URL, 0, (in), sizeof(in) - 1, (want) }

#define TEXT	0
#define LS	ROFF_LINESTART
#define ARG	ROFF_ARG
#define QARG	(ROFF_ARG | ROFF_QUOTE)
#define URL	(ROFF_ARG | ROFF_URL)
#define PROSE	0
#define CELL	1

static const struct ecase cases[] = {
	/* roff text: a backslash can never start an escape. */
	R(TEXT, "", ""),
	R(TEXT, "plain words", "plain words"),
	R(TEXT, "C:\\path", "C:\\epath"),
	R(TEXT, "\\fBbold\\fR", "\\efBbold\\efR"),
	R(TEXT, "\\", "\\e"),
	R(TEXT, "\\&", "\\e&"),

	/* A leading '.' or '\'' is guarded only at the start of a line. */
	R(TEXT, ".Sh NAME", ".Sh NAME"),
	R(LS, ".Sh NAME", "\\&.Sh NAME"),
	R(LS, "'br", "\\&'br"),
	R(TEXT, "'br", "'br"),
	R(LS, "..", "\\&.."),
	R(LS, "a.b 'c'", "a.b 'c'"),
	R(LS, "\\.x", "\\e.x"),
	R(LS, "", ""),

	/* Text outside macros: quotes and macro-like words stay as they are. */
	R(TEXT, "say \"hi\"", "say \"hi\""),
	R(LS, "Ns Xr Ta", "Ns Xr Ta"),
	R(LS, "end.", "end."),

	/* Line breaks and tabs inside a value become spaces. */
	R(TEXT, "a\nb", "a b"),
	R(TEXT, "a\tb", "a b"),

	/* Everything outside ASCII becomes \[uXXXX], 2 to 4 bytes long. */
	R(TEXT, "caf\xc3\xa9", "caf\\[u00E9]"),
	R(TEXT, "\xc2\xa0", "\\[u00A0]"),
	R(TEXT, "\xe2\x82\xac" "5", "\\[u20AC]5"),
	R(TEXT, "\xe2\x80\x94", "\\[u2014]"),
	R(TEXT, "\xf0\x9f\x98\x80!", "\\[u1F600]!"),
	R(TEXT, "\xf4\x8f\xbf\xbf", "\\[u10FFFF]"),
	R(LS, "\xc3\x89t\xc3\xa9", "\\[u00C9]t\\[u00E9]"),
	R(ARG, "Z\xc3\xbcrich", "Z\\[u00FC]rich"),
	/* The "]" of a final escape is guarded like a delimiter. */
	R(ARG, "\xf0\x9f\x98\x80", "\\[u1F600]\\&"),
	R(TEXT, "a--b", "a-\\&-b"),
	R(ARG, "x -- y", "x -\\&- y"),

	/* Arguments: a double quote is \(dq, a backslash \e. */
	R(ARG, "say \"hi\"", "say \\(dqhi\\(dq"),
	R(ARG, "\"", "\\(dq"),
	R(ARG, "a\\b", "a\\eb"),
	R(ARG, "OmniOS", "OmniOS"),
	R(ARG, ".profile", ".profile"),

	/* A word that mdoc could call as a macro is guarded. */
	R(ARG, "Ns", "\\&Ns"),
	R(ARG, "Xr", "\\&Xr"),
	R(ARG, "Ta", "\\&Ta"),
	R(ARG, "%A", "\\&%A"),
	R(ARG, "%T", "\\&%T"),
	R(ARG, "Sy", "\\&Sy"),
	R(ARG, "Lk", "\\&Lk"),
	R(ARG, "Ns Xr Ta", "\\&Ns \\&Xr \\&Ta"),
	R(ARG, "OmniOS CE", "OmniOS CE"),
	R(ARG, "with IPS", "with IPS"),
	R(ARG, "D1 Brq %B", "\\&D1 \\&Brq \\&%B"),
	R(ARG, "a Ta b", "a \\&Ta b"),
	/* And words that cannot be macros are not. */
	R(ARG, "A", "A"),
	R(ARG, "ns", "ns"),
	R(ARG, "Ubuntu", "Ubuntu"),
	R(ARG, "X1", "X1"),
	R(ARG, "%", "%"),

	/* A word made only of delimiters is guarded. */
	R(ARG, "a ( b", "a \\&( b"),
	R(ARG, "a | b", "a \\&| b"),
	R(ARG, "x ] y", "x \\&] y"),
	R(ARG, "a ,; b", "a \\&,; b"),
	R(ARG, "(see", "(see"),

	/* An argument that ends in a delimiter gets a trailing \&. */
	R(ARG, "end.", "end.\\&"),
	R(ARG, "e.g.", "e.g.\\&"),
	R(ARG, "what?", "what?\\&"),
	R(ARG, "wow!", "wow!\\&"),
	R(ARG, "f(x)", "f(x)\\&"),
	R(ARG, "a:", "a:\\&"),
	R(ARG, "(", "\\&(\\&"),
	R(ARG, "...", "\\&...\\&"),
	R(ARG, "a,b", "a,b"),
	R(ARG, "Ns.", "Ns.\\&"),

	/*
	 * mandoc -Tlint asks for .Fx, .Nx, .Ox or .Dx wherever it sees the
	 * name, and for .Fn wherever a word ends in "()": a \& after the
	 * name's first letter and between the parentheses keeps it quiet,
	 * in text and in arguments alike.
	 */
	R(TEXT, "FreeBSD NetBSD OpenBSD DragonFly",
	    "F\\&reeBSD N\\&etBSD O\\&penBSD D\\&ragonFly"),
	R(LS, "MyFreeBSD NetBSDs (OpenBSD)DragonFly",
	    "MyF\\&reeBSD N\\&etBSDs (O\\&penBSD)D\\&ragonFly"),
	R(ARG, "Helios for FreeBSD", "Helios for F\\&reeBSD"),
	R(ARG, "NetBSD Foundation", "N\\&etBSD Foundation"),
	R(QARG, "OpenBSD, DragonFly", "\"O\\&penBSD, D\\&ragonFly\""),
	R(TEXT, "Free BSD, Net, OpenBS, Dragon",
	    "Free BSD, Net, OpenBS, Dragon"),
	R(TEXT, "with foo(), a_1() and (f())",
	    "with foo(\\&), a_1(\\&) and (f(\\&))"),
	R(ARG, "x() --", "x(\\&) -\\&-"),
	R(ARG, "main()", "main(\\&)\\&"),
	R(ARG, "()", "\\&(\\&)\\&"),
	R(ARG, "f(x) ( )", "f(x) \\&( \\&)\\&"),
	/* A link is left as it is: mandoc looks for neither in one. */
	R(URL, "https://example.org/FreeBSD/f()/",
	    "https://example.org/FreeBSD/f()/"),

	/* White space separates words; runs of it become one space. */
	R(ARG, "a  b\n\tc", "a b c"),

	/* An empty argument is written as "". */
	R(ARG, "", "\"\""),
	R(QARG, "", "\"\""),

	/* ROFF_QUOTE keeps the words together in one argument. */
	R(QARG, "Example Os", "\"Example \\&Os\""),
	R(QARG, "Name", "\"Name\""),
	R(QARG, "a \"b\"", "\"a \\(dqb\\(dq\""),
	R(QARG, "end.", "\"end.\\&\""),
	R(QARG, "x86, sparc", "\"x86, sparc\""),
	/* A width starting with a character escape makes groff warn. */
	R(QARG, "\xc3\xa9", "\"\\&\\[u00E9]\\&\""),
	R(QARG, "\"q\" x", "\"\\&\\(dqq\\(dq x\""),
	R(ROFF_ARG, "\xc3\xa9 x", "\\[u00E9] x"),

	/*
	 * A link is written whole, with no break point, however long:
	 * groff puts one that does not fit on a line of its own, as mandoc
	 * does, rather than break it.
	 */
	R(URL, "https://illumos.org/books/dev/",
	    "https://illumos.org/books/dev/"),
	R(URL, "https://s3.amazonaws.com/dev.univrs.io/books/illumos_Boot_"
	    "Loader.pdf", "https://s3.amazonaws.com/dev.univrs.io/books/"
	    "illumos_Boot_Loader.pdf"),
	R(URL, "https://example.org/search?q=illumos&lang=en#part-two",
	    "https://example.org/search?q=illumos&lang=en#part-two"),
	R(URL, "https://example.org/\xc3\xa9\xc3\xa9\xc3\xa9"
	    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
	    "https://example.org/\\[u00E9]\\[u00E9]\\[u00E9]aaaaaaaaaaaa"
	    "aaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
	/* The escapes of the text stay whole. */
	R(URL, "https://example.org/a--b/c\\d/\"e\"/0123456789012345",
	    "https://example.org/a-\\&-b/c\\ed/\\(dqe\\(dq/0123456789012345"),

	/* Markdown: the characters of inline markup are escaped. */
	M(PROSE, "", ""),
	M(PROSE, "plain words, 1 + 2 = 3.", "plain words, 1 + 2 = 3."),
	M(PROSE, "*a* _b_ `c` [d](e) <f> g|h &amp; ~i~ !j #k",
	    "\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> g\\|h \\&amp; \\~i\\~ "
	    "\\!j \\#k"),
	M(PROSE, "a\\b", "a\\\\b"),
	/* lowdown's superscripts and attributes. */
	M(PROSE, "2^10 x^(y)", "2\\^10 x\\^(y)"),
	M(CELL, "Name {#id .class} x", "Name \\{\\#id .class} x"),
	/* At the start of a line only: blocks, lists and definitions. */
	M(PROSE, "- a\n+ b\n= c\n1. d\n2) e\n: f",
	    "\\- a\n\\+ b\n\\= c\n1\\. d\n2\\) e\n\\: f"),
	M(PROSE, "a - b + c 1. d: e", "a - b + c 1. d: e"),
	M(CELL, "- a\n1. b", "- a 1. b"),
	/* No bare link: not after a scheme, "www" or in an address. */
	M(PROSE, "see https://example.org/x.", "see https\\://example.org/x."),
	M(PROSE, "ftp://a.b http://c mailto://d x://y",
	    "ftp\\://a.b http\\://c mailto\\://d x\\://y"),
	M(CELL, "www.example.org", "www\\.example.org"),
	M(PROSE, "(WWW.example.org) awww.b", "(WWW\\.example.org) awww\\.b"),
	M(PROSE, "mail first.last@mail.example.org",
	    "mail first.last@mail\\.example.org"),
	M(PROSE, "x@a-b\xc3\xa9.c.d", "x@a-b\xc3\xa9\\.c.d"),
	M(PROSE, "mailto:a@b.c xmpp:a@b.c/d", "mailto:a@b\\.c xmpp:a@b\\.c/d"),
	M(PROSE, "a @ b.c, a@ b.c, e.g. i.e.", "a @ b.c, a@ b.c, e.g. i.e."),
	/* No emoji: the first ':' of a shortcode is escaped. */
	M(CELL, ":smile:", "\\:smile:"),
	M(PROSE, "x :+1: :-1: :a_b: y", "x \\:+1: \\:-1: \\:a\\_b: y"),
	M(PROSE, "a:b:c::d", "a\\:b\\:c::d"),
	M(PROSE, "at 10:30, note: this", "at 10:30, note: this"),
	M(PROSE, ":caf\xc3\xa9:", "\\:caf\xc3\xa9:"),
	/*
	 * In a line of its own, '|' and a final '}' or '#' are character
	 * references, which lowdown cannot misread as a cell's end, an
	 * attribute or a closing sequence.
	 */
	M(CELL, "a|b", "a&#124;b"),
	M(PROSE, "a|b", "a\\|b"),
	M(CELL, "Name {#id}", "Name \\{\\#id&#125;"),
	M(CELL, "C#", "C&#35;"),
	M(CELL, "}", "&#125;"),
	M(CELL, "#", "&#35;"),
	/* Blanks after the final '}' or '#' do not hide it from lowdown. */
	M(CELL, "Name {#id} ", "Name \\{\\#id&#125; "),
	M(CELL, "C# \t", "C&#35;  "),
	M(CELL, "{x} y", "\\{x} y"),
	M(PROSE, "x {y}", "x \\{y}"),
	M(PROSE, "C#", "C\\#"),
	/* "[%" is a metadata reference to lowdown. */
	M(CELL, "%x %", "&#37;x %"),
	M(PROSE, "%x", "%x"),
	/* Line breaks: kept in prose, spaces in a cell. */
	M(PROSE, "a\nb\tc", "a\nb c"),
	M(CELL, "a\nb\tc", "a b c"),

	/* A link destination: only what would end it is escaped. */
	L("https://example.org/a(b)c", "https://example.org/a\\(b\\)c"),
	L("https://example.org/a b<c>\\",
	    "https://example.org/a\\ b\\<c\\>\\\\"),
	L("https://example.org/?a=1&b=2:x.y@z",
	    "https://example.org/?a=1&b=2:x.y@z"),

	/* Texinfo: '@', '{' and '}' become commands. */
	T("", ""),
	T("plain text, with a comma", "plain text, with a comma"),
	T("a@b{c}", "a@@b@{c@}"),
	T("@end", "@@end"),
	T("}{", "@}@{"),
	T("@{}", "@@@{@}"),

	/*
	 * "--" is split so that it stays two hyphens, and ASCII quotes are
	 * written as code points so that makeinfo keeps them straight.
	 */
	T("a--b", "a-@asis{}-b"),
	T("a---b", "a-@asis{}-@asis{}-b"),
	T("--", "-@asis{}-"),
	T("a-b", "a-b"),
	T("``quoted''", "@U{0060}@U{0060}quoted@U{0027}@U{0027}"),
	T("it's `x'", "it@U{0027}s @U{0060}x@U{0027}"),
	T("'`", "@U{0027}@U{0060}"),
	T("-`'", "-@U{0060}@U{0027}"),
	T("caf\xc3\xa9", "caf\xc3\xa9"),

	/* @uref arguments: commas too. */
	U("https://example.org/a,b", "https://example.org/a@comma{}b"),
	U("https://example.org/@x{1}", "https://example.org/@@x@{1@}"),
	U("a--b,,", "a-@asis{}-b@comma{}@comma{}"),
	U("", ""),

	/* Node names: no . , : ( ) @ { }, and white space folded. */
	S("OmniOS CE", "OmniOS CE"),
	S("illumos: Boot Loader Paper", "illumos Boot Loader Paper"),
	S("C Compiler (PCC) to Illumos", "C Compiler PCC to Illumos"),
	S("a.b,c:d", "abcd"),
	S("x @{y}", "x y"),
	S("Dr. Who, Jr.", "Dr Who Jr"),
	S("a ( b", "a b"),
	S("  lots \t of\n space  ", "lots of space"),
	S("Tribblix", "Tribblix"),
	/* Outside ASCII, code points, which makeinfo cannot merge. */
	S("caf\xc3\xa9 au lait", "cafU+00E9 au lait"),
	S("cafe\xcc\x81", "cafeU+0301"),
	S("\xef\xac\x81x", "U+FB01x"),
	S("\xc2\xa0\xe2\x80\x83", "U+00A0U+2003"),
	S("\xf0\x9f\x98\x80 OS", "U+1F600 OS"),
	S("", ""),
	S(".,:()@{}", ""),
};

static void
show(const char *label, const char *s)
{
	printf("\t%s \"", label);
	for (; *s != '\0'; s++) {
		if (*s == '\n')
			fputs("\\n", stdout);
		else if (*s == '\t')
			fputs("\\t", stdout);
		else
			putchar(*s);
	}
	puts("\"");
}

int
main(void)
{
	const struct ecase *c;
	struct buf	 b;
	size_t		 i;
	int		 nfail = 0;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		c = &cases[i];
		memset(&b, 0, sizeof(b));
		/* An empty result must still be a string. */
		buf_grow(&b, 0);
		b.p[0] = '\0';
		switch (c->fn) {
		case ROFF:
			roff_escape(&b, c->in, c->len, c->flags);
			break;
		case TEXI:
			texi_escape(&b, c->in, c->len);
			break;
		case TEXI_UREF:
			texi_escape_uref(&b, c->in, c->len);
			break;
		case TEXI_SLUG:
			texi_slug(&b, c->in);
			break;
		case MD:
			md_escape(&b, c->in, c->len, c->flags);
			break;
		case MD_URL:
			md_escape_url(&b, c->in, c->len);
			break;
		}
		if (b.len != strlen(c->want) ||
		    memcmp(b.p, c->want, b.len) != 0) {
			printf("escape_test.c:%d: check failed\n", c->line);
			show("input: ", c->in);
			show("want:  ", c->want);
			show("got:   ", b.p);
			nfail++;
		}
		buf_free(&b);
	}

	/* Code points in hexadecimal, as printf's "%0*lX" and "%lx". */
	memset(&b, 0, sizeof(b));
	buf_puthex(&b, 0, 4, 1);
	buf_putc(&b, ' ');
	buf_puthex(&b, 0x1f600, 4, 1);
	buf_putc(&b, ' ');
	buf_puthex(&b, 0xe9, 1, 0);
	buf_putc(&b, ' ');
	buf_puthex(&b, 0, 1, 0);
	buf_putc(&b, ' ');
	buf_puthex(&b, 0x10fffful, 8, 1);
	if (strcmp(b.p, "0000 1F600 e9 0 0010FFFF") != 0) {
		printf("escape_test.c:%d: check failed\n", __LINE__);
		show("got:   ", b.p);
		nfail++;
	}
	buf_free(&b);

	/* The functions append: what the buffer held is kept. */
	memset(&b, 0, sizeof(b));
	buf_puts(&b, ".Nm ");
	roff_escape(&b, "Ta", 2, ROFF_ARG);
	buf_puts(&b, " @");
	texi_escape(&b, "@", 1);
	buf_putc(&b, ' ');
	texi_escape_uref(&b, ",", 1);
	buf_putc(&b, ' ');
	texi_slug(&b, "(x)");
	if (strcmp(b.p, ".Nm \\&Ta @@@ @comma{} x") != 0) {
		printf("escape_test.c:%d: check failed\n", __LINE__);
		show("want:  ", ".Nm \\&Ta @@@ @comma{} x");
		show("got:   ", b.p);
		nfail++;
	}
	buf_free(&b);

	/* Only len bytes are read: the rest of the string is not text. */
	memset(&b, 0, sizeof(b));
	buf_grow(&b, 0);
	b.p[0] = '\0';
	roff_escape(&b, "ab\\cd", 2, 0);
	texi_escape(&b, "x@", 1);
	roff_escape(&b, "Ta.", 2, ROFF_ARG);
	if (strcmp(b.p, "abx\\&Ta") != 0) {
		printf("escape_test.c:%d: check failed\n", __LINE__);
		show("want:  ", "abx\\&Ta");
		show("got:   ", b.p);
		nfail++;
	}
	buf_free(&b);

	if (nfail > 0)
		printf("escape_test: %d checks failed\n", nfail);
	return nfail > 0;
}
