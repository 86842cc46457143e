/*
 * Escape catalog text for Texinfo.
 *
 * This is the only place where catalog text meets Texinfo syntax: '@',
 * '{' and '}' are written as commands, so no field can start a command
 * or close a brace; "--" is split with an empty @asis{} so that it does
 * not become a dash, and the ASCII quotes ` and ' are written as the
 * code points they are, since makeinfo would print them as curly
 * quotation marks; a tab is a space, as on a manual page.  A '#' that
 * starts a line, blanks aside, follows an empty @asis{}: makeinfo takes
 * such a line for a line mark of the C preprocessor ("# 42", "#line 7")
 * and drops it without a word.  Arguments
 * of @uref and @xref also need their commas escaped, and node names
 * cannot hold some characters at all.
 */

#include <string.h>

#include "docgen.h"

/*
 * The bytes that escape() changes: 1 always, 2 only in arguments where
 * a comma separates them.
 */
static const unsigned char special[256] = {
	['@'] = 1, ['{'] = 1, ['}'] = 1, ['-'] = 1, ['`'] = 1, ['\''] = 1,
	['\t'] = 1, ['#'] = 1, [','] = 2
};

/*
 * Is s[i] the first character of a line but for blanks, as far as s
 * shows?  The start of s counts as the start of a line: where s follows
 * other text on its line, the escape is harmless.
 */
static int
starts_line(const char *s, size_t i)
{
	while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t'))
		i--;
	return i == 0 || s[i - 1] == '\n';
}

static void
escape(struct buf *b, const char *s, size_t len, int commas)
{
	size_t	 i, k;
	int	 mask = commas ? 3 : 1;

	for (i = 0; i < len; i++) {
		/* Copy a run of bytes that need nothing in one go. */
		for (k = i; k < len && !(special[(unsigned char)s[k]] & mask);
		    k++)
			continue;
		if (k > i) {
			buf_putn(b, s + i, k - i);
			if ((i = k) == len)
				break;
		}
		switch (s[i]) {
		case '@':
			buf_puts(b, "@@");
			break;
		case '{':
			buf_puts(b, "@{");
			break;
		case '}':
			buf_puts(b, "@}");
			break;
		case ',':
			buf_puts(b, commas ? "@comma{}" : ",");
			break;
		case '-':
			buf_putc(b, '-');
			if (i + 1 < len && s[i + 1] == '-')
				buf_puts(b, "@asis{}");
			break;
		case '`':
			buf_puts(b, "@U{0060}");
			break;
		case '\'':
			buf_puts(b, "@U{0027}");
			break;
		case '\t':
			/* As in the other formats; Info would keep the tab. */
			buf_putc(b, ' ');
			break;
		case '#':
			if (starts_line(s, i))
				buf_puts(b, "@asis{}");
			buf_putc(b, '#');
			break;
		default:
			buf_putc(b, s[i]);
			break;
		}
	}
}

void
texi_escape(struct buf *b, const char *s, size_t len)
{
	escape(b, s, len, 0);
}

void
texi_escape_uref(struct buf *b, const char *s, size_t len)
{
	escape(b, s, len, 1);
}

/*
 * A node name: Info cannot have '.', ',', ':', '(' or ')' in one, and
 * Texinfo would parse '@', '{' and '}', so all of these are left out
 * and runs of white space become one space.  Every other character
 * outside ASCII is written as its code point, "U+00E9": makeinfo
 * compares node names after Unicode normalization and takes non-ASCII
 * spaces for white space, so two names that are different bytes could
 * otherwise be one node to it, or a name could be no node name at all.
 * The catalog has made sure that the text is valid UTF-8.
 */
void
texi_slug(struct buf *b, const char *s)
{
	const char *end = s + strlen(s);
	size_t	 start = b->len, n;
	unsigned long cp;
	int	 space = 0;

	while (*s != '\0') {
		if (strchr(".,:()@{}", *s) != NULL) {
			s++;
			continue;
		}
		if (*s == ' ' || *s == '\t' || *s == '\n') {
			space = 1;
			s++;
			continue;
		}
		if (space && b->len > start)
			buf_putc(b, ' ');
		space = 0;
		if ((unsigned char)*s < 0x80) {
			buf_putc(b, *s++);
			continue;
		}
		if ((n = utf8_decode(s, (size_t)(end - s), &cp)) == 0) {
			n = 1;
			cp = (unsigned char)*s;
		}
		buf_puts(b, "U+");
		buf_puthex(b, cp, 4, 1);
		s += n;
	}
}
