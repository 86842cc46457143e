/*
 * Check a record file against its own record descriptors, the way
 * "recfix --check" does, for the subset of descriptors that we support:
 * %rec, %key, %mandatory, %allowed, %unique, %type (line, bool, enum and
 * regexp) and %doc.  Any other special field is outside the subset and
 * is reported as unsupported, so that a maintainer never wonders whether
 * a constraint was silently ignored.
 */

#include <regex.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docgen.h"

enum tkind {
	T_NONE,
	T_LINE,
	T_BOOL,
	T_ENUM,
	T_REGEXP
};

struct ftype {
	char		*field;
	enum tkind	 kind;
	char		**values;	/* For T_ENUM, in order, */
	size_t		 nvalues;
	struct strset	 valueset;	/* ... and to look up. */
	regex_t		 re;		/* For T_REGEXP. */
	int		 have_re;
	size_t		 same_as;	/* The index + 1 in the set's types */
					/* ... of the one whose definition */
					/* ... this shares, or 0. */
};

struct rset {
	char		*name;
	const struct record *desc;
	char		*key;
	struct words {
		char	**v;
		size_t	  n;
	} mandatory, allowed, unique;
	int		 have_allowed;
	struct ftype	*types;
	size_t		 ntypes;
};

/* The largest repetition count a regexp may ask for, as in POSIX. */
#define RE_MAXBOUND	255
/* The deepest nesting of groups a regexp may have. */
#define RE_MAXDEPTH	16
/*
 * The longest regexp, as recfix reads it: recfix 1.9 overflows a
 * buffer on the stack and aborts on a longer one, so its verdict on
 * the catalog could not be had.
 */
#define RE_MAXLEN	200
/*
 * The most bytes a regexp may come to as regcomp() is given it, with
 * its {n,m} repetition written out n or m times, as regcomp() does.
 * The automata of regcomp() and regexec() grow with the square of it,
 * so this keeps their memory to a few megabytes; a regexp that tells
 * one line of a catalog from another is a few dozen bytes.
 */
#define RE_MAXSIZE	2048
/* The most alternatives, each "|" one more, a regexp may have. */
#define RE_MAXALT	32
/* The most regexp types that one file may define. */
#define RE_MAXTYPES	64
/*
 * The most bracket expressions and "." that a regexp may have after
 * its first repetition of a varying count ("*", "+", "?", "{n,}" or
 * "{n,m}" with n < m), or anywhere if it does not start with "^", with
 * {n,m} written out; a character in a group, or in a pattern with
 * alternatives, counts as one too, as "(a|b)" matches what "[ab]"
 * does.  After such a repetition, each of them may or may not be in
 * play at a byte of the value, and the automaton of regexec()
 * takes a state for each set of them that the value meets: a value
 * of random letters against "^[ab]*a[ab]{20}$" made a state of nearly
 * every byte, some kilobytes each.  Twelve keep the states to a few
 * thousand; a catalog's patterns need two or three.
 */
#define RE_MAXCLASSES	12
/*
 * The states of the automata of all the regexps of a file, counted as
 * 2 to the power of each one's brackets and dots after its first
 * varying repetition: regexec() keeps the states it has made until the
 * regexp is freed, each some kilobytes, so 64 regexps at the limit of
 * one would take gigabytes.  Together they may have as many as one
 * regexp at RE_MAXCLASSES, which takes some 90 MB at most.
 */
#define RE_MAXSTATES	((size_t)1 << RE_MAXCLASSES)

/*
 * Any one character of UTF-8 that is not ASCII, as bytes.  The values
 * are valid UTF-8 (rec.c sees to it), so the lead byte tells the length
 * and no finer check is needed.
 */
#define RE_UTF8 "[\xc0-\xdf][\x80-\xbf]|" \
	"[\xe0-\xef][\x80-\xbf][\x80-\xbf]|" \
	"[\xf0-\xf7][\x80-\xbf][\x80-\xbf][\x80-\xbf]"

/*
 * The state of the reading of a regexp: what is refused, and the
 * pattern written for regcomp(), which runs in the C locale and so sees
 * bytes, where recfix in a UTF-8 locale sees characters.
 */
struct rescan {
	const char	*why;		/* What is refused, once it is. */
	struct buf	 out;		/* The pattern as regcomp() gets it. */
	size_t		 item;		/* Where in out the last item starts. */
	size_t		 extra;		/* The bytes its repetition adds. */
	size_t		 nalt;		/* The number of "|". */
	size_t		 nclass;	/* Brackets and "." so far, */
	size_t		 item_class;	/* ... before the last item, */
	size_t		 tail;		/* ... and before the first */
	int		 unbounded;	/* ... unbounded repetition. */
	size_t		 open_class[RE_MAXDEPTH + 1];
	int		 alternation;	/* Every character counts as one. */
	int		 branch;	/* At the start of an alternative */
	int		 anywhere;	/* ... that may start anywhere. */
	int		 empty;		/* Nothing yet to repeat. */
	int		 repeated;	/* The last item was a repetition. */
	int		 bounded;	/* A {n,m} was seen. */
	int		 closed;	/* The last item was a group. */
	int		 depth;
	int		 inner[RE_MAXDEPTH + 1];	/* A group repeats. */
	int		 alts[RE_MAXDEPTH + 1];	/* It has a "|". */
	size_t		 open[RE_MAXDEPTH + 1];	/* Where it starts in out. */
};

struct rules;

/* The regexp types compiled so far in the file being checked, */
static size_t	 nregexps;
/* ... and the states their automata may take (RE_MAXSTATES). */
static size_t	 nstates;

static void	 vdiag_at(const struct recfile *, const struct field *,
		    size_t, const char *, va_list);
static void	 diag_at(const struct recfile *, const struct field *,
		    size_t, const char *, ...) PRINTFLIKE(4, 5);
static int	 type_error(const struct recfile *, const struct field *,
		    const char *, int, const char *, ...) PRINTFLIKE(5, 6);
static void	 words_add(struct words *, const char *, size_t);
static void	 words_free(struct words *);
static int	 is_ident(const char *, size_t);
static int	 is_other_name(const char *, size_t);
static int	 parse_names(struct words *, const struct recfile *,
		    const struct field *, const char *, size_t, int);
static int	 parse_list(struct words *, const struct recfile *,
		    const struct field *);
static int	 re_class_ok(const char *, const char *);
static const char *re_element(struct rescan *, const char *, const char *);
static const char *re_bracket(struct rescan *, const char *, const char *);
static void	 re_count_from(struct rescan *, size_t);
static void	 re_unbounded(struct rescan *);
static const char *re_branch(struct rescan *, const char *, const char *);
static const char *re_bound(struct rescan *, const char *, const char *);
static const char *re_escape(struct rescan *, const char *, const char *);
static const char *re_atom(struct rescan *, const char *, const char *);
static const char *re_item(struct rescan *, const char *, const char *);
static const char *regexp_translate(struct rescan *, const char *, size_t);
static int	 is_enum_value(const char *, size_t);
static void	 type_free(struct ftype *);
static int	 build_enum(struct ftype *, const struct recfile *,
		    const struct field *, const char *, const char *, int);
static int	 build_regexp(struct ftype *, const struct recfile *,
		    const struct field *, const char *, const char *, int);
static int	 build_type(struct ftype *, const struct recfile *,
		    const struct field *, size_t, int);
static int	 parse_type(struct rset *, const struct recfile *,
		    const struct field *);
static int	 special_rec(struct rset *, const struct recfile *,
		    const struct field *);
static int	 special_key(struct rset *, const struct recfile *,
		    const struct field *);
static int	 special_mandatory(struct rset *, const struct recfile *,
		    const struct field *);
static int	 special_allowed(struct rset *, const struct recfile *,
		    const struct field *);
static int	 special_unique(struct rset *, const struct recfile *,
		    const struct field *);
static int	 special_doc(struct rset *, const struct recfile *,
		    const struct field *);
static int	 parse_desc(struct rset *, const struct recfile *,
		    const struct record *);
static void	 rset_free(struct rset *);
static int	 same_word(const char *, const char *);
static int	 enum_has(const struct ftype *, const char *);
static int	 check_value(const struct ftype *, const struct recfile *,
		    const struct field *);
static void	 rules_init(struct rules *, const struct recfile *);
static void	 rules_make(struct rules *, const struct rset *,
		    const struct recfile *);
static void	 rules_learn(struct rules *, const struct rset *,
		    const struct field *);
static void	 rules_unmake(struct rules *);
static void	 rules_free(struct rules *);
static int	 check_fields(const struct rset *, const struct recfile *,
		    const struct record *, struct rules *);
static int	 check_record(const struct rset *, const struct recfile *,
		    const struct record *, struct rules *, struct strset *);
static int	 check_records(const struct rset *, const struct recfile *,
		    const struct record *, size_t, struct rules *);

/*
 * The types of %type, as in GNU recutils; those with kind T_NONE are
 * known to recutils and not supported here.  A supported type with
 * arguments has a function to read them, which is given the type's
 * name and the text after it.  recfix knows a type without arguments
 * only by its whole name ("boolean" is no type), but reads the name of
 * one with arguments as far as it is one ("enumx" is "enum x").
 */
static const struct typedesc {
	const char	*name;
	enum tkind	 kind;
	int		 args;
	int		(*build)(struct ftype *, const struct recfile *,
			    const struct field *, const char *, const char *,
			    int);
} typedescs[] = {
	{ "line",	T_LINE,		0,	NULL },
	{ "bool",	T_BOOL,		0,	NULL },
	{ "enum",	T_ENUM,		1,	build_enum },
	{ "regexp",	T_REGEXP,	1,	build_regexp },
	{ "int",	T_NONE,		0,	NULL },
	{ "real",	T_NONE,		0,	NULL },
	{ "range",	T_NONE,		1,	NULL },
	{ "size",	T_NONE,		1,	NULL },
	{ "date",	T_NONE,		0,	NULL },
	{ "email",	T_NONE,		0,	NULL },
	{ "uuid",	T_NONE,		0,	NULL },
	{ "field",	T_NONE,		0,	NULL },
	{ "rec",	T_NONE,		1,	NULL }
};

/*
 * The special fields of a record descriptor, as in GNU recutils; those
 * without a function are known to recutils and not supported here.
 */
static const struct special {
	const char	*name;
	int		(*parse)(struct rset *, const struct recfile *,
			    const struct field *);
} specials[] = {
	{ "%rec",		special_rec },
	{ "%key",		special_key },
	{ "%mandatory",		special_mandatory },
	{ "%allowed",		special_allowed },
	{ "%unique",		special_unique },
	{ "%type",		parse_type },
	{ "%doc",		special_doc },
	{ "%auto",		NULL },
	{ "%confidential",	NULL },
	{ "%constraint",	NULL },
	{ "%prohibit",		NULL },
	{ "%singular",		NULL },
	{ "%size",		NULL },
	{ "%sort",		NULL },
	{ "%typedef",		NULL }
};

/*
 * An error at byte off of a field's value, which may span lines.  Its
 * place is found only if it is printed: one value may hold a mistake
 * at every other byte.
 */
static void
vdiag_at(const struct recfile *rf, const struct field *f, size_t off,
    const char *fmt, va_list ap)
{
	size_t	 line = f->line, col = f->vcol;

	if (!diag_full())
		rec_pos(rf, f, off, &line, &col);
	vdiag(DIAG_ERROR, rf->fname, line, col, fmt, ap);
}

static void
diag_at(const struct recfile *rf, const struct field *f, size_t off,
    const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vdiag_at(rf, f, off, fmt, ap);
	va_end(ap);
}

/*
 * An error in a %type declaration at the byte at of the field's value,
 * reported only when loud is set, so that a declaration naming several
 * fields is diagnosed once.  Returns the number of errors, 1.
 */
static int
type_error(const struct recfile *rf, const struct field *f, const char *at,
    int loud, const char *fmt, ...)
{
	va_list	 ap;

	if (loud) {
		va_start(ap, fmt);
		vdiag_at(rf, f, (size_t)(at - f->value), fmt, ap);
		va_end(ap);
	}
	return 1;
}

static void
words_add(struct words *w, const char *s, size_t len)
{
	w->v = xmore(w->v, w->n, sizeof(*w->v));
	w->v[w->n++] = xstrndup(s, len);
}

static void
words_free(struct words *w)
{
	size_t	 i;

	for (i = 0; i < w->n; i++)
		free(w->v[i]);
	free(w->v);
}

static int
is_ident(const char *s, size_t len)
{
	size_t	 i;

	if (len == 0 || !((s[0] >= 'A' && s[0] <= 'Z') ||
	    (s[0] >= 'a' && s[0] <= 'z')))
		return 0;
	for (i = 1; i < len; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') ||
		    (s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
			return 0;
	return 1;
}

/*
 * Is the word of len bytes at s a name that recfix takes in some lists
 * and this program does not: a special one such as "%rec", or one with
 * a subname, "Name.Sub"?
 */
static int
is_other_name(const char *s, size_t len)
{
	const char	*dot;

	if (len > 1 && s[0] == '%')
		return is_ident(s + 1, len - 1);
	if ((dot = memchr(s, '.', len)) == NULL)
		return 0;
	return is_ident(s, (size_t)(dot - s)) &&
	    is_ident(dot + 1, len - (size_t)(dot + 1 - s));
}

/*
 * Split a list of field names, separated by blanks, or by commas in
 * %type, into w, reporting names that are not identifiers.  Between
 * commas, as before the first and after the last, recfix wants a name.
 */
static int
parse_names(struct words *w, const struct recfile *rf, const struct field *f,
    const char *s, size_t len, int commas)
{
	size_t	 i = 0, j;
	int	 nerr = 0;

	while (i < len && rec_blank((unsigned char)s[i]))
		i++;
	while (i < len) {
		for (j = i; j < len && !rec_blank((unsigned char)s[j]) &&
		    !(commas && s[j] == ','); j++)
			continue;
		if (j == i) {
			diag_at(rf, f, i, "empty field name in the list of %s",
			    f->name);
			nerr++;
		} else if (is_ident(s + i, j - i))
			words_add(w, s + i, j - i);
		else {
			diag_at(rf, f, i, is_other_name(s + i, j - i) ?
			    "unsupported: '%.*s' in %s (a special field name, "
			    "or one with a subname)" :
			    "'%.*s' in %s is not a field name",
			    (int)(j - i), s + i, f->name);
			nerr++;
		}
		i = j;
		if (commas && i < len && s[i] == ',' && ++i == len) {
			diag_at(rf, f, i, "empty field name in the list of %s",
			    f->name);
			nerr++;
		}
		while (i < len && rec_blank((unsigned char)s[i]))
			i++;
	}
	return nerr;
}

/*
 * A list of field names that must name at least one, as recfix wants
 * of %allowed, %mandatory and %unique.
 */
static int
parse_list(struct words *w, const struct recfile *rf, const struct field *f)
{
	size_t	 before = w->n;
	int	 nerr;

	nerr = parse_names(w, rf, f, f->value, strlen(f->value), 0);
	if (nerr == 0 && w->n == before) {
		diag(DIAG_ERROR, rf->fname, f->line, f->vcol,
		    "%s names no field", f->name);
		nerr++;
	}
	return nerr;
}

/*
 * The class names of a bracket expression that mean the same in every
 * locale: the others, such as [:alpha:], hold letters beyond ASCII in a
 * UTF-8 locale, and regcomp() here knows only the C locale.
 */
static int
re_class_ok(const char *q, const char *end)
{
	static const char *const ok[] = { "[:digit:]", "[:xdigit:]" };
	size_t	 i, len;

	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		len = strlen(ok[i]);
		if ((size_t)(end - q) >= len && memcmp(q, ok[i], len) == 0)
			return 1;
	}
	return 0;
}

/*
 * Read one element of a bracket expression at q: a character, or a
 * class that "[:" opens and the next "]" ends.  Returns the byte after
 * it, or NULL with s->why set if it is refused.
 */
static const char *
re_element(struct rescan *s, const char *q, const char *end)
{
	if ((unsigned char)*q >= 0x80) {
		s->why = "a character beyond ASCII in a bracket expression";
		return NULL;
	}
	if (*q != '[' || q + 1 >= end || strchr(":.=", q[1]) == NULL)
		return q + 1;
	if (q[1] != ':' || !re_class_ok(q, end)) {
		s->why = "a class or collating element whose meaning depends "
		    "on the locale";
		return NULL;
	}
	q = memchr(q + 2, ']', (size_t)(end - q - 2));
	return q == NULL ? end : q + 1;
}

/*
 * Read a bracket expression at p, its "[": a "]" first is one of its
 * characters, and so is a "-" first or last, where it ends no range.
 * A bracket left open is passed on whole, for regcomp() to reject.  A
 * negated bracket must match a whole character beyond ASCII, as it
 * does in a UTF-8 locale, and not one byte of it, so those are added as
 * alternatives, and the bytes that start them are added to the bracket
 * before its last "-" if that is a character of its own.  Returns the
 * byte after it, or NULL with s->why set if it is refused.
 */
static const char *
re_bracket(struct rescan *s, const char *p, const char *end)
{
	const char	*q = p + 1, *body, *elem, *dash = NULL;
	int		 neg = 0;

	if (q < end && *q == '^') {
		neg = 1;
		q++;
	}
	body = q;
	while (q < end && (*q != ']' || q == body)) {
		elem = q;
		if ((q = re_element(s, q, end)) == NULL)
			return NULL;
		dash = *elem == '-' && q == elem + 1 ? elem : NULL;
		if (q + 1 < end && *q == '-' && q[1] != ']') {
			if ((q = re_element(s, q + 1, end)) == NULL)
				return NULL;
			dash = NULL;
		}
	}
	if (q >= end) {
		buf_putn(&s->out, p, (size_t)(end - p));
		return end;
	}
	if (!neg) {
		buf_putn(&s->out, p, (size_t)(q + 1 - p));
		return q + 1;
	}
	if (dash == NULL)
		dash = q;
	buf_puts(&s->out, "(");
	buf_putn(&s->out, p, (size_t)(dash - p));
	buf_puts(&s->out, "\x80-\xff");
	buf_putn(&s->out, dash, (size_t)(q + 1 - dash));
	buf_puts(&s->out, "|" RE_UTF8 ")");
	return q + 1;
}

/*
 * The first place where the match may have come a varying way: from
 * there on, the brackets and dots count against RE_MAXCLASSES.  It is
 * the start of an alternative that may match anywhere, the end of a
 * group of alternatives, which may differ in length, or a repetition
 * that matches a varying number of times ("*", "+", "?", "{n,}" or
 * "{n,m}" with n < m), whose item counts too, as it stays in play all
 * along.
 */
static void
re_count_from(struct rescan *s, size_t nclass)
{
	if (!s->unbounded) {
		s->unbounded = 1;
		s->tail = nclass;
	}
}

static void
re_unbounded(struct rescan *s)
{
	re_count_from(s, s->item_class);
}

/*
 * Read a {n,m} repetition at p; return the byte after it, or NULL
 * with s->why set if it is refused.  regcomp() writes the item out
 * once for each count, so the item's bytes count that many times.
 */
static const char *
re_bound(struct rescan *s, const char *p, const char *end)
{
	const char	*q;
	long		 n, least = -1, most = 1;

	if (s->repeated) {
		s->why = "a repetition of a repetition";
		return NULL;
	}
	/*
	 * recfix, through glibc, reads "{,m}" as "{0,m}", and so does the
	 * pattern written out below, for C libraries that take "{,m}" for
	 * an error, as POSIX allows.
	 */
	if (p + 1 < end && p[1] == ',')
		least = 0;
	for (q = p + 1; q < end && *q != '}'; q++) {
		if (*q < '0' || *q > '9')
			continue;
		for (n = 0; q < end && *q >= '0' && *q <= '9'; q++)
			if ((n = n * 10 + (*q - '0')) > RE_MAXBOUND) {
				s->why = "a repetition count over 255";
				return NULL;
			}
		if (least < 0)
			least = n;
		if (n > most)
			most = n;
		q--;
	}
	if (least < 0)
		least = most;
	if (s->bounded) {
		s->why = "more than one {n,m} repetition";
		return NULL;
	}
	s->bounded = 1;
	s->repeated = 1;
	s->extra = (s->out.len - s->item) * (size_t)(most - 1);
	s->nclass += (s->nclass - s->item_class) * (size_t)(most - 1);
	/* "{n,}" and "{n,m}" with n < m match a varying number. */
	if (least < most || (q >= p + 2 && q[-1] == ','))
		re_unbounded(s);
	q = q < end ? q + 1 : end;
	buf_putc(&s->out, '{');
	if (p + 1 < end && p[1] == ',')
		buf_putc(&s->out, '0');
	buf_putn(&s->out, p + 1, (size_t)(q - p - 1));
	return q;
}

/*
 * Read an escape at p, its backslash.  POSIX gives meaning only to an
 * escaped special character; glibc reads the rest as back-references,
 * whose matching takes time exponential in their number, or as GNU
 * classes and anchors, whose meaning depends on the locale.
 */
static const char *
re_escape(struct rescan *s, const char *p, const char *end)
{
	unsigned char	 c;

	if (p + 1 >= end) {
		buf_putc(&s->out, '\\');
		return end;
	}
	c = (unsigned char)p[1];
	if (s->alternation || s->depth > 0)
		s->nclass++;
	if (c >= '1' && c <= '9')
		s->why = "a back-reference";
	else if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'A' &&
	    c <= 'Z') || (c >= 'a' && c <= 'z') || strchr("<>`'", c) != NULL)
		s->why = "a GNU escape, or an escaped letter or digit,";
	if (s->why != NULL)
		return NULL;
	buf_putn(&s->out, p, 2);
	return p + 2;
}

/*
 * Read one character or group bracket of a regexp at p: return the
 * byte after it.  "." matches a whole character, and a character
 * beyond ASCII is a group, so that a repetition after it repeats the
 * character and not its last byte.
 */
static const char *
re_atom(struct rescan *s, const char *p, const char *end)
{
	unsigned char	 c = (unsigned char)*p;
	size_t		 n;

	switch (c) {
	case '(':
		if (s->depth == RE_MAXDEPTH) {
			s->why = "groups nested too deep";
			return NULL;
		}
		s->inner[++s->depth] = 0;
		s->alts[s->depth] = 0;
		s->open[s->depth] = s->out.len;
		s->open_class[s->depth] = s->nclass;
		s->empty = 1;
		break;
	case ')':
		/* glibc takes a ")" without its "(" as a character. */
		if (s->depth == 0) {
			s->why = "a ')' without its '('";
			return NULL;
		}
		s->item = s->open[s->depth];
		s->item_class = s->open_class[s->depth];
		/* A repetition after it counts the group itself. */
		if (s->alts[s->depth] && (p + 1 == end ||
		    strchr("*+?{", p[1]) == NULL))
			re_count_from(s, s->nclass);
		s->depth--;
		s->inner[s->depth] |= s->inner[s->depth + 1];
		s->closed = 1;
		break;
	case '|':
		if (++s->nalt >= RE_MAXALT) {
			s->why = "more than 32 alternatives";
			return NULL;
		}
		s->empty = 1;
		if (s->depth > 0) {
			s->alts[s->depth] = 1;
			break;
		}
		if (s->anywhere)
			buf_putc(&s->out, ')');
		s->branch = 1;
		break;
	case '^':
		s->why = "a '^' that does not start the pattern or one of "
		    "its alternatives";
		return NULL;
	case '\\':
		return re_escape(s, p, end);
	case '[':
		s->nclass++;
		return re_bracket(s, p, end);
	case '.':
		s->nclass++;
		buf_puts(&s->out, "([^\x80-\xff]|" RE_UTF8 ")");
		return p + 1;
	}
	/*
	 * Alternatives of single characters, such as "(a|b)", are as a
	 * bracket expression: so every character in a group, or in a
	 * pattern with a "|", counts as one.
	 */
	if ((s->alternation || s->depth > 0) && strchr("()|^$", c) == NULL)
		s->nclass++;
	if (c < 0x80) {
		buf_putc(&s->out, (char)c);
		return p + 1;
	}
	n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
	if ((size_t)(end - p) < n)
		n = (size_t)(end - p);
	buf_putc(&s->out, '(');
	buf_putn(&s->out, p, n);
	buf_putc(&s->out, ')');
	return p + n;
}

/*
 * Read the item of a regexp at p: return the byte after it, or NULL
 * with s->why set if it is refused.
 */
static const char *
re_item(struct rescan *s, const char *p, const char *end)
{
	/*
	 * A repetition of a group that holds one is nested too; only "?",
	 * which repeats nothing, is harmless there.
	 */
	if (s->closed && strchr("*+{", *p) != NULL && s->inner[s->depth + 1]) {
		s->why = "a repetition of a repetition";
		return NULL;
	}
	if (strchr("*+?{", *p) != NULL) {
		if (s->empty) {
			s->why = "a '*', '+', '?' or '{' with nothing before "
			    "it to repeat";
			return NULL;
		}
		s->inner[s->depth] = 1;
	}
	s->closed = 0;
	if (*p == '{')
		return re_bound(s, p, end);
	if (strchr("*+?", *p) != NULL) {
		if (s->repeated) {
			s->why = "a repetition of a repetition";
			return NULL;
		}
		s->repeated = 1;
		re_unbounded(s);
		buf_putc(&s->out, *p);
		return p + 1;
	}
	s->repeated = 0;
	if (*p != ')') {
		s->item = s->out.len;
		s->item_class = s->nclass;
	}
	s->empty = 0;
	return re_atom(s, p, end);
}

/*
 * At the start of an alternative outside every group, p: the whole
 * pattern is anchored, so an alternative that "^" anchors drops it,
 * and one that may match anywhere is matched after ".*".  regexec()
 * would otherwise try it from every byte of the value, which takes
 * time in the square of its length ("a[ab]*c" on 20,000 a's: half a
 * second a value).  glibc lets a "^" after ".*" match after a newline
 * too, so no other "^" is taken.  Returns the byte after the "^".
 */
static const char *
re_branch(struct rescan *s, const char *p, const char *end)
{
	s->branch = 0;
	s->empty = 1;
	if (p < end && *p == '^') {
		s->anywhere = 0;
		return p + 1;
	}
	s->anywhere = 1;
	re_count_from(s, s->nclass);
	buf_puts(&s->out, ".*(");
	return p;
}

/*
 * Read a regexp of len bytes at p into s->out, the pattern for
 * regcomp(), refusing what it cannot take cheaply or the same as recfix
 * in a UTF-8 locale.  A repetition of a repetition, such as "a++" or
 * "(a+)+", and a back-reference make automata or searches that grow
 * exponentially; a long pattern, or a repeated long part, makes
 * automata that grow with its square; POSIX leaves the first undefined
 * and has none of the second, and no catalog needs the third.
 * Returns where the trouble is, or NULL.
 */
static const char *
regexp_translate(struct rescan *s, const char *p, size_t len)
{
	const char	*end = p + len, *next;

	if (len > RE_MAXLEN) {
		s->why = "a pattern of over 200 bytes";
		return p + RE_MAXLEN;
	}
	s->alternation = memchr(p, '|', len) != NULL;
	buf_puts(&s->out, "^(");
	s->branch = 1;
	for (; p < end; p = next) {
		if (s->branch && (p = re_branch(s, p, end)) == end)
			break;
		if ((next = re_item(s, p, end)) == NULL)
			return p;
		if (s->out.len + s->extra > RE_MAXSIZE) {
			s->why = "a pattern of over 2048 bytes as regcomp() "
			    "gets it, with its {n,m} written out,";
			return p;
		}
		if (s->unbounded && s->nclass - s->tail > RE_MAXCLASSES) {
			s->why = "more than 12 brackets, dots or characters "
			    "in groups or alternatives, with {n,m} written "
			    "out, after a '*', '+', '?', {n,m} or group of "
			    "alternatives (or from the start of an alternative "
			    "that '^' does not anchor)";
			return p;
		}
	}
	if (s->branch)
		re_branch(s, p, end);
	if (s->anywhere)
		buf_putc(&s->out, ')');
	buf_putc(&s->out, ')');
	return NULL;
}

static void
type_free(struct ftype *t)
{
	size_t	 i;

	free(t->field);
	if (t->same_as != 0)
		return;
	for (i = 0; i < t->nvalues; i++)
		free(t->values[i]);
	free(t->values);
	strset_free(&t->valueset);
	if (t->have_re)
		regfree(&t->re);
}

/* Is the word of len bytes at s an enum value of recutils? */
static int
is_enum_value(const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') ||
		    (s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= '0' && s[i] <= '9') ||
		    (i > 0 && (s[i] == '_' || s[i] == '-'))))
			return 0;
	return 1;
}

/* The values of an enum type, from a, the text after "enum" at k. */
static int
build_enum(struct ftype *t, const struct recfile *rf, const struct field *f,
    const char *k, const char *a, int loud)
{
	const char	*end;

	while (*a != '\0') {
		for (end = a; *end != '\0' && !rec_blank((unsigned char)*end);
		    end++)
			continue;
		if (memchr(a, '(', (size_t)(end - a)) != NULL)
			return type_error(rf, f, a, loud, "unsupported: "
			    "comments in an enum type");
		if (!is_enum_value(a, (size_t)(end - a)))
			return type_error(rf, f, a, loud, "'%.*s' is not an "
			    "enum value (a letter or digit, then letters, "
			    "digits, '_' or '-')", (int)(end - a), a);
		t->values = xmore(t->values, t->nvalues, sizeof(*t->values));
		t->values[t->nvalues] = xstrndup(a, (size_t)(end - a));
		strset_add(&t->valueset, t->values[t->nvalues++], 1);
		for (a = end; rec_blank((unsigned char)*a); a++)
			continue;
	}
	if (t->nvalues == 0)
		return type_error(rf, f, k, loud, "enum type without values");
	return 0;
}

/*
 * The pattern of a regexp type, from a, the text after "regexp": it
 * runs from a delimiter to the next one, where recfix reads a doubled
 * delimiter as one of the pattern's characters, and a backslash as
 * nothing special.
 */
static int
build_regexp(struct ftype *t, const struct recfile *rf,
    const struct field *f, const char *k, const char *a, int loud)
{
	struct rescan	 s;
	const char	*q, *bad;
	char		*pat, msg[256];
	size_t		*pos, n = 0;
	int		 rc, closed = 0;

	(void)k;
	if ((unsigned char)*a >= 0x80 || *a == '\\')
		return type_error(rf, f, a, loud, "unsupported: a backslash "
		    "or a character beyond ASCII as the delimiter of a "
		    "regexp");
	pat = xmalloc(strlen(a) + 1);
	pos = xreallocarray(NULL, strlen(a) + 1, sizeof(*pos));
	for (q = a + (*a != '\0'); *q != '\0'; q++) {
		if (*q == *a && *++q != *a) {
			closed = 1;
			break;
		}
		pos[n] = (size_t)(q - a);
		pat[n++] = *q;
	}
	if (!closed) {
		free(pat);
		free(pos);
		return type_error(rf, f, a, loud, "regexp must be written "
		    "between two equal delimiters, as in /^x$/");
	}
	for (bad = q; rec_blank((unsigned char)*bad); bad++)
		continue;
	memset(&s, 0, sizeof(s));
	if (*bad != '\0')
		rc = type_error(rf, f, bad, loud, "text after the closing "
		    "'%c' of a regexp", *a);
	else if ((bad = regexp_translate(&s, pat, n)) != NULL)
		rc = type_error(rf, f, a + pos[bad - pat], loud,
		    "unsupported: %s in a regexp", s.why);
	else
		rc = 0;
	free(pat);
	free(pos);
	if (rc != 0) {
		buf_free(&s.out);
		return rc;
	}
	/*
	 * A compiled regexp takes up to some hundreds of kilobytes
	 * whatever the length of its line, so a file of many would need
	 * memory out of all proportion to its size.
	 */
	if (++nregexps > RE_MAXTYPES) {
		buf_free(&s.out);
		return type_error(rf, f, a, loud, "unsupported: more than %d "
		    "regexp types in one file", RE_MAXTYPES);
	}
	nstates += (size_t)1 << (s.unbounded ? s.nclass - s.tail : 0);
	if (nstates > RE_MAXSTATES) {
		buf_free(&s.out);
		return type_error(rf, f, a, loud, "unsupported: more "
		    "brackets, dots or characters after a varying part, in "
		    "all the regexps of the file together, than one may "
		    "have (2^n summed over them, at most 2^%d)",
		    RE_MAXCLASSES);
	}
	rc = regcomp(&t->re, s.out.p, REG_EXTENDED | REG_NOSUB);
	buf_free(&s.out);
	if (rc != 0) {
		regerror(rc, &t->re, msg, sizeof(msg));
		return type_error(rf, f, a, loud, "invalid regexp: %s", msg);
	}
	t->have_re = 1;
	return 0;
}

/*
 * Build a type from the text after the field names of a %type line.
 * The text starts at byte off of the field's value; report problems
 * only when loud is set, so that a declaration naming several fields
 * is diagnosed once.
 */
static int
build_type(struct ftype *t, const struct recfile *rf, const struct field *f,
    size_t off, int loud)
{
	const struct typedesc *td = NULL;
	const char	*k = f->value + off, *a;
	size_t		 klen, i;

	for (klen = 0; k[klen] != '\0' && !rec_blank((unsigned char)k[klen]);
	    klen++)
		continue;
	for (a = k + klen; rec_blank((unsigned char)*a); a++)
		continue;
	if (klen == 0)
		return type_error(rf, f, k, loud, "%%type without a type");
	for (i = 0; i < sizeof(typedescs) / sizeof(typedescs[0]); i++)
		if (strlen(typedescs[i].name) == klen &&
		    strncmp(typedescs[i].name, k, klen) == 0)
			td = &typedescs[i];
	/* "regexp/^a$/" may be a regexp to recfix, or an unknown type. */
	for (i = 0; td == NULL && i < sizeof(typedescs) / sizeof(typedescs[0]);
	    i++)
		if (typedescs[i].args && strncmp(typedescs[i].name, k,
		    strlen(typedescs[i].name)) == 0)
			return type_error(rf, f, k, loud, "unsupported: %%type "
			    "'%.*s', which starts with the type '%s'",
			    (int)klen, k, typedescs[i].name);
	if (td == NULL)
		return type_error(rf, f, k, loud, "unknown %%type '%.*s'",
		    (int)klen, k);
	if (td->kind == T_NONE)
		return type_error(rf, f, k, loud, "unsupported: %%type '%.*s'",
		    (int)klen, k);
	t->kind = td->kind;
	if (td->build != NULL)
		return td->build(t, rf, f, k, a, loud);
	if (*a != '\0')
		return type_error(rf, f, a, loud, "unexpected text after type "
		    "'%.*s'", (int)klen, k);
	return 0;
}

/* Parse one "%type: Fields kind arguments" declaration. */
static int
parse_type(struct rset *rs, const struct recfile *rf, const struct field *f)
{
	struct words	 names;
	struct ftype	 t;
	const char	*v = f->value;
	size_t		 i, off, first;
	int		 nerr, bad;

	memset(&names, 0, sizeof(names));
	/* recfix skips the blanks, and lines, before the field names. */
	for (off = 0; rec_blank((unsigned char)v[off]); off++)
		continue;
	while (v[off] != '\0' && !rec_blank((unsigned char)v[off]))
		off++;
	nerr = parse_names(&names, rf, f, v, off, 1);
	while (rec_blank((unsigned char)v[off]))
		off++;
	if (names.n == 0 && nerr == 0) {
		diag_at(rf, f, 0, "%%type names no field");
		nerr++;
	}
	/*
	 * The type is made once, for the first field it names; the others
	 * share it, so that a line naming many fields costs no more than
	 * its length.
	 */
	first = rs->ntypes;
	for (i = 0; i < names.n; i++) {
		memset(&t, 0, sizeof(t));
		if (i == 0 && (bad = build_type(&t, rf, f, off, 1)) != 0) {
			nerr += bad;
			type_free(&t);
			break;
		}
		if (i > 0)
			t.same_as = first + 1;
		t.field = xstrndup(names.v[i], strlen(names.v[i]));
		rs->types = xmore(rs->types, rs->ntypes, sizeof(*rs->types));
		rs->types[rs->ntypes++] = t;
	}
	words_free(&names);
	return nerr;
}

/* %rec: the name of the record set, which must be local. */
static int
special_rec(struct rset *rs, const struct recfile *rf, const struct field *f)
{
	const char	*v = f->value;
	size_t		 n;

	if (rs->name != NULL) {
		diag(DIAG_ERROR, rf->fname, f->line, 1, "too many %%rec fields "
		    "in record descriptor");
		return 1;
	}
	/* recfix reads "%rec:  A" as an external descriptor, in file A. */
	if (rec_blank((unsigned char)v[0])) {
		diag_at(rf, f, 0, "unsupported: blanks before the record type "
		    "name");
		return 1;
	}
	for (n = 0; v[n] != '\0' && !rec_blank((unsigned char)v[n]); n++)
		continue;
	rs->name = xstrndup(v, n);
	while (rec_blank((unsigned char)v[n]))
		n++;
	if (!is_ident(rs->name, strlen(rs->name))) {
		/* recfix reads only so much of such a name as it likes. */
		diag(DIAG_ERROR, rf->fname, f->line, f->vcol,
		    (v[0] >= 'A' && v[0] <= 'Z') || (v[0] >= 'a' &&
		    v[0] <= 'z') || v[0] == '%' ? "unsupported: record type "
		    "name '%s' with more than letters, digits and '_'" :
		    "'%s' is not a record type name", rs->name);
		return 1;
	}
	if (v[n] != '\0') {
		diag_at(rf, f, n, "unsupported: external record descriptor");
		return 1;
	}
	return 0;
}

static int
special_key(struct rset *rs, const struct recfile *rf, const struct field *f)
{
	struct words	 w;
	const char	*v = f->value;
	size_t		 n;
	int		 nerr;

	/*
	 * recfix takes the whole value for the key's name, so that with
	 * blanks around it, or a second line, it names no field and
	 * recfix checks no key.
	 */
	n = strlen(v);
	if (n > 0 && (rec_blank((unsigned char)v[0]) ||
	    rec_blank((unsigned char)v[n - 1]))) {
		diag_at(rf, f, rec_blank((unsigned char)v[0]) ? 0 : n - 1,
		    "unsupported: blanks around the field name of %%key");
		return 1;
	}
	/* Nor does it check "%key: A B". */
	for (n = 0; v[n] != '\0' && !rec_blank((unsigned char)v[n]); n++)
		continue;
	while (rec_blank((unsigned char)v[n]))
		n++;
	if (v[n] != '\0') {
		diag_at(rf, f, n, "unsupported: %%key with more than one "
		    "field name");
		return 1;
	}
	/* A word that names no field is a key recfix checks nothing of. */
	if (v[0] != '\0' && !is_ident(v, strlen(v))) {
		diag_at(rf, f, 0, "unsupported: %%key '%s', which is not a "
		    "field name", v);
		return 1;
	}
	memset(&w, 0, sizeof(w));
	nerr = parse_names(&w, rf, f, v, strlen(v), 0);
	if (rs->key != NULL) {
		diag(DIAG_ERROR, rf->fname, f->line, 1,
		    "only one %%key field is allowed");
		nerr++;
	} else if (w.n != 1) {
		/* recfix crashes on an empty %key, and gives no verdict. */
		if (nerr == 0) {
			diag(DIAG_ERROR, rf->fname, f->line, f->vcol,
			    "unsupported: %%key that names no field");
			nerr++;
		}
	} else {
		rs->key = w.v[0];
		w.n = 0;
	}
	words_free(&w);
	return nerr;
}

static int
special_mandatory(struct rset *rs, const struct recfile *rf,
    const struct field *f)
{
	return parse_list(&rs->mandatory, rf, f);
}

static int
special_allowed(struct rset *rs, const struct recfile *rf,
    const struct field *f)
{
	rs->have_allowed = 1;
	return parse_list(&rs->allowed, rf, f);
}

static int
special_unique(struct rset *rs, const struct recfile *rf,
    const struct field *f)
{
	return parse_list(&rs->unique, rf, f);
}

/* %doc: prose for the reader of the file, with nothing to check. */
static int
special_doc(struct rset *rs, const struct recfile *rf, const struct field *f)
{
	(void)rs;
	(void)rf;
	(void)f;
	return 0;
}

/* Read one record descriptor into rs. */
static int
parse_desc(struct rset *rs, const struct recfile *rf, const struct record *r)
{
	const struct field *f;
	const struct special *sp;
	size_t		 i, j;
	int		 nerr = 0;

	memset(rs, 0, sizeof(*rs));
	rs->desc = r;
	for (i = 0; i < r->nfields; i++) {
		f = &r->fields[i];
		sp = NULL;
		for (j = 0; j < sizeof(specials) / sizeof(specials[0]); j++)
			if (strcmp(specials[j].name, f->name) == 0)
				sp = &specials[j];
		if (sp != NULL && sp->parse != NULL)
			nerr += sp->parse(rs, rf, f);
		else {
			diag(DIAG_ERROR, rf->fname, f->line, 1, sp != NULL ?
			    "unsupported: special field %s" : f->name[0] ==
			    '%' ? "unsupported: unknown special field %s" :
			    "unsupported: ordinary field '%s' in a record "
			    "descriptor", f->name);
			nerr++;
		}
	}
	return nerr;
}

static void
rset_free(struct rset *rs)
{
	size_t	 i;

	free(rs->name);
	free(rs->key);
	words_free(&rs->mandatory);
	words_free(&rs->allowed);
	words_free(&rs->unique);
	for (i = 0; i < rs->ntypes; i++)
		type_free(&rs->types[i]);
	free(rs->types);
}

/* Does the value, less white space around it, equal the word? */
static int
same_word(const char *v, const char *w)
{
	size_t	 len;

	v = rec_trim(v, &len);
	return len == strlen(w) && strncmp(v, w, len) == 0;
}

/* Is v, without the white space around it, a value of the enum? */
static int
enum_has(const struct ftype *t, const char *v)
{
	char	*w;
	size_t	 len;
	int	 has;

	v = rec_trim(v, &len);
	w = xstrndup(v, len);
	has = strset_has(&t->valueset, w) != 0;
	free(w);
	return has;
}

/*
 * Check a value against its type.  As in GNU recutils, white space
 * around a bool or an enum value does not count, while a regexp sees
 * the value exactly as written.
 */
static int
check_value(const struct ftype *t, const struct recfile *rf,
    const struct field *f)
{
	static const char *const bools[] = {
		"yes", "no", "true", "false", "1", "0"
	};
	const char	*fname = rf->fname;
	size_t		 i, line, col;

	rec_value_pos(rf, f, &line, &col);

	switch (t->kind) {
	case T_LINE:
		if (strchr(f->value, '\n') == NULL)
			return 0;
		diag(DIAG_ERROR, fname, line, col,
		    "field '%s' must be a single line", f->name);
		return 1;
	case T_BOOL:
		for (i = 0; i < sizeof(bools) / sizeof(bools[0]); i++)
			if (same_word(f->value, bools[i]))
				return 0;
		diag(DIAG_ERROR, fname, line, col,
		    "field '%s' is not a bool (yes, no, true, false, 1 or 0): "
		    "'%s'", f->name, f->value);
		return 1;
	case T_ENUM:
		if (enum_has(t, f->value))
			return 0;
		diag(DIAG_ERROR, fname, line, col,
		    "field '%s' has a value outside its enum: '%s'",
		    f->name, f->value);
		return 1;
	case T_REGEXP:
		if (regexec(&t->re, f->value, 0, NULL, 0) == 0)
			return 0;
		diag(DIAG_ERROR, fname, line, col,
		    "field '%s' does not match its regexp: '%s'",
		    f->name, f->value);
		return 1;
	case T_NONE:
		break;
	}
	return 0;
}

/*
 * The rules of a record set for each field name of the file, by key,
 * so that a field is checked without comparing its name to any string.
 * The arrays by key are made once for the whole file and filled in for
 * a key the first time a record set meets it (stamp says for which
 * set), so that a file of many record sets and many names costs time
 * in proportion to its fields, not to sets times names.
 */
struct rules {
	size_t		 *seen;		/* The last record with the key, */
					/* ... counted in the file, + 1; */
	size_t		 *count;	/* ... how often it has the key, */
	const struct field **first;	/* ... the first field of it, */
	size_t		 *second;	/* ... and the line of the second. */
	size_t		 *stamp;	/* The set, + 1, of flags and type. */
	unsigned char	 *flags;	/* RULE_ALLOWED and the like. */
	const struct ftype **type;
	size_t		  set;		/* The current set, + 1. */
	struct strset	  names;	/* The names a set allows, */
	struct strset	  mandatory_names;	/* ... must have, */
	struct strset	  unique_names;	/* ... may have once, */
	struct strset	  types;	/* ... and its types, by name. */
	size_t		  nmandatory;	/* The mandatory names, each once; */
	size_t		  present;	/* ... how many a record has, and */
	size_t		  repeated;	/* ... its unique names repeated. */
	unsigned int	 *mandatory;	/* Keys, REC_NOKEY if in no record. */
	unsigned int	 *unique;
	unsigned int	  key;
};

#define RULE_ALLOWED	0x01
#define RULE_MANDATORY	0x02
#define RULE_UNIQUE	0x04

static void
rules_init(struct rules *ru, const struct recfile *rf)
{
	memset(ru, 0, sizeof(*ru));
	ru->seen = xreallocarray(NULL, rf->nnames + 1, sizeof(*ru->seen));
	memset(ru->seen, 0, (rf->nnames + 1) * sizeof(*ru->seen));
	ru->count = xreallocarray(NULL, rf->nnames + 1, sizeof(*ru->count));
	ru->first = xreallocarray(NULL, rf->nnames + 1, sizeof(*ru->first));
	ru->second = xreallocarray(NULL, rf->nnames + 1,
	    sizeof(*ru->second));
	ru->stamp = xreallocarray(NULL, rf->nnames + 1, sizeof(*ru->stamp));
	memset(ru->stamp, 0, (rf->nnames + 1) * sizeof(*ru->stamp));
	ru->flags = xreallocarray(NULL, rf->nnames + 1, 1);
	ru->type = xreallocarray(NULL, rf->nnames + 1, sizeof(*ru->type));
}

/* Make the rules of the next record set, in time linear in its descriptor. */
static void
rules_make(struct rules *ru, const struct rset *rs, const struct recfile *rf)
{
	size_t	 k;

	ru->set++;
	for (k = 0; k < rs->allowed.n; k++)
		strset_add(&ru->names, rs->allowed.v[k], 1);
	for (k = 0; k < rs->mandatory.n; k++) {
		strset_add(&ru->names, rs->mandatory.v[k], 1);
		if (strset_add(&ru->mandatory_names, rs->mandatory.v[k],
		    1) == 0)
			ru->nmandatory++;
	}
	for (k = 0; k < rs->unique.n; k++)
		strset_add(&ru->unique_names, rs->unique.v[k], 1);
	if (rs->key != NULL)
		strset_add(&ru->names, rs->key, 1);
	/* The last %type of a field is the one that counts. */
	for (k = rs->ntypes; k > 0; k--)
		strset_add(&ru->types, rs->types[k - 1].field, k);
	ru->mandatory = xreallocarray(NULL, rs->mandatory.n + 1,
	    sizeof(*ru->mandatory));
	for (k = 0; k < rs->mandatory.n; k++)
		ru->mandatory[k] = rec_key(rf, rs->mandatory.v[k]);
	ru->unique = xreallocarray(NULL, rs->unique.n + 1,
	    sizeof(*ru->unique));
	for (k = 0; k < rs->unique.n; k++)
		ru->unique[k] = rec_key(rf, rs->unique.v[k]);
	ru->key = rs->key != NULL ? rec_key(rf, rs->key) : REC_NOKEY;
}

/* Fill in what the current record set says of a field's key. */
static void
rules_learn(struct rules *ru, const struct rset *rs, const struct field *f)
{
	size_t	 t;

	if (ru->stamp[f->key] == ru->set)
		return;
	ru->stamp[f->key] = ru->set;
	ru->flags[f->key] = (!rs->have_allowed ||
	    strset_has(&ru->names, f->name) != 0 ? RULE_ALLOWED : 0) |
	    (strset_has(&ru->mandatory_names, f->name) != 0 ?
	    RULE_MANDATORY : 0) |
	    (strset_has(&ru->unique_names, f->name) != 0 ? RULE_UNIQUE : 0);
	t = strset_has(&ru->types, f->name);
	if (t != 0 && rs->types[t - 1].same_as != 0)
		t = rs->types[t - 1].same_as;
	ru->type[f->key] = t != 0 ? &rs->types[t - 1] : NULL;
}

/* Forget the rules of a record set, but not what the file has seen. */
static void
rules_unmake(struct rules *ru)
{
	strset_free(&ru->names);
	strset_free(&ru->mandatory_names);
	strset_free(&ru->unique_names);
	strset_free(&ru->types);
	free(ru->mandatory);
	free(ru->unique);
	ru->mandatory = ru->unique = NULL;
	ru->nmandatory = 0;
}

static void
rules_free(struct rules *ru)
{
	rules_unmake(ru);
	free(ru->seen);
	free(ru->count);
	free(ru->first);
	free(ru->second);
	free(ru->stamp);
	free(ru->flags);
	free(ru->type);
}

/* Check the records of one record set against its descriptor. */
/*
 * Check each field of a record against the rules of its set, and count
 * the fields of each name in it, for check_record().
 */
static int
check_fields(const struct rset *rs, const struct recfile *rf,
    const struct record *r, struct rules *ru)
{
	const char	*fname = rf->fname;
	const struct field *f;
	const struct ftype *t;
	size_t		 j, at = (size_t)(r - rf->recs) + 1;
	int		 nerr = 0;

	ru->present = ru->repeated = 0;
	for (j = 0; j < r->nfields; j++) {
		f = &r->fields[j];
		rules_learn(ru, rs, f);
		if (ru->seen[f->key] != at) {
			ru->seen[f->key] = at;
			ru->count[f->key] = 0;
			ru->first[f->key] = f;
			if (ru->flags[f->key] & RULE_MANDATORY)
				ru->present++;
		}
		if (++ru->count[f->key] == 2) {
			ru->second[f->key] = f->line;
			if (ru->flags[f->key] & RULE_UNIQUE)
				ru->repeated++;
		}
		if (f->name[0] == '%') {
			diag(DIAG_ERROR, fname, f->line, 1,
			    "unsupported: special field %s outside "
			    "a record descriptor", f->name);
			nerr++;
			continue;
		}
		if (!(ru->flags[f->key] & RULE_ALLOWED)) {
			diag(DIAG_ERROR, fname, f->line, 1,
			    "field '%s' is not allowed in record "
			    "set %s", f->name, rs->name != NULL ?
			    rs->name : "?");
			nerr++;
		}
		if ((t = ru->type[f->key]) != NULL)
			nerr += check_value(t, rf, f);
	}
	return nerr;
}

/*
 * Check a record as a whole: its mandatory fields, its fields that may
 * appear once, and its key, which must differ from every other's.  The
 * lists of the descriptor are walked only for a record that breaks one
 * of them, so that long lists cost nothing on good records.
 */
static int
check_record(const struct rset *rs, const struct recfile *rf,
    const struct record *r, struct rules *ru, struct strset *keys)
{
	const char	*fname = rf->fname;
	const struct field *kf;
	size_t		 j, first, line, col, at = (size_t)(r - rf->recs) + 1;
	unsigned int	 u;
	int		 nerr = 0;

	for (j = 0; ru->present < ru->nmandatory && j < rs->mandatory.n; j++)
		if (ru->mandatory[j] == REC_NOKEY ||
		    ru->seen[ru->mandatory[j]] != at) {
			diag(DIAG_ERROR, fname, r->line, 1,
			    "missing mandatory field '%s'",
			    rs->mandatory.v[j]);
			nerr++;
		}
	for (j = 0; ru->repeated > 0 && j < rs->unique.n; j++)
		if ((u = ru->unique[j]) != REC_NOKEY && ru->seen[u] == at &&
		    ru->count[u] > 1) {
			diag(DIAG_ERROR, fname, ru->second[u], 1,
			    "field '%s' appears more than once",
			    rs->unique.v[j]);
			nerr++;
		}
	if (rs->key == NULL)
		return nerr;
	kf = ru->key != REC_NOKEY && ru->seen[ru->key] == at ?
	    ru->first[ru->key] : NULL;
	if (kf == NULL) {
		diag(DIAG_ERROR, fname, r->line, 1,
		    "missing key field '%s'", rs->key);
		return nerr + 1;
	}
	if (ru->count[ru->key] > 1) {
		diag(DIAG_ERROR, fname, ru->second[ru->key], 1,
		    "multiple key fields '%s' in record", rs->key);
		nerr++;
	}
	if ((first = strset_add(keys, kf->value, kf->line)) != 0) {
		rec_value_pos(rf, kf, &line, &col);
		diag(DIAG_ERROR, fname, line, col,
		    "duplicate key %s '%s', first used on line %zu",
		    rs->key, kf->value, first);
		nerr++;
	}
	return nerr;
}

static int
check_records(const struct rset *rs, const struct recfile *rf,
    const struct record *recs, size_t n, struct rules *ru)
{
	const struct record *r;
	struct strset	 keys;
	size_t		 i;
	int		 nerr = 0;

	memset(&keys, 0, sizeof(keys));
	rules_make(ru, rs, rf);
	for (i = 0; i < n && !diag_given_up(); i++) {
		r = &recs[i];
		nerr += check_fields(rs, rf, r, ru);
		nerr += check_record(rs, rf, r, ru, &keys);
	}
	rules_unmake(ru);
	strset_free(&keys);
	return nerr;
}

/*
 * Check every record set of the file.  Returns the number of errors.
 */
int
schema_check(const struct recfile *rf)
{
	struct rset	 rs;
	struct rules	 ru;
	struct strset	 sets;		/* The line of each set's descriptor. */
	const struct record *r;
	unsigned int	 reckey = rec_key(rf, "%rec");
	char		**names = NULL;
	size_t		 i, first, other, nnames = 0;
	int		 nerr = 0;

	memset(&sets, 0, sizeof(sets));
	nregexps = nstates = 0;
	rules_init(&ru, rf);
	i = 0;
	while (i < rf->nrecs) {
		r = &rf->recs[i];
		if (rec_field(r, reckey) == NULL) {
			diag(DIAG_ERROR, rf->fname, r->line, 1,
			    "unsupported: record outside any record set "
			    "(no %%rec descriptor before it)");
			nerr++;
			i++;
			continue;
		}
		nerr += parse_desc(&rs, rf, r);
		if (rs.name != NULL) {
			/* A copy, as the set's name goes with the set. */
			names = xmore(names, nnames, sizeof(*names));
			names[nnames] = xstrndup(rs.name, strlen(rs.name));
			other = strset_add(&sets, names[nnames++], r->line);
			if (other != 0) {
				diag(DIAG_ERROR, rf->fname, r->line, 1,
				    "record set %s declared twice, first on "
				    "line %zu", rs.name, other);
				nerr++;
			}
		}
		first = ++i;
		while (i < rf->nrecs && rec_field(&rf->recs[i], reckey) ==
		    NULL)
			i++;
		nerr += check_records(&rs, rf, rf->recs + first, i - first,
		    &ru);
		rset_free(&rs);
	}
	rules_free(&ru);
	strset_free(&sets);
	for (i = 0; i < nnames; i++)
		free(names[i]);
	free(names);
	return nerr;
}
