/*
 * The inline markup of catalog prose.  A word of prose (a run of
 * characters between blanks) is marked up when, inside any opening
 * "(" or "[" and before any closing ".,:;!?)]", it is a name between
 * backticks: `zoneadm(8)` is a manual page, and `pkg` a command.  A
 * name is a letter or a digit, then letters, digits and "._+-"; the
 * section of a page is a digit from 1 to 9, then letters, as in 3LIB.
 * Every other word, backticks and all, is text, so that no catalog
 * text can fail to read as it was written.  The writers share this
 * one reading of a word, and each marks up what it finds in its own
 * language.
 */

#include <string.h>

#include "docgen.h"

static int
is_alnum(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

static int
is_letter(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int
inline_span(const char *w, size_t len, struct span *sp)
{
	size_t	 i = 0, end = len, j, k;

	while (i < len && (w[i] == '(' || w[i] == '['))
		i++;
	while (end > i && w[end - 1] != '\0' &&
	    strchr(".,:;!?)]", w[end - 1]) != NULL)
		end--;
	if (end - i < 3 || w[i] != '`' || w[end - 1] != '`' ||
	    !is_alnum((unsigned char)w[i + 1]))
		return 0;
	for (j = i + 1; j < end - 1 && (is_alnum((unsigned char)w[j]) ||
	    (w[j] != '\0' && strchr("._+-", w[j]) != NULL)); j++)
		continue;
	sp->pre = i;
	sp->name = i + 1;
	sp->namelen = j - (i + 1);
	sp->sect = sp->sectlen = 0;
	sp->post = end;
	if (j == end - 1) {
		sp->kind = SPAN_COMMAND;
		return 1;
	}
	/* The rest must be "(SECTION)" and the closing backtick. */
	if (w[j] != '(' || j + 3 >= end || w[j + 1] < '1' || w[j + 1] > '9')
		return 0;
	for (k = j + 2; k < end - 2 && is_letter((unsigned char)w[k]); k++)
		continue;
	if (k != end - 2 || w[k] != ')')
		return 0;
	sp->kind = SPAN_MANPAGE;
	sp->sect = j + 1;
	sp->sectlen = k - (j + 1);
	return 1;
}

/*
 * Where the next word of s (of len bytes) from *at starts and ends;
 * the blanks before it are skipped.  Returns 0 when no word is left.
 */
int
inline_word(const char *s, size_t len, size_t *at, size_t *start)
{
	size_t	 i = *at;

	while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
		i++;
	if (i == len)
		return 0;
	*start = i;
	while (i < len && s[i] != ' ' && s[i] != '\t' && s[i] != '\n')
		i++;
	*at = i;
	return 1;
}

/* The link of a manual page on illumos.org, the home of its pages. */
void
inline_manpage_url(struct buf *b, const char *w, const struct span *sp)
{
	buf_puts(b, MANPAGE_SITE);
	buf_putn(b, w + sp->sect, sp->sectlen);
	buf_putc(b, '/');
	buf_putn(b, w + sp->name, sp->namelen);
}

/*
 * Is the page one of this package's own?  Those are not on illumos.org,
 * so the writers do not link them there.
 */
int
inline_own_page(const char *w, const struct span *sp)
{
	size_t	 k;

	for (k = 0; k < PAGE__COUNT; k++)
		if (strlen(catalog_pages[k]) == sp->namelen &&
		    strncmp(catalog_pages[k], w + sp->name, sp->namelen) == 0)
			return 1;
	return 0;
}

static int
is_eos_char(int c)
{
	return c == '.' || c == '!' || c == '?';
}

static int
is_close(int c)
{
	return c == ')' || c == ']' || c == '"' || c == '\'';
}

/*
 * Does this word end a sentence?  Every writer puts a sentence's end
 * where this says, and no other.  It must end in '.', '!' or '?',
 * perhaps followed by closing punctuation that mandoc and makeinfo
 * both know (')', ']', '"' and '\''), after a letter or a digit, as
 * mandoc wants; and the word before the punctuation must have at least
 * two letters or digits and not be a common abbreviation.  So "e.g.",
 * "J." and "50%." do not end one, and "cat." and "x86." do.  A
 * character beyond ASCII counts as one letter, by its first byte.
 */
int
inline_ends_sentence(const char *w, size_t len)
{
	static const char *const abbrev[] = {
		"e.g", "i.e", "etc", "vs", "cf", "Inc", "Ltd", "Co", "Corp",
		"Dr", "Mr", "Mrs", "Ms", "No", "Jr", "Sr", "St", NULL
	};
	const char *const *a;
	size_t	 end = len, start, letters = 0, i;

	while (end > 0 && is_close((unsigned char)w[end - 1]))
		end--;
	if (end == 0 || !is_eos_char((unsigned char)w[end - 1]))
		return 0;
	while (end > 0 && is_eos_char((unsigned char)w[end - 1]))
		end--;
	/*
	 * mandoc ends a sentence only where a letter or a digit comes
	 * before the whole run of ends and closers, as in "(KVM).".
	 */
	for (i = end; i > 0 && (is_close((unsigned char)w[i - 1]) ||
	    is_eos_char((unsigned char)w[i - 1])); i--)
		continue;
	if (i == 0 || !(is_alnum((unsigned char)w[i - 1]) ||
	    (unsigned char)w[i - 1] >= 0x80))
		return 0;
	for (start = 0; start < end && strchr("([\"'",
	    w[start]) != NULL; start++)
		continue;
	for (a = abbrev; *a != NULL; a++)
		if (strlen(*a) == end - start &&
		    strncmp(*a, w + start, end - start) == 0)
			return 0;
	for (i = start; i < end; i++)
		if ((w[i] >= 'a' && w[i] <= 'z') ||
		    (w[i] >= 'A' && w[i] <= 'Z') ||
		    (w[i] >= '0' && w[i] <= '9') ||
		    (unsigned char)w[i] >= 0xc0)
			letters++;
	return letters >= 2;
}

/*
 * The length of a closer of groff's at the end of w[0..len), or 0:
 * groff lets '*' and the closing quotes and daggers of Unicode (U+2019,
 * U+201D, U+2020, U+2021) follow the end of a sentence too, where
 * mandoc and makeinfo do not.
 */
static size_t
groff_close(const char *w, size_t len)
{
	const unsigned char *u = (const unsigned char *)w + len;

	if (len > 0 && (is_close(u[-1]) || u[-1] == '*'))
		return 1;
	if (len >= 3 && u[-3] == 0xe2 && u[-2] == 0x80 &&
	    (u[-1] == 0x99 || u[-1] == 0x9d || u[-1] == 0xa0 || u[-1] == 0xa1))
		return 3;
	return 0;
}

/*
 * Does the word end in punctuation that groff would take as an end?
 * Such a word that ends no sentence needs a mark saying so.
 */
int
inline_looks_like_eos(const char *w, size_t len)
{
	size_t	 n;

	while ((n = groff_close(w, len)) > 0)
		len -= n;
	return len > 0 && is_eos_char((unsigned char)w[len - 1]);
}
