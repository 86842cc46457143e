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
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
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
