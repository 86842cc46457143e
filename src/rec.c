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
#include <stdint.h>
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

/*
 * The code point of the (valid) UTF-8 sequence at s if it is one that
 * must not reach a page: a C1 control character, which terminals obey,
 * or a bidirectional control, which makes text read other than it is
 * stored.  Returns 0 for any other character.
 */
static unsigned long
hidden(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned long	 cp;

	if (p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)
		return p[1];
	if (p[0] != 0xe2)
		return 0;
	cp = ((unsigned long)(p[0] & 0x0f) << 12) |
	    ((unsigned long)(p[1] & 0x3f) << 6) | (p[2] & 0x3f);
	if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069))
		return cp;
	return 0;
}

/*
 * The first byte from p on that is neither printable ASCII nor a tab,
 * or end.  On most lines that is the newline, so this one pass finds
 * both where the line ends and whether it needs a closer look.
 */
static char *
plain_end(char *p, char *end)
{
	unsigned char	 c;

	for (; p < end; p++) {
		c = (unsigned char)*p;
		if ((c < 0x20 && c != '\t') || c >= 0x7f)
			return p;
	}
	return end;
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

/*
 * The key of the name s, which is NUL-terminated and lives as long as
 * rf; a name not seen before gets the next key, and s becomes the name
 * of that key.  Returns REC_NOKEY only when the keys have run out.
 */
static unsigned int
intern(struct recfile *rf, const char *s)
{
	size_t	 k;

	if ((k = strset_has(&rf->keys, s)) != 0)
		return (unsigned int)(k - 1);
	if (rf->nnames == REC_NOKEY)
		return REC_NOKEY;
	rf->names = xmore(rf->names, rf->nnames, sizeof(*rf->names));
	rf->names[rf->nnames++] = s;
	strset_add(&rf->keys, s, rf->nnames);
	return (unsigned int)(rf->nnames - 1);
}

/*
 * Start a record at the given line, if none is open.  Its fields are
 * found when the whole file has been read: the array of fields may
 * still move.
 */
static struct record *
open_record(struct recfile *rf, struct record *cur, size_t *maxrecs,
    size_t line)
{
	struct record	*r;

	if (cur != NULL)
		return cur;
	if (rf->nrecs == *maxrecs) {
		*maxrecs = *maxrecs == 0 ? 64 : *maxrecs * 2;
		rf->recs = xreallocarray(rf->recs, *maxrecs,
		    sizeof(*rf->recs));
	}
	r = &rf->recs[rf->nrecs++];
	memset(r, 0, sizeof(*r));
	r->line = line;
	return r;
}

/*
 * Parse len bytes of text into rf.  The text must be followed by one
 * more byte of room: it is cut up in place, each name and value ended
 * by a NUL where its ':' or its line's newline was, and continuation
 * lines are moved back to join their value.  rf owns the text from
 * here on, and rec_free() frees it.  Returns the number of errors.
 */
int
rec_parse(struct recfile *rf, const char *fname, char *text, size_t len)
{
	struct record	*cur = NULL;
	struct field	*f = NULL;
	char		*s, *nl, *q, *end = text + len, *w = NULL;
	size_t		 lineno = 0, ll, i, bad, nerr = 0, nfields = 0;
	size_t		 maxrecs = 0, maxfields = 0;
	unsigned long	 cp;
	unsigned int	 key;
	unsigned char	 c;
	int		 continued = 0;

	memset(rf, 0, sizeof(*rf));
	rf->fname = fname;
	rf->text = text;
	text[len] = '\0';

#define ERR(col, ...) do { \
		diag(DIAG_ERROR, fname, lineno, (col), __VA_ARGS__); \
		nerr++; \
	} while (0)

	/* End the value of the current field, if any. */
#define FLUSH() do { \
		if (f != NULL) \
			*w = '\0'; \
		f = NULL; \
	} while (0)

	for (s = text; s < end; s = nl + 1) {
		lineno++;
		q = continued ? s : plain_end(s, end);
		if (q == end || *q == '\n')
			nl = q;
		else if ((nl = memchr(q, '\n', (size_t)(end - q))) == NULL)
			nl = end;
		ll = (size_t)(nl - s);
		if (continued) {
			/* The rest of a backslash-continued line, reported. */
			continued = ll > 0 && s[ll - 1] == '\\';
			continue;
		}
		if (ll > REC_MAXLINE) {
			ERR(REC_MAXLINE + 1, "line longer than %d bytes",
			    REC_MAXLINE);
			continue;
		}
		cp = 0;
		/*
		 * Printable ASCII passes at once and a tab is white space.
		 * From the first byte past ASCII on, the line must be valid
		 * UTF-8.  Any other byte is a control character, an error.
		 */
		i = (size_t)(q - s);
		c = i < ll ? (unsigned char)s[i] : 0;
		if (i < ll && c >= 0x80) {
			if (!utf8_check(s + i, ll - i, &bad)) {
				ERR(column(s, i + bad), "invalid UTF-8 byte "
				    "0x%02x", (unsigned char)s[i + bad]);
				continue;
			}
			for (; i < ll; i++) {
				c = (unsigned char)s[i];
				if ((c < 0x20 && c != '\t') || c == 0x7f)
					break;
				if (c >= 0x80 && (cp = hidden(s + i)) != 0)
					break;
			}
		}
		if (i < ll && cp != 0) {
			ERR(column(s, i), "%s U+%04lX",
			    cp < 0xa0 ? "control character" :
			    "bidirectional control character", cp);
			continue;
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
			/* The value so far ends before s; move this on. */
			*w++ = '\n';
			memmove(w, s + i, ll - i);
			w += ll - i;
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
		s[i] = '\0';
		if ((key = intern(rf, s)) == REC_NOKEY) {
			ERR(1, "too many different field names");
			continue;
		}
		FLUSH();
		cur = open_record(rf, cur, &maxrecs, lineno);
		if (nfields == maxfields) {
			maxfields = maxfields == 0 ? 256 : maxfields * 2;
			rf->fields = xreallocarray(rf->fields, maxfields,
			    sizeof(*rf->fields));
		}
		f = &rf->fields[nfields++];
		cur->nfields++;
		cur->endline = lineno;
		f->name = rf->names[key];
		f->key = key;
		f->line = lineno;
		i++;
		if (i < ll && (s[i] == ' ' || s[i] == '\t'))
			i++;
		/* The name, ':' and blank are ASCII: a column per byte. */
		f->vcol = (unsigned int)i + 1;
		f->value = s + i;
		w = nl;
	}
	FLUSH();
	/* The fields of the file are in one array, record after record. */
	for (nfields = 0, i = 0; i < rf->nrecs; i++) {
		rf->recs[i].fields = rf->fields + nfields;
		nfields += rf->recs[i].nfields;
	}
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
	struct stat	 st;
	char		*text;
	size_t		 len = 0, cap;
	ssize_t		 n;
	int		 fd;

	memset(rf, 0, sizeof(*rf));
	if ((fd = open(fname, O_RDONLY)) == -1) {
		diag(DIAG_ERROR, fname, 0, 0, "%s", strerror(errno));
		return -1;
	}
	/* A regular file is read into a buffer of just its size. */
	cap = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
	    (unsigned long long)st.st_size < SIZE_MAX / 2 ?
	    (size_t)st.st_size + 1 : 65536;
	text = xmalloc(cap + 1);
	for (;;) {
		if (len == cap) {
			if (cap > SIZE_MAX / 4) {
				diag(DIAG_ERROR, fname, 0, 0, "too large");
				close(fd);
				free(text);
				return -1;
			}
			cap *= 2;
			text = xreallocarray(text, cap + 1, 1);
		}
		n = read(fd, text + len, cap - len);
		if (n == -1) {
			if (errno == EINTR)
				continue;
			diag(DIAG_ERROR, fname, 0, 0, "%s", strerror(errno));
			close(fd);
			free(text);
			return -1;
		}
		if (n == 0)
			break;
		len += (size_t)n;
	}
	close(fd);
	return rec_parse(rf, fname, text, len);
}

void
rec_free(struct recfile *rf)
{
	free(rf->names);
	strset_free(&rf->keys);
	free(rf->fields);
	free(rf->recs);
	free(rf->text);
	memset(rf, 0, sizeof(*rf));
}

/* The key of a field name, or REC_NOKEY if no field has that name. */
unsigned int
rec_key(const struct recfile *rf, const char *name)
{
	size_t	 k;

	k = strset_has(&rf->keys, name);
	return k != 0 ? (unsigned int)(k - 1) : REC_NOKEY;
}

/* The first field of the record with that key, or NULL. */
const struct field *
rec_field(const struct record *r, unsigned int key)
{
	size_t	 i;

	for (i = 0; i < r->nfields; i++)
		if (r->fields[i].key == key)
			return &r->fields[i];
	return NULL;
}

/*
 * The line and column of byte off of a field's value.  A value that
 * goes on over "+ " lines has a newline for each, and its text there
 * starts in column 3.
 */
void
rec_pos(const struct field *f, size_t off, size_t *line, size_t *col)
{
	const char	*v = f->value;
	size_t		 i;

	*line = f->line;
	*col = f->vcol;
	for (i = 0; i < off && v[i] != '\0'; i++) {
		if (v[i] == '\n') {
			(*line)++;
			*col = 3;
		} else if (((unsigned char)v[i] & 0xc0) != 0x80)
			(*col)++;
	}
}
