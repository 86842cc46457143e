/*
 * Escape catalog text for roff and mdoc.
 *
 * This is the only place where catalog text meets roff syntax, so that
 * no field can ever become a request or a macro: a backslash becomes
 * \e, a leading '.' or '\'' is guarded by \&, a double quote in an
 * argument becomes \(dq, words that mdoc would call as macros or treat
 * as delimiters are guarded by \&, and everything outside ASCII is
 * written as a \[uXXXX] escape, which mandoc and groff read alike.
 * What mandoc would ask to have marked up, the name of a BSD and a word
 * ending in "()", is split by a \& as well, which neither shows.
 * A long link is given places where a line may break (\:), which both
 * read too, and which neither shows nor puts into the link itself.
 */

#include <stdlib.h>
#include <string.h>

#include "docgen.h"


/* Characters that mdoc treats as delimiters when they stand alone. */
static int
is_delim(int c)
{
	return c != '\0' && strchr("([|.,:;)]?!", c) != NULL;
}

/*
 * Could mdoc take this word for a macro?  These are the names of mdoc
 * macros, sorted for bsearch(); a word in an argument that is one of
 * them would be called, or refused, instead of printed.
 */
static const char *const macros[] = {
	"%A", "%B", "%C", "%D", "%I", "%J", "%N", "%O", "%P", "%Q", "%R",
	"%T", "%U", "%V", "Ac", "Ad", "An", "Ao", "Ap", "Aq", "Ar", "At",
	"Bc", "Bd", "Bf", "Bk", "Bl", "Bo", "Bq", "Brc", "Bro", "Brq",
	"Bsx", "Bt", "Bx", "Cd", "Cm", "D1", "Db", "Dc", "Dd", "Dl", "Do",
	"Dq", "Dt", "Dv", "Dx", "Ec", "Ed", "Ef", "Ek", "El", "Em", "En",
	"Eo", "Er", "Es", "Ev", "Ex", "Fa", "Fc", "Fd", "Fl", "Fn", "Fo",
	"Fr", "Ft", "Fx", "Hf", "Ic", "In", "It", "Lb", "Li", "Lk", "Lp",
	"Ms", "Mt", "Nd", "Nm", "No", "Ns", "Nx", "Oc", "Oo", "Op", "Os",
	"Ot", "Ox", "Pa", "Pc", "Pf", "Po", "Pp", "Pq", "Qc", "Ql", "Qo",
	"Qq", "Re", "Rs", "Rv", "Sc", "Sh", "Sm", "So", "Sq", "Ss", "St",
	"Sx", "Sy", "Ta", "Tg", "Tn", "Ud", "Ux", "Va", "Vt", "Xc", "Xo",
	"Xr"
};

static int
cmp_name(const void *key, const void *elem)
{
	const char	*k = key;
	const char	*e = *(const char *const *)elem;

	return strcmp(k, e);
}

static int
looks_like_macro(const char *w, size_t len)
{
	char	 word[4];

	if (len < 2 || len > 3)
		return 0;
	memcpy(word, w, len);
	word[len] = '\0';
	return bsearch(word, macros, sizeof(macros) / sizeof(macros[0]),
	    sizeof(macros[0]), cmp_name) != NULL;
}

/*
 * The names of operating systems that mdoc writes with macros of their
 * own: if s starts with one, its macro, with the length of the name in
 * *n; otherwise NULL.  The one list of them: the filler of mdoc_line.c
 * writes a word that is such a name as its macro, and the escaping
 * splits the name wherever else it stands.  mandoc -Tlint asks for the
 * macro wherever the name stands in the text of a list item or of a
 * section, as a part of a word too, so it is split there as well.
 */
const char *
roff_os_name(const char *s, size_t len, size_t *n)
{
	static const struct {
		const char	*name;
		const char	*macro;
	} os[] = {
		{ "DragonFly", "Dx" },
		{ "FreeBSD", "Fx" },
		{ "NetBSD", "Nx" },
		{ "OpenBSD", "Ox" }
	};
	size_t	 i, l;

	for (i = 0; i < sizeof(os) / sizeof(os[0]); i++) {
		if (len == 0 || s[0] != os[i].name[0])
			continue;
		l = strlen(os[i].name);
		if (len >= l && strncmp(s, os[i].name, l) == 0) {
			*n = l;
			return os[i].macro;
		}
	}
	return NULL;
}

static int
only_delims(const char *w, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++)
		if (!is_delim((unsigned char)w[i]))
			return 0;
	return len > 0;
}

/*
 * Is there something at s that mandoc -Tlint would ask to have marked
 * up: the name of an operating system that has a macro (.Fx), or the
 * "()" of a function name (.Fn)?  mandoc looks for both in the text as
 * it is written, escapes and all, so a \& after the first letter of
 * the name, or between the parentheses, keeps it quiet; and \& sets
 * nothing, in mandoc and groff alike, so the text reads as it did.
 * mandoc looks only in the text of list items and sections, but the
 * rule holds for all text, so that no field can bring the message back.
 */
static int
needs_split(const char *s, size_t len)
{
	size_t	 n;

	if (len >= 2 && s[0] == '(' && s[1] == ')')
		return 1;
	return roff_os_name(s, len, &n) != NULL;
}

/*
 * Can the byte at s[i] of text be copied as it is?  Printable ASCII can,
 * but for a backslash, a hyphen that starts "--", a double quote in an
 * argument, and the first byte of what needs_split() splits.
 */
static int
plain(const char *s, size_t i, size_t len, int arg)
{
	unsigned char	 c = (unsigned char)s[i];

	if (c < 0x20 || c >= 0x7f || c == '\\' || (c == '"' && arg))
		return 0;
	if (c == '-')
		return i + 1 == len || s[i + 1] != '-';
	return !needs_split(s + i, len - i);
}

/*
 * Write the character of the UTF-8 sequence at s as \[uXXXX].  The
 * catalog has been checked, so the sequence is well-formed, and none
 * of the three characters that groff would set as an ASCII one of the
 * same name, and drop, is there (see rec.c); a byte that is not
 * well-formed would be written as the code point of its value, alone.
 */
static size_t
put_unicode(struct buf *b, const char *s, size_t len)
{
	unsigned long	 cp;
	size_t		 n;

	if ((n = utf8_decode(s, len, &cp)) == 0) {
		n = 1;
		cp = (unsigned char)s[0];
	}
	buf_puts(b, "\\[u");
	buf_puthex(b, cp, 4, 1);
	buf_putc(b, ']');
	return n;
}


/* Write one character or UTF-8 sequence; return the bytes consumed. */
static size_t
put_char(struct buf *b, const char *s, size_t len, int arg)
{
	unsigned char	 c = (unsigned char)s[0];

	if (c >= 0x80)
		return put_unicode(b, s, len);
	if (c == '\\')
		buf_puts(b, "\\e");
	else if (c == '-' && len > 1 && s[1] == '-')
		/* Two hyphens stay two, not a verbatim "--" to mandoc. */
		buf_puts(b, "-\\&");
	else if (c == '"' && arg)
		buf_puts(b, "\\(dq");
	else if (c == '\n' || c == '\t')
		buf_putc(b, ' ');
	else
		buf_putc(b, (char)c);
	return 1;
}

/*
 * Write a word of a link, whole: it has no break point, so that groff,
 * like mandoc, puts a link that does not fit after the text before it
 * on a line of its own rather than break it.  The catalog makes sure
 * that every link a page shows fits a line by itself.
 */
static void
put_url(struct buf *b, const char *s, size_t len)
{
	size_t	 i = 0;

	while (i < len)
		i += put_char(b, s + i, len - i, 1);
}

/*
 * Write text, of a text line or of a word of an argument: every
 * character as put_char() writes it, and what needs_split() finds with
 * a \& after its first byte.  Both kinds of text come this way, so
 * that table cells, list tags, titles, facts and prose are all guarded
 * alike.
 */
static void
put_text(struct buf *b, const char *s, size_t len, int arg)
{
	size_t	 i, w;

	for (i = 0; i < len; ) {
		/* Copy a run of plain characters in one go. */
		for (w = i; w < len && plain(s, w, len, arg); w++)
			continue;
		if (w > i) {
			buf_putn(b, s + i, w - i);
			i = w;
			continue;
		}
		if (needs_split(s + i, len - i)) {
			buf_putc(b, s[i++]);
			buf_puts(b, "\\&");
			continue;
		}
		i += put_char(b, s + i, len - i, arg);
	}
}

/* Text on a text line: a leading control character is guarded too. */
static void
escape_text(struct buf *b, const char *s, size_t len, int flags)
{
	if ((flags & ROFF_LINESTART) && len > 0 &&
	    (s[0] == '.' || s[0] == '\''))
		buf_puts(b, "\\&");
	put_text(b, s, len, 0);
}

/*
 * One word of a macro argument, guarded if mdoc would take it for more.
 * A link is not text that needs_split() looks at: mandoc looks for
 * neither names nor "()" in one, and it is best left as it is.
 */
static void
escape_arg_word(struct buf *b, const char *s, size_t len, int url)
{
	if (only_delims(s, len) || looks_like_macro(s, len))
		buf_puts(b, "\\&");
	if (url)
		put_url(b, s, len);
	else
		put_text(b, s, len, 1);
}

/*
 * In macro arguments each word is checked on its own, since mdoc looks
 * at words for delimiters and for callable macros, even inside quotes.
 * Quotes are needed only to keep words together in a single argument,
 * or to write an empty one.
 */
static void
escape_arg(struct buf *b, const char *s, size_t len, int flags)
{
	size_t	 i, w;
	int	 url, quote, guard_end;

	/* White space around an argument would trail the macro line. */
	while (len > 0 && (*s == ' ' || *s == '\t' || *s == '\n')) {
		s++;
		len--;
	}
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' ||
	    s[len - 1] == '\n'))
		len--;
	quote = (flags & ROFF_QUOTE) || len == 0;
	if (quote)
		buf_putc(b, '"');
	/*
	 * groff measures a column width with \w and a delimiter of its
	 * own, and warns when the width starts with a character escape.
	 */
	if ((flags & ROFF_QUOTE) && len > 0 &&
	    ((unsigned char)s[0] >= 0x80 || s[0] == '"'))
		buf_puts(b, "\\&");
	url = (flags & ROFF_URL) != 0;
	/*
	 * A trailing delimiter, or the "]" that ends a \[uXXXX] escape,
	 * would be taken for punctuation after the argument.
	 */
	guard_end = len > 0 && (is_delim((unsigned char)s[len - 1]) ||
	    (unsigned char)s[len - 1] >= 0x80);
	for (i = 0; i < len; i = w) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
			buf_putc(b, ' ');
			for (w = i; w < len && (s[w] == ' ' || s[w] == '\t' ||
			    s[w] == '\n'); w++)
				continue;
			continue;
		}
		for (w = i; w < len && s[w] != ' ' && s[w] != '\t' &&
		    s[w] != '\n'; w++)
			continue;
		escape_arg_word(b, s + i, w - i, url);
		/*
		 * groff ends a sentence inside the text of .Lk at a word
		 * such as "Inc.", where mandoc and Info do not: none is
		 * ended there.
		 */
		if ((flags & ROFF_NOEOS) && !(w == len && guard_end) &&
		    inline_looks_like_eos(s + i, w - i))
			buf_puts(b, "\\&");
	}
	if (guard_end)
		buf_puts(b, "\\&");
	if (quote)
		buf_putc(b, '"');
}

void
roff_escape(struct buf *b, const char *s, size_t len, int flags)
{
	if (flags & ROFF_ARG)
		escape_arg(b, s, len, flags);
	else
		escape_text(b, s, len, flags);
}
