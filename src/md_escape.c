/*
 * Escape catalog text for CommonMark and GitHub Flavored Markdown.
 *
 * The characters that can start emphasis, code, links, images, raw
 * HTML, entities, tables or strike-through are escaped wherever they
 * are; those that matter only at the start of a line (headings, lists,
 * block quotes, setext underlines, numbered lists) are escaped there.
 * Line breaks are kept, except in table cells, which cannot hold one.
 * In a link destination only the characters that would end it are
 * escaped.
 */

#include <string.h>

#include "docgen.h"

/*
 * The characters escaped wherever they stand (1), the white space that
 * is not a space (2), and the characters that would end a link
 * destination (4).
 */
static const char special[256] = {
	['\\'] = 1 | 4, ['`'] = 1, ['*'] = 1, ['_'] = 1, ['['] = 1,
	[']'] = 1, ['<'] = 1 | 4, ['>'] = 1 | 4, ['|'] = 1, ['&'] = 1,
	['~'] = 1, ['!'] = 1, ['#'] = 1, ['\n'] = 2, ['\t'] = 2,
	['('] = 4, [')'] = 4, [' '] = 4
};

void
md_escape(struct buf *b, const char *s, size_t len, int cell)
{
	size_t	 i, j;
	int	 bol = 1;
	char	 c;

	for (i = 0; i < len; i++) {
		if (!bol) {
			/* Copy a run of bytes that need nothing in one go. */
			for (j = i; j < len &&
			    !(special[(unsigned char)s[j]] & (1 | 2)); j++)
				continue;
			if (j > i) {
				buf_putn(b, s + i, j - i);
				if ((i = j) == len)
					break;
			}
		}
		c = s[i];
		if (c == '\n' || c == '\t') {
			buf_putc(b, cell || c == '\t' ? ' ' : '\n');
			bol = !cell && c == '\n';
			continue;
		}
		if ((special[(unsigned char)c] & 1) ||
		    (bol && !cell && strchr("-+=", c) != NULL))
			buf_putc(b, '\\');
		else if (bol && !cell && c >= '0' && c <= '9') {
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
md_escape_url(struct buf *b, const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++) {
		if (special[(unsigned char)s[i]] & 4)
			buf_putc(b, '\\');
		buf_putc(b, s[i]);
	}
}
