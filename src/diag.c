/*
 * Diagnostics in the GNU format, so that editors can jump to them:
 * "file:line:column: error: message".  Errors are counted rather than
 * fatal, so that one run reports every mistake in a catalog.
 */

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docgen.h"
#include "testing.h"

static int	 put_escaped(struct buf *, const char *, size_t, size_t);
static void	 put_message(struct buf *, const char *, va_list);
static void	 put_start(struct buf *, enum diag_level, const char *, size_t,
		    size_t);
static void	 put_line(struct buf *);

/*
 * The longest message, in bytes.  A message may quote a value of the
 * catalog, which may be megabytes long; the start of it is enough to
 * find it by, and the line and column say where it is.
 */
#define DIAG_MAXMSG	400

static int	 nerrors, nwarnings;

void
diag(enum diag_level level, const char *fname, size_t line, size_t col,
    const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vdiag(level, fname, line, col, fmt, ap);
	va_end(ap);
}

void
vdiag(enum diag_level level, const char *fname, size_t line, size_t col,
    const char *fmt, va_list ap)
{
	struct buf	 b;

	memset(&b, 0, sizeof(b));
	if (level == DIAG_ERROR && ++nerrors > DIAG_MAXERRORS) {
		if (nerrors == DIAG_MAXERRORS + 1) {
			put_escaped(&b, fname, strlen(fname), SIZE_MAX);
			buf_puts(&b, ": error: too many errors, giving up");
			put_line(&b);
		}
		return;
	}
	/*
	 * Warnings are as many as the catalog makes them, each with the
	 * name of the file, which may be long: past the same number they
	 * are only counted, so that their cost stays that of the file.
	 */
	if (level == DIAG_WARNING && ++nwarnings > DIAG_MAXERRORS) {
		if (nwarnings == DIAG_MAXERRORS + 1) {
			put_escaped(&b, fname, strlen(fname), SIZE_MAX);
			buf_puts(&b, ": warning: too many warnings, no more "
			    "are shown");
			put_line(&b);
		}
		return;
	}
	put_start(&b, level, fname, line, col);
	put_message(&b, fmt, ap);
	put_line(&b);
}

/* "file:line:column: error: ", without the line or column if 0. */
static void
put_start(struct buf *b, enum diag_level level, const char *fname,
    size_t line, size_t col)
{
	put_escaped(b, fname, strlen(fname), SIZE_MAX);
	if (line != 0)
		buf_printf(b, ":%zu", line);
	if (line != 0 && col != 0)
		buf_printf(b, ":%zu", col);
	buf_puts(b, level == DIAG_ERROR ? ": error: " : ": warning: ");
}

/*
 * A diagnostic about the file fname, written as diag() would write it,
 * newline and all, but returned, not written or counted: for a signal
 * handler to write, which can neither format nor allocate.
 */
char *
diag_line(enum diag_level level, const char *fname, const char *fmt, ...)
{
	struct buf	 b;
	va_list		 ap;

	memset(&b, 0, sizeof(b));
	put_start(&b, level, fname, 0, 0);
	va_start(ap, fmt);
	put_message(&b, fmt, ap);
	va_end(ap);
	buf_puts(&b, "\n");
	return b.p;
}

/*
 * End the line in b and write it with one call: the standard error
 * is unbuffered, and a write for each part would make a catalog of
 * many warnings cost a system call for each character.
 */
static void
put_line(struct buf *b)
{
	buf_putc(b, '\n');
	fwrite(b->p, 1, b->len, stderr);
	buf_free(b);
}

/*
 * Write len bytes of s, each character that rec_forbidden() names (the
 * controls, the line and paragraph separators, the bidirectional
 * controls, the noncharacters) and each byte that is no UTF-8 as an
 * escape ("\n", "\t", "\xhh", "\uhhhh" or "\Uhhhhhhhh"), so that no
 * name or value can end a diagnostic and forge another that an editor
 * would jump to, or send a terminal a command.  A character of no
 * width, such as U+FEFF or a combining accent, is escaped as well: the
 * message may be about it, and a terminal would show nothing, or show
 * it on the character before.  A tab is escaped too,
 * and a backslash is written "\\", so that every escape reads one way.
 * The written text stops at a character before it would pass max
 * bytes; returns whether it stopped so.
 */
static int
put_escaped(struct buf *b, const char *s, size_t len, size_t max)
{
	char		 esc[12];
	unsigned long	 cp;
	size_t		 i, n, w, out = 0;

	for (i = 0; i < len; i += n) {
		if ((n = utf8_decode(s + i, len - i, &cp)) == 0) {
			n = 1;
			snprintf(esc, sizeof(esc), "\\x%02x",
			    (unsigned char)s[i]);
		} else if (cp == '\\')
			strcpy(esc, "\\\\");
		else if (cp == '\n')
			strcpy(esc, "\\n");
		else if (cp == '\t')
			strcpy(esc, "\\t");
		else if (rec_forbidden(cp) == NULL && !utf8_no_width(cp))
			esc[0] = '\0';
		else if (cp < 0x80)
			snprintf(esc, sizeof(esc), "\\x%02lx", cp);
		else
			snprintf(esc, sizeof(esc), cp < 0x10000 ? "\\u%04lx" :
			    "\\U%08lx", cp);
		w = esc[0] != '\0' ? strlen(esc) : n;
		if (w > max - out)
			return 1;
		out += w;
		if (esc[0] != '\0')
			buf_puts(b, esc);
		else
			buf_putn(b, s + i, n);
	}
	return 0;
}

/*
 * The message, on one line whatever the values it quotes hold, and
 * of at most DIAG_MAXMSG bytes as written: a longer one is cut at a
 * character, and "..." is written after it.
 */
static void
put_message(struct buf *b, const char *fmt, va_list ap)
{
	char		 msg[DIAG_MAXMSG + 1];
	size_t		 len, lead;
	unsigned char	 c;
	int		 n;

	if ((n = vsnprintf(msg, sizeof(msg), fmt, ap)) < 0)
		return;
	len = (size_t)n < DIAG_MAXMSG ? (size_t)n : DIAG_MAXMSG;
	/* A character that the buffer cut short is left out whole. */
	for (lead = len; (size_t)n > len && lead > 0 &&
	    ((unsigned char)msg[lead - 1] & 0xc0) == 0x80; lead--)
		continue;
	if ((size_t)n > len && lead > 0 &&
	    (c = (unsigned char)msg[lead - 1]) >= 0xc0 &&
	    len - (lead - 1) < (c >= 0xf0 ? 4u : c >= 0xe0 ? 3u : 2u))
		len = lead - 1;
	if (put_escaped(b, msg, len, DIAG_MAXMSG) || (size_t)n > len)
		buf_puts(b, "...");
}

/* A failure of the system rather than of the catalog. */
void
diag_sys(const char *what, const char *why)
{
	struct buf	 b;

	memset(&b, 0, sizeof(b));
	buf_puts(&b, "illumos-docgen: ");
	if (put_escaped(&b, what, strlen(what), DIAG_MAXMSG))
		buf_puts(&b, "...");
	buf_puts(&b, ": ");
	if (put_escaped(&b, why, strlen(why), DIAG_MAXMSG))
		buf_puts(&b, "...");
	put_line(&b);
}

/*
 * Has the run reported all the errors it prints?  A check may stop
 * then: what it would find is not shown, and the run fails anyway, so
 * a file full of mistakes costs no more than one with a few.
 */
int
diag_given_up(void)
{
	return nerrors > DIAG_MAXERRORS;
}

/*
 * Will the next error go unprinted?  Then its place need not be worked
 * out: where that costs time in proportion to a long value, a value
 * full of mistakes would cost it once for each.
 */
int
diag_full(void)
{
	return nerrors >= DIAG_MAXERRORS;
}

/*
 * Was a diagnostic not written, to a full or closed standard error?
 * A warning nobody saw must not pass for a clean run, so the run then
 * fails as for any other failed write, with nothing written.
 */
int
diag_lost(void)
{
	return ferror(stderr) != 0;
}

int
diag_errors(void)
{
	return nerrors;
}

void
diag_reset(void)
{
	nerrors = nwarnings = 0;
}
