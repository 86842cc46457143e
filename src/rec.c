/*
 * Read a GNU recutils file into records and fields.
 *
 * This is a deliberately small subset of the format: records of
 * "Name: value" fields, "+" continuation lines, "#" comments, and blank
 * lines between records.  Anything of the real format that lies outside
 * that subset is reported as unsupported instead of being guessed at,
 * and every report carries the line and column where the trouble is.
 */

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "docgen.h"

/*
 * Check that the bytes are well-formed UTF-8 without overlong forms,
 * surrogates or code points past U+10FFFF.  On failure, store the
 * offset of the first bad byte.
 */
int
utf8_check(const char *s, size_t len, size_t *bad)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i, n, k;
	unsigned long		 cp, min;

	for (i = 0; i < len; i += n) {
		if (p[i] < 0x80) {
			n = 1;
			continue;
		} else if ((p[i] & 0xe0) == 0xc0) {
			n = 2;
			cp = p[i] & 0x1f;
			min = 0x80;
		} else if ((p[i] & 0xf0) == 0xe0) {
			n = 3;
			cp = p[i] & 0x0f;
			min = 0x800;
		} else if ((p[i] & 0xf8) == 0xf0) {
			n = 4;
			cp = p[i] & 0x07;
			min = 0x10000;
		} else
			goto fail;
		if (n > len - i)
			goto fail;
		for (k = 1; k < n; k++) {
			if ((p[i + k] & 0xc0) != 0x80)
				goto fail;
			cp = (cp << 6) | (p[i + k] & 0x3f);
		}
		if (cp < min || cp > 0x10ffff ||
		    (cp >= 0xd800 && cp <= 0xdfff))
			goto fail;
	}
	return 1;
fail:
	*bad = i;
	return 0;
}

static int
is_name_start(int c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '%';
}

static int
is_name_char(int c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	    (c >= '0' && c <= '9') || c == '_';
}

static int
is_blank_line(const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\t')
			return 0;
	return 1;
}

/* Column of byte offset off in a line: one per character, not byte. */
static size_t
column(const char *line, size_t off)
{
	size_t	 i, col = 1;

	for (i = 0; i < off; i++)
		if (((unsigned char)line[i] & 0xc0) != 0x80)
			col++;
	return col;
}

/* The length in bytes of the (valid UTF-8) character at s. */
static size_t
char_len(const char *s, size_t len)
{
	size_t	 n = 1;

	while (n < len && ((unsigned char)s[n] & 0xc0) == 0x80)
		n++;
	return n;
}

static struct field *
add_field(struct recfile *rf, struct record **cur, size_t line)
{
	struct record	*r;

	if (*cur == NULL) {
		rf->recs = xreallocarray(rf->recs, rf->nrecs + 1,
		    sizeof(*rf->recs));
		r = &rf->recs[rf->nrecs++];
		memset(r, 0, sizeof(*r));
		r->line = line;
		*cur = r;
	}
	r = *cur;
	r->fields = xreallocarray(r->fields, r->nfields + 1,
	    sizeof(*r->fields));
	r->endline = line;
	return &r->fields[r->nfields++];
}

/*
 * Parse len bytes of text (which must stay alive with rf) into rf.
 * Returns the number of errors found.
 */
int
rec_parse(struct recfile *rf, const char *fname, const char *text,
    size_t len)
{
	struct record	*cur = NULL;
	struct field	*f = NULL;
	struct buf	 val;
	const char	*s, *nl, *end = text + len;
	size_t		 lineno = 0, ll, i, bad, nerr = 0;
	unsigned char	 c;
	int		 continued = 0;

	memset(rf, 0, sizeof(*rf));
	memset(&val, 0, sizeof(val));
	rf->fname = fname;

#define ERR(col, ...) do { \
		diag(DIAG_ERROR, fname, lineno, (col), __VA_ARGS__); \
		nerr++; \
	} while (0)

	/* Finish the value of the current field, if any. */
#define FLUSH() do { \
		if (f != NULL) { \
			rf->strings = xreallocarray(rf->strings, \
			    rf->nstrings + 1, sizeof(*rf->strings)); \
			rf->strings[rf->nstrings] = \
			    xstrndup(val.p == NULL ? "" : val.p, val.len); \
			f->value = rf->strings[rf->nstrings++]; \
			f = NULL; \
		} \
		val.len = 0; \
	} while (0)

	for (s = text; s < end; s = nl + 1) {
		lineno++;
		if ((nl = memchr(s, '\n', (size_t)(end - s))) == NULL)
			nl = end;
		ll = (size_t)(nl - s);
		if (ll > REC_MAXLINE) {
			ERR(REC_MAXLINE + 1, "line longer than %d bytes",
			    REC_MAXLINE);
			continue;
		}
		if (!utf8_check(s, ll, &bad)) {
			ERR(column(s, bad), "invalid UTF-8 byte 0x%02x",
			    (unsigned char)s[bad]);
			continue;
		}
		if (continued) {
			/* The rest of a backslash-continued line, reported. */
			continued = ll > 0 && s[ll - 1] == '\\';
			continue;
		}
		/* A tab is white space; every other control is an error. */
		for (i = 0; i < ll; i++) {
			c = (unsigned char)s[i];
			if ((c < 0x20 && c != '\t') || c == 0x7f)
				break;
		}
		if (i < ll) {
			if (s[i] == '\r' && i + 1 == ll)
				ERR(column(s, i), "carriage return at end "
				    "of line: use Unix line endings");
			else if (s[i] == '\0')
				ERR(column(s, i), "NUL byte");
			else
				ERR(column(s, i), "control character "
				    "U+%04X", (unsigned)c);
			continue;
		}
		if (ll > 0 && s[0] == '#') {
			/* A comment ends the value of the field before it. */
			FLUSH();
			continue;
		}
		if (is_blank_line(s, ll)) {
			FLUSH();
			cur = NULL;
			continue;
		}
		if (s[ll - 1] == '\\') {
			ERR(column(s, ll - 1), "unsupported: backslash "
			    "line continuation (use a \"+\" line)");
			continued = 1;
			continue;
		}
		if (s[0] == '+') {
			if (f == NULL) {
				ERR(1, "continuation line with no field "
				    "before it");
				continue;
			}
			i = 1;
			if (i < ll && s[i] == ' ')
				i++;
			buf_putc(&val, '\n');
			buf_putn(&val, s + i, ll - i);
			cur->endline = lineno;
			continue;
		}
		if (s[0] == ' ' || s[0] == '\t') {
			ERR(1, "unsupported: line starts with white space");
			continue;
		}
		if (s[0] == ':') {
			ERR(1, "field without a name");
			continue;
		}
		if (!is_name_start((unsigned char)s[0])) {
			ERR(1, "illegal character '%.*s' at the start of a "
			    "field name", (int)char_len(s, ll), s);
			continue;
		}
		for (i = 1; i < ll && is_name_char((unsigned char)s[i]); i++)
			continue;
		if (i == ll || s[i] == ' ' || s[i] == '\t') {
			ERR(column(s, i), "field name '%.*s' without ':'",
			    (int)i, s);
			continue;
		}
		if (s[i] != ':') {
			ERR(column(s, i), "illegal character '%.*s' in field "
			    "name '%.*s'", (int)char_len(s + i, ll - i), s + i,
			    (int)i, s);
			continue;
		}
		if (i == 1 && s[0] == '%') {
			ERR(1, "field without a name");
			continue;
		}
		FLUSH();
		f = add_field(rf, &cur, lineno);
		f->name = xstrndup(s, i);
		f->line = lineno;
		i++;
		if (i < ll && (s[i] == ' ' || s[i] == '\t'))
			i++;
		f->vline = lineno;
		f->vcol = column(s, i);
		buf_putn(&val, s + i, ll - i);
	}
	FLUSH();
	buf_free(&val);
	return (int)nerr;
#undef ERR
#undef FLUSH
}

/*
 * Read a whole file into memory and parse it.  Returns -1 when the
 * file cannot be read, else the number of errors.
 */
int
rec_read(struct recfile *rf, const char *fname)
{
	struct buf	 b;
	char		 chunk[65536];
	ssize_t		 n;
	int		 fd, nerr;

	memset(&b, 0, sizeof(b));
	memset(rf, 0, sizeof(*rf));
	if ((fd = open(fname, O_RDONLY)) == -1) {
		diag(DIAG_ERROR, fname, 0, 0, "%s", strerror(errno));
		return -1;
	}
	for (;;) {
		n = read(fd, chunk, sizeof(chunk));
		if (n == -1) {
			if (errno == EINTR)
				continue;
			diag(DIAG_ERROR, fname, 0, 0, "%s", strerror(errno));
			close(fd);
			buf_free(&b);
			return -1;
		}
		if (n == 0)
			break;
		buf_putn(&b, chunk, (size_t)n);
	}
	close(fd);
	if (b.p == NULL)
		buf_grow(&b, 0);
	nerr = rec_parse(rf, fname, b.p, b.len);
	rf->text = b.p;
	return nerr;
}

void
rec_free(struct recfile *rf)
{
	size_t	 i, j;

	for (i = 0; i < rf->nrecs; i++) {
		for (j = 0; j < rf->recs[i].nfields; j++)
			free((char *)rf->recs[i].fields[j].name);
		free(rf->recs[i].fields);
	}
	for (i = 0; i < rf->nstrings; i++)
		free(rf->strings[i]);
	free(rf->strings);
	free(rf->recs);
	free(rf->text);
	memset(rf, 0, sizeof(*rf));
}

/* The first field of that name in the record, or NULL. */
const struct field *
rec_get(const struct record *r, const char *name)
{
	size_t	 i;

	for (i = 0; i < r->nfields; i++)
		if (strcmp(r->fields[i].name, name) == 0)
			return &r->fields[i];
	return NULL;
}
