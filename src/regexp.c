/*
 * A matcher for the simple regular expressions that catalogs use in
 * %type declarations, such as /^https?:\/\/[^ ]+$/.  regexec() is
 * general, and it was the largest cost of checking a big catalog; most
 * patterns, though, are a row of single characters and bracket
 * expressions, each perhaps followed by "?", "*" or "+", between
 * optional "^" and "$".  Such a pattern is run here as a set of states
 * kept in the bits of one word, a step per byte of the value.
 *
 * Anything outside that subset (groups, alternation, bounds, character
 * classes, back-references) makes sre_compile() return NULL, and the
 * caller uses regexec() instead.  The caller still gives every pattern
 * to regcomp() first, so syntax errors are reported the usual way.
 * Matching is by bytes, as regexec() does in the C locale, which this
 * program never leaves; tests/unit/regexp_test.c holds the two to the
 * same answers.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "docgen.h"

/* Items of the pattern, and one more bit for "all items matched". */
#define SRE_MAXITEMS	63

struct sre {
	uint64_t	 accept[256];	/* The items each byte can match. */
	uint64_t	 stay;		/* Items that may repeat ("*"). */
	uint64_t	 skip;		/* Items that may be absent ("?", "*"). */
	uint64_t	 start;		/* The states before the first byte. */
	int		 nitems;
	int		 bol;		/* Anchored at the start. */
	int		 eol;		/* Anchored at the end. */
};

/* Add the states reached by skipping optional items. */
static uint64_t
closure(const struct sre *re, uint64_t s)
{
	uint64_t	 t;

	do {
		t = s;
		s |= (s & re->skip) << 1;
	} while (s != t);
	return s;
}

/*
 * Read a bracket expression after its "[" into set; return the byte
 * after its "]", or NULL if it is outside the subset: a class such as
 * [:alpha:], a backslash (literal in POSIX but easy to misread), or a
 * byte past ASCII, whose ranges depend on the locale.  A "]" first is
 * itself, and may start a range, as in "[]-a]".
 */
static const char *
bracket(const char *p, const char *e, unsigned char *set)
{
	const char	*first;
	unsigned char	 lo, hi;
	int		 neg = 0, c;

	memset(set, 0, 256);
	if (p < e && *p == '^') {
		neg = 1;
		p++;
	}
	for (first = p; p < e && (*p != ']' || p == first); ) {
		lo = (unsigned char)*p;
		if (lo == '\\' || lo >= 0x80 || (lo == '[' && p + 1 < e &&
		    strchr(":.=", p[1]) != NULL))
			return NULL;
		hi = lo;
		if (p + 2 < e && p[1] == '-' && p[2] != ']') {
			hi = (unsigned char)p[2];
			if (hi == '\\' || hi == '[' || hi >= 0x80 || hi < lo)
				return NULL;
			p += 2;
		}
		for (c = lo; c <= hi; c++)
			set[c] = 1;
		p++;
	}
	if (p == e)
		return NULL;
	if (neg)
		for (c = 0; c < 256; c++)
			set[c] = !set[c];
	set[0] = 0;	/* A value never holds a NUL. */
	return p + 1;
}

/* Compile len bytes of pattern; NULL if it is outside the subset. */
struct sre *
sre_compile(const char *pat, size_t len)
{
	struct sre	*re;
	const char	*p = pat, *e = pat + len;
	unsigned char	 set[256];
	uint64_t	 bit;
	int		 c, n;

	re = xmalloc(sizeof(*re));
	memset(re, 0, sizeof(*re));
	if (p < e && *p == '^') {
		re->bol = 1;
		p++;
	}
	while (p < e) {
		if (*p == '$' && p + 1 == e) {
			re->eol = 1;
			break;
		}
		switch (*p) {
		case '.':
			memset(set, 1, sizeof(set));
			set[0] = 0;
			p++;
			break;
		case '[':
			if ((p = bracket(p + 1, e, set)) == NULL)
				goto unsupported;
			break;
		case '\\':
			if (p + 1 == e || strchr(".[]\\()*+?{}|^$", p[1]) ==
			    NULL || p[1] == '\0')
				goto unsupported;
			memset(set, 0, sizeof(set));
			set[(unsigned char)p[1]] = 1;
			p += 2;
			break;
		case '(': case ')': case '|': case '{': case '}':
		case '*': case '+': case '?': case '^': case '$':
			goto unsupported;
		default:
			memset(set, 0, sizeof(set));
			set[(unsigned char)*p] = 1;
			p++;
			break;
		}
		/* "x+" is "x" and then "x*": up to two items. */
		n = p < e && *p == '+' ? 2 : 1;
		if (re->nitems + n > SRE_MAXITEMS)
			goto unsupported;
		for (; n > 0; n--) {
			bit = (uint64_t)1 << re->nitems++;
			for (c = 0; c < 256; c++)
				if (set[c])
					re->accept[c] |= bit;
		}
		if (p < e && (*p == '*' || *p == '+' || *p == '?')) {
			/* The last item, the "x*" of "x+", may be absent. */
			bit = (uint64_t)1 << (re->nitems - 1);
			if (*p != '?')
				re->stay |= bit;
			re->skip |= bit;
			p++;
			if (p < e && strchr("*+?{", *p) != NULL)
				goto unsupported;
		}
		if (p < e && *p == '{')
			goto unsupported;
	}
	re->start = closure(re, 1);
	return re;
unsupported:
	free(re);
	return NULL;
}

/* Does the regexp match somewhere in s, as regexec() would say? */
int
sre_match(const struct sre *re, const char *s)
{
	const uint64_t	 done = (uint64_t)1 << re->nitems;
	uint64_t	 st = re->start, m;

	if (!re->eol && (st & done))
		return 1;
	for (; *s != '\0'; s++) {
		m = st & re->accept[(unsigned char)*s];
		st = closure(re, ((m & ~re->stay) << 1) | (m & re->stay));
		if (!re->bol)
			st |= re->start;
		if (!re->eol && (st & done))
			return 1;
		if (st == 0)
			return 0;
	}
	return (st & done) != 0;
}

void
sre_free(struct sre *re)
{
	free(re);
}
