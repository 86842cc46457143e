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

static int	 put_escaped(const char *, size_t, size_t);
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
		if (nerrors == DIAG_MAXERRORS + 1) {
			put_escaped(fname, strlen(fname), SIZE_MAX);
			fputs(": error: too many errors, giving up\n", stderr);
		}
		return;
	}
	put_escaped(fname, strlen(fname), SIZE_MAX);
	if (line != 0)
		fprintf(stderr, ":%zu", line);
	if (line != 0 && col != 0)
		fprintf(stderr, ":%zu", col);
	fputs(level == DIAG_ERROR ? ": error: " : ": warning: ", stderr);
	put_message(fmt, ap);
	fputc('\n', stderr);
}

/*
 * Write len bytes of s, each character that rec_forbidden() names (the
 * controls, the line and paragraph separators, the bidirectional
 * controls, the noncharacters) and each byte that is no UTF-8 as an
 * escape ("\n", "\t", "\xhh", "\uhhhh" or "\Uhhhhhhhh"), so that no
 * name or value can end a diagnostic and forge another that an editor
 * would jump to, or send a terminal a command.  A tab is escaped too,
 * and a backslash is written "\\", so that every escape reads one way.
 * The written text stops at a character before it would pass max
 * bytes; returns whether it stopped so.
 */
static int
put_escaped(const char *s, size_t len, size_t max)
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
		else if (rec_forbidden(cp) == NULL)
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
			fputs(esc, stderr);
		else
			fwrite(s + i, 1, n, stderr);
	}
	return 0;
}

/*
 * The message, on one line whatever the values it quotes hold, and
 * of at most DIAG_MAXMSG bytes as written: a longer one is cut at a
 * character, and "..." is written after it.
 */
static void
put_message(const char *fmt, va_list ap)
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
	if (put_escaped(msg, len, DIAG_MAXMSG) || (size_t)n > len)
		fputs("...", stderr);
}

/* A failure of the system rather than of the catalog. */
void
diag_sys(const char *what, const char *why)
{
	fputs("illumos-docgen: ", stderr);
	if (put_escaped(what, strlen(what), DIAG_MAXMSG))
		fputs("...", stderr);
	fputs(": ", stderr);
	if (put_escaped(why, strlen(why), DIAG_MAXMSG))
		fputs("...", stderr);
	fputc('\n', stderr);
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
