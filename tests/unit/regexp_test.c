/*
 * Unit tests of the simple regexp matcher (regexp.c): it must take the
 * patterns of its subset, refuse every other one, and answer exactly as
 * regexec() does.  Each pattern is run by both on chosen strings and on
 * thousands of random ones, made from the bytes that matter to it by a
 * fixed-seed generator, so a failure can be reproduced.  Then random
 * patterns, made of the characters that have a meaning in a regexp,
 * are given to both, and every one that both take is run on random
 * strings.
 *
 * The program exits 1 if any check failed and 0 otherwise.
 */

#include <regex.h>
#include <stdio.h>
#include <string.h>

#include "docgen.h"

#define NRANDOM	5000
#define NPATTERNS	100000	/* Random patterns. */
#define NSUBJECTS	40	/* Random strings for each of them. */

struct rcase {
	int		 line;
	const char	*pattern;
	int		 simple;	/* Must sre_compile() take it? */
	const char	*alphabet;	/* Bytes of the random strings. */
};

#define C(pat, simple, alpha)	{ __LINE__, (pat), (simple), (alpha) }

static const struct rcase cases[] = {
	/* The patterns of the catalog. */
	C("^[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]$", 1, "0129-a"),
	C("^https?://[^ ]+$", 1, "hts:/p x\n\t"),
	C("^[A-Za-z][A-Za-z0-9_.-]*\\([1-9][A-Za-z]*\\)$", 1,
	    "aZ09_.-()1 x"),

	/* Anchors, or their absence. */
	C("abc", 1, "abcx"),
	C("^abc", 1, "abcx"),
	C("abc$", 1, "abcx"),
	C("^$", 1, "a\n"),
	C("", 1, "a"),
	C("^a*$", 1, "ab"),
	C("a*", 1, "ab"),
	C("x?$", 1, "xy"),

	/* Repetition: "?", "*", "+", and runs of optional items. */
	C("^a?b?c?d$", 1, "abcd"),
	C("^a*b*a*$", 1, "ab"),
	C("a+b+", 1, "abc"),
	C("^(a)$", 0, "a"),
	C("^x+y*z?$", 1, "xyz"),
	C("^.*$", 1, "a\n\x80\xff"),
	C("a.c", 1, "abc\n"),

	/* Bracket expressions: ranges, negation, ']' and '-' as themselves. */
	C("^[]a-]+$", 1, "]a-b"),
	C("^[]-a]$", 1, "]^_`a-b"),
	C("^[^]-a]*$", 1, "]^_`a-b"),
	C("^[]-]$", 1, "]-a"),
	C("^[a-]]$", 1, "a-]"),
	C("^[^]a]*$", 1, "]ab\n"),
	C("[a-c-]", 1, "abcd-"),
	C("^[^ ]+$", 1, "a \n\t\x80"),
	C("^[^a-z]$", 1, "aA\x80\n"),
	C("[.*+?]", 1, ".*+?a"),

	/* Escaped special characters, and specials that are ordinary. */
	C("^\\.\\*\\+\\?\\[\\]\\(\\)\\{\\}\\|\\^\\$\\\\$", 1, ".*+?[](){}|^$\\"),
	C("a]b", 1, "a]b"),
	C("\xc3\xa9+", 1, "\xc3\xa9"),

	/* Outside the subset: regexec() answers for these. */
	C("a|b", 0, "ab"),
	C("a{2}", 0, "a"),
	C("[[:alpha:]]", 0, "a"),
	C("[[.a.]]", 0, "a"),
	C("[\\]", 0, "\\"),
	C("\\w", 0, "a"),
	C("a^b", 0, "ab"),
	C("a$b", 0, "ab"),
	C("[\xc3\xa9]", 0, "\xc3"),
};

/* Strings every supported pattern is tried on, besides random ones. */
static const char *const fixed[] = {
	"", "a", "2026-11-27", "2026-1-27", "20261-11-27", "2026-11-27\n",
	"https://illumos.org/", "http://x", "https://", "http:// x",
	"https://a b", "ftp://x", "pkg(5)", "pkg(5", "pkg(5)x", "a.b_c-d(1M)",
	"(1)", "x(0)", "abc", "xabcx", "ab\nc", "\n", "]", "-", "a-", "\x80",
};

static unsigned long	 seed = 1;

/* A fixed-seed linear congruential generator, the same on every host. */
static unsigned long
rnd(unsigned long n)
{
	seed = (seed * 1103515245UL + 12345UL) & 0x7fffffffUL;
	return (seed >> 8) % n;
}

static int	 failed;

/* Print a string with the bytes that are not printable ASCII as \xNN. */
static void
show(const char *s)
{
	for (; *s != '\0'; s++)
		printf(*s >= ' ' && *s < 0x7f ? "%c" : "\\x%02x",
		    (unsigned char)*s);
}

static void
compare(const struct rcase *c, regex_t *posix, const struct sre *re,
    const char *s)
{
	int	 want, got;

	want = regexec(posix, s, 0, NULL, 0) == 0;
	got = sre_match(re, s);
	if (want != got) {
		printf("regexp_test.c:%d: /", c->line);
		show(c->pattern);
		printf("/ on \"");
		show(s);
		printf("\": regexec %s, sre_match %s\n", want ? "matches" :
		    "does not match", got ? "matches" : "does not match");
		failed = 1;
	}
}

/*
 * Random patterns of up to 10 bytes from the characters that mean
 * something in a regexp, and random strings to try them on.
 */
static void
random_patterns(void)
{
	/* Groups, bounds and "|" are left out: all of them are refused. */
	static const char pchars[] = "]-[^$.*+?ab\\:\n";
	static const char schars[] = "ab]-[^$.*\n\\";
	struct rcase	 c;
	regex_t		 posix;
	struct sre	*re;
	char		 pat[11], s[16];
	size_t		 i, j, k, n, taken = 0;

	c.line = __LINE__;
	c.simple = 1;
	c.alphabet = schars;
	for (i = 0; i < NPATTERNS; i++) {
		n = 1 + rnd(sizeof(pat) - 1);
		for (k = 0; k < n; k++)
			pat[k] = pchars[rnd(sizeof(pchars) - 1)];
		pat[n] = '\0';
		if ((re = sre_compile(pat, n)) == NULL)
			continue;
		if (regcomp(&posix, pat, REG_EXTENDED | REG_NOSUB) != 0) {
			sre_free(re);
			continue;
		}
		taken++;
		c.pattern = pat;
		for (j = 0; j < NSUBJECTS; j++) {
			n = rnd(sizeof(s));
			for (k = 0; k < n; k++)
				s[k] = schars[rnd(sizeof(schars) - 1)];
			s[n] = '\0';
			compare(&c, &posix, re, s);
		}
		regfree(&posix);
		sre_free(re);
	}
	/* The generator must make enough patterns of the subset. */
	if (taken < NPATTERNS / 10) {
		printf("regexp_test.c:%d: only %zu random patterns taken\n",
		    __LINE__, taken);
		failed = 1;
	}
}

int
main(void)
{
	const struct rcase *c;
	regex_t		 posix;
	struct sre	*re;
	char		 s[16];
	size_t		 i, j, k, n, na;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		c = &cases[i];
		re = sre_compile(c->pattern, strlen(c->pattern));
		if ((re != NULL) != c->simple) {
			printf("regexp_test.c:%d: /%s/ is %s, want %s\n",
			    c->line, c->pattern, re != NULL ? "taken" :
			    "refused", c->simple ? "taken" : "refused");
			failed = 1;
		}
		if (re == NULL)
			continue;
		if (regcomp(&posix, c->pattern, REG_EXTENDED | REG_NOSUB)
		    != 0) {
			printf("regexp_test.c:%d: regcomp refuses /%s/\n",
			    c->line, c->pattern);
			failed = 1;
			sre_free(re);
			continue;
		}
		for (j = 0; j < sizeof(fixed) / sizeof(fixed[0]); j++)
			compare(c, &posix, re, fixed[j]);
		na = strlen(c->alphabet);
		for (j = 0; j < NRANDOM; j++) {
			n = rnd(sizeof(s));
			for (k = 0; k < n; k++)
				s[k] = c->alphabet[rnd(na)];
			s[n] = '\0';
			compare(c, &posix, re, s);
		}
		regfree(&posix);
		sre_free(re);
	}
	random_patterns();
	return failed;
}
