/*
 * Escape catalog text for CommonMark and GitHub Flavored Markdown.
 *
 * The characters that can start emphasis, code, links, images, raw
 * HTML, entities, tables, strike-through, superscripts (lowdown) or
 * attributes (lowdown's "{#id}" after a heading) are escaped wherever
 * they are; those that matter only at the start of a line (headings,
 * lists, block quotes, setext underlines, numbered lists, definitions)
 * are escaped there.  The extensions that find links and emoji in
 * plain text are kept from seeing any: the ':' of "scheme://" and of
 * an ":emoji:" shortcode, the '.' after "www" and the first '.' of the
 * domain after an '@' are escaped, each of them a backslash escape
 * that reads back as the character itself.  ('@' cannot be the one
 * escaped: lowdown prints "\@" as it is.)  Where lowdown misreads an
 * escape in a line of its own (a heading, a table cell, a list item),
 * the character is written as a character reference instead.  Line
 * breaks are kept, except in table cells, which cannot hold one.  In a
 * link destination only the characters that would end it are escaped.
 */

#include <string.h>

#include "docgen.h"

/*
 * The characters escaped wherever they stand (1), the white space that
 * is not a space (2), the characters that would end a link destination
 * (4), and those escaped only where an extension would read them as a
 * link or an emoji (8).
 */
static const char special[256] = {
	['\\'] = 1 | 4, ['`'] = 1, ['*'] = 1, ['_'] = 1, ['['] = 1,
	[']'] = 1, ['<'] = 1 | 4, ['>'] = 1 | 4, ['|'] = 1, ['&'] = 1,
	['~'] = 1, ['!'] = 1, ['#'] = 1, ['^'] = 1, ['{'] = 1,
	['\n'] = 2, ['\t'] = 2, ['('] = 4, [')'] = 4, [' '] = 4,
	[':'] = 8, ['.'] = 8
};

/*
 * Can the byte be part of a name in a link's domain or an emoji
 * shortcode?  Bytes outside ASCII are taken to be letters, as pandoc
 * takes every Unicode letter to be one: escaping a little too often
 * costs nothing.
 */
static int
is_name(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '_' || c == '-' || c >= 0x80;
}

/*
 * Would the ':' at s[i] make a link or an emoji?  It would after a
 * scheme ("http://", and lowdown takes any scheme), and at the start
 * of a shortcode, a run of name characters or '+' closed by another
 * ':'.  At the start of a line, lowdown takes it for a definition.
 */
static int
colon_matters(const char *s, size_t i, size_t len, int bol)
{
	size_t	 j;

	if (bol)
		return 1;
	if (i + 2 < len && s[i + 1] == '/' && s[i + 2] == '/')
		return 1;
	for (j = i + 1; j < len && (is_name((unsigned char)s[j]) ||
	    s[j] == '+'); j++)
		continue;
	return j > i + 1 && j < len && s[j] == ':';
}

/*
 * Would the '.' at s[i] make a link?  It would after "www", in any
 * case, and as the first dot of the domain after an '@', which is
 * what makes an e-mail address of the text around it.
 */
static int
dot_matters(const char *s, size_t i)
{
	size_t	 j;

	if (i >= 3 && (s[i - 3] | 0x20) == 'w' && (s[i - 2] | 0x20) == 'w' &&
	    (s[i - 1] | 0x20) == 'w')
		return 1;
	for (j = i; j > 0 && is_name((unsigned char)s[j - 1]); j--)
		continue;
	return j > 0 && s[j - 1] == '@';
}

/*
 * Escape s, which starts a line where bol is set: in a line of prose
 * after a marked-up word, it does not.
 */
static void
escape(struct buf *b, const char *s, size_t len, int cell, int bol)
{
	unsigned long	 cp;
	size_t		 i, j, ref = len, k = len;
	char		 c;

	/*
	 * lowdown takes a final "{...}" of a heading for attributes, and
	 * a final '#' for a closing sequence, escaped or not, after any
	 * blanks at the end of the line; so in a line of its own the last
	 * '}' or '#' before them, at ref, is a character reference, which
	 * lowdown leaves to the browser and pandoc decodes.
	 */
	while (cell && k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t' ||
	    s[k - 1] == '\n'))
		k--;
	if (cell && k > 0 && (s[k - 1] == '}' || s[k - 1] == '#'))
		ref = k - 1;
	for (i = 0; i < len; i++) {
		if (!bol) {
			/* Copy a run of bytes that need nothing in one go. */
			for (j = i; j < len && j != ref &&
			    !(special[(unsigned char)s[j]] & (1 | 2 | 8)); j++)
				continue;
			if (j > i) {
				buf_putn(b, s + i, j - i);
				if ((i = j) == len)
					break;
			}
		}
		if (i == ref) {
			buf_puts(b, s[i] == '}' ? "&#125;" : "&#35;");
			bol = 0;
			continue;
		}
		c = s[i];
		if (c == '\n' || c == '\t') {
			buf_putc(b, cell || c == '\t' ? ' ' : '\n');
			bol = !cell && c == '\n';
			continue;
		}
		/*
		 * lowdown splits a table row at the "\|" in a link text
		 * that also holds "\]"; it does not at "&#124;".  And it
		 * reads "[%" as the start of a metadata reference, so a
		 * link text must not begin with '%', which it does not
		 * take a backslash before.
		 */
		if (c == '|' && cell) {
			buf_puts(b, "&#124;");
			bol = 0;
			continue;
		}
		if (c == '%' && cell && i == 0) {
			buf_puts(b, "&#37;");
			bol = 0;
			continue;
		}
		if ((special[(unsigned char)c] & 1) ||
		    (bol && !cell && strchr("-+=", c) != NULL) ||
		    (c == ':' && colon_matters(s, i, len, bol && !cell)) ||
		    (c == '.' && dot_matters(s, i))) {
			/*
			 * pandoc puts its input in Normalization Form C
			 * first, which makes "<", ">" or "=" and a U+0338
			 * among the marks after it one character
			 * ("\u226E"), and shows the backslash before it: a
			 * reference keeps them apart, before any mark.
			 */
			if (i + 1 < len && utf8_decode(s + i + 1, len - i - 1,
			    &cp) > 0 && utf8_no_width(cp)) {
				buf_printf(b, "&#%d;", c);
				bol = 0;
				continue;
			}
			buf_putc(b, '\\');
		} else if (bol && !cell && c >= '0' && c <= '9') {
			/* "1." or "1)" at the start of a line is a list. */
			for (j = i; j < len && s[j] >= '0' && s[j] <= '9'; j++)
				continue;
			if (j < len && (s[j] == '.' || s[j] == ')')) {
				buf_putn(b, s + i, j - i);
				buf_putc(b, '\\');
				i = j;
				c = s[j];
			}
		}
		buf_putc(b, c);
		bol = 0;
	}
}

void
md_escape(struct buf *b, const char *s, size_t len, int cell)
{
	escape(b, s, len, cell, 1);
}

/* Escape text that follows other text on its line of prose. */
void
md_escape_after(struct buf *b, const char *s, size_t len)
{
	escape(b, s, len, 0, 0);
}

void
md_escape_url(struct buf *b, const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++) {
		if (special[(unsigned char)s[i]] & 4)
			buf_putc(b, '\\');
		buf_putc(b, s[i]);
	}
}
