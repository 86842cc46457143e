/*
 * Diagnostics in the GNU format, so that editors can jump to them:
 * "file:line:column: error: message".  Errors are counted rather than
 * fatal, so that one run reports every mistake in a catalog.
 */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "docgen.h"
#include "testing.h"

static void	 put_message(const char *, va_list);

/*
 * The longest message, in bytes.  A message may quote a value of the
 * catalog, which may be megabytes long; the start of it is enough to
 * find it by, and the line and column say where it is.
 */
#define DIAG_MAXMSG	400

static int	 nerrors;

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

	if (level == DIAG_ERROR && ++nerrors > DIAG_MAXERRORS) {
		if (nerrors == DIAG_MAXERRORS + 1)
			fprintf(stderr, "%s: error: too many errors, "
			    "giving up\n", fname);
		return;
	}
	if (line == 0)
		fprintf(stderr, "%s: ", fname);
	else if (col == 0)
		fprintf(stderr, "%s:%zu: ", fname, line);
	else
		fprintf(stderr, "%s:%zu:%zu: ", fname, line, col);
	fputs(level == DIAG_ERROR ? "error: " : "warning: ", stderr);
	put_message(fmt, ap);
	fputc('\n', stderr);
}

/*
 * The message, on one line whatever the values it quotes hold: a
 * newline, a tab or another control character is written as an
 * escape, so that no value can end a diagnostic and forge another
 * that an editor would jump to.  A message over DIAG_MAXMSG bytes is
 * cut at a character and ends in "...".
 */
static void
put_message(const char *fmt, va_list ap)
{
	char		 msg[DIAG_MAXMSG + 5];	/* Room to see where it is cut. */
	const char	*p;
	size_t		 len;
	int		 n;

	if ((n = vsnprintf(msg, sizeof(msg), fmt, ap)) < 0)
		return;
	len = (size_t)n < DIAG_MAXMSG ? (size_t)n : DIAG_MAXMSG;
	if ((size_t)n > len)
		while (len > 0 && ((unsigned char)msg[len] & 0xc0) == 0x80)
			len--;
	for (p = msg; p < msg + len; p++)
		if (*p == '\n')
			fputs("\\n", stderr);
		else if (*p == '\t')
			fputs("\\t", stderr);
		else if ((unsigned char)*p < 0x20 || *p == 0x7f)
			fprintf(stderr, "\\x%02x", (unsigned char)*p);
		else
			fputc(*p, stderr);
	if ((size_t)n > len)
		fputs("...", stderr);
}

/* A failure of the system rather than of the catalog. */
void
diag_sys(const char *what, const char *why)
{
	fprintf(stderr, "illumos-docgen: %s: %s\n", what, why);
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
	nerrors = 0;
}
