/*
 * Escape catalog text for roff and mdoc.
 *
 * This is the only place where catalog text meets roff syntax, so that
 * no field can ever become a request or a macro: a backslash becomes
 * \e, a leading '.' or '\'' is guarded by \&, a double quote in an
 * argument becomes \(dq, words that mdoc would call as macros or treat
 * as delimiters are guarded by \&, and everything outside ASCII is
 * written as a \[uXXXX] escape, which mandoc and groff read alike.
 * A long link is given places where a line may break (\:), which both
 * read too, and which neither shows nor puts into the link itself.
 */

#include <stdlib.h>
#include <string.h>

#include "docgen.h"

/*
 * A link of more characters than this may not fit on a line where the
 * pages put one: 80 columns less the indent of a tagged list, the
 * widest being some 21.  groff -ww warns of a line it cannot break, and
 * a link would run past the right margin, so a longer link may break
 * after each single '/' (not in the "//" after the scheme) and after
 * '?', '&' and '#', and at least every URL_FIT characters.  A shorter
 * one is left whole, so that a line ends before it rather than within
 * it.
 */
#define URL_FIT	40

/* Characters that mdoc treats as delimiters when they stand alone. */
static int
is_delim(int c)
{
	return c != '\0' && strchr("([|.,:;)]?!", c) != NULL;
}

static int
is_upper(int c)
{
	return c >= 'A' && c <= 'Z';
}

static int
is_alpha(int c)
{
	return is_upper(c) || (c >= 'a' && c <= 'z');
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
 * own, and that mandoc asks for when it meets them in plain text: if s
 * starts with one, not followed by a letter, its macro, with the
 * length of the name in *n; otherwise NULL.  The one list of them: the
 * escaping splits such a name where it cannot be a macro, and the
 * filler of mdoc_line.c writes it as its macro where it can.
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
		l = strlen(os[i].name);
		if (len >= l && strncmp(s, os[i].name, l) == 0 &&
		    (len == l || !is_alpha((unsigned char)s[l]))) {
			*n = l;
			return os[i].macro;
		}
	}
	return NULL;
}

static int
is_os_name(const char *s, size_t len)
{
	size_t	 n;

	return roff_os_name(s, len, &n) != NULL;
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
 * Can the byte at s[i] of text be copied as it is?  Printable ASCII can,
 * but for a backslash, a hyphen that starts "--", and the first letter
 * of an operating system name that needs splitting.
 */
static int
plain(const char *s, size_t i, size_t len)
{
	unsigned char	 c = (unsigned char)s[i];

	if (c < 0x20 || c >= 0x7f || c == '\\')
		return 0;
	if (c == '-')
		return i + 1 == len || s[i + 1] != '-';
	if ((c == 'D' || c == 'F' || c == 'N' || c == 'O') &&
	    (i == 0 || !is_alpha((unsigned char)s[i - 1])))
		return 0;
	return 1;
}

/*
 * Write the character of the UTF-8 sequence at s as \[uXXXX].  The
 * catalog has been checked, so the sequence is well-formed; a byte that
 * is not would be written as the code point of its value, alone.
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
	buf_printf(b, "\\[u%04lX]", cp);
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
 * Write a word of a long link, with a break point (\:) where a line
 * may end; never at the end of the word, where the line may end anyway.
 */
static void
put_url(struct buf *b, const char *s, size_t len)
{
	size_t	 i = 0, run = 0;
	char	 c;

	while (i < len) {
		c = s[i];
		i += put_char(b, s + i, len - i, 1);
		run++;
		if (i == len)
			break;
		/* Not in or just after the "//" of "https://". */
		if ((c == '/' && s[i] != '/' && (i < 2 || s[i - 2] != '/')) ||
		    c == '?' || c == '&' || c == '#' || run >= URL_FIT) {
			buf_puts(b, "\\:");
			run = 0;
		}
	}
}

/* Text on a text line: only a leading control character and names. */
static void
escape_text(struct buf *b, const char *s, size_t len, int flags)
{
	size_t	 i, w;

	if ((flags & ROFF_LINESTART) && len > 0 &&
	    (s[0] == '.' || s[0] == '\''))
		buf_puts(b, "\\&");
	for (i = 0; i < len; ) {
		/* Copy a run of plain characters in one go. */
		for (w = i; w < len && plain(s, w, len); w++)
			continue;
		if (w > i) {
			buf_putn(b, s + i, w - i);
			i = w;
			continue;
		}
		if ((i == 0 || !is_alpha((unsigned char)s[i - 1])) &&
		    is_os_name(s + i, len - i)) {
			/* Split it, so mdoc does not ask for .Nx. */
			buf_putc(b, s[i++]);
			buf_puts(b, "\\&");
			continue;
		}
		i += put_char(b, s + i, len - i, 0);
	}
}

/* One word of a macro argument, guarded if mdoc would take it for more. */
static void
escape_arg_word(struct buf *b, const char *s, size_t len, int url)
{
	size_t	 i, k;

	if (only_delims(s, len) || looks_like_macro(s, len))
		buf_puts(b, "\\&");
	if (url) {
		put_url(b, s, len);
		return;
	}
	for (i = 0; i < len; ) {
		/* Copy a run of bytes that need nothing in one go. */
		for (k = i; k < len && (unsigned char)s[k] < 0x80 &&
		    s[k] != '\\' && s[k] != '"' && s[k] != '-'; k++)
			continue;
		if (k > i) {
			buf_putn(b, s + i, k - i);
			i = k;
		} else
			i += put_char(b, s + i, len - i, 1);
	}
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
	int	 url, quote;

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
	url = (flags & ROFF_URL) && utf8_nchars(s, len) > URL_FIT;
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
	}
	/*
	 * A trailing delimiter, or the "]" that ends a \[uXXXX] escape,
	 * would be taken for punctuation after the argument.
	 */
	if (len > 0 && (is_delim((unsigned char)s[len - 1]) ||
	    (unsigned char)s[len - 1] >= 0x80))
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
