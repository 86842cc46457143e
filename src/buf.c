/*
 * Growable buffers and allocation helpers.  Running out of memory is
 * not something a documentation generator can recover from, so these
 * report it and exit with the I/O status.
 */

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "docgen.h"

/* The output a buffer with a sink holds before buf_flush() writes it. */
#define FLUSH_AT	65536

void *
xmalloc(size_t sz)
{
	void	*p;

	if ((p = malloc(sz == 0 ? 1 : sz)) == NULL) {
		diag_sys("malloc", strerror(errno));
		exit(EXIT_USAGE);
	}
	return p;
}

void *
xreallocarray(void *old, size_t n, size_t sz)
{
	void	*p;

	if (sz != 0 && n > SIZE_MAX / sz) {
		diag_sys("realloc", "size overflow");
		exit(EXIT_USAGE);
	}
	if ((p = realloc(old, n * sz == 0 ? 1 : n * sz)) == NULL) {
		diag_sys("realloc", strerror(errno));
		exit(EXIT_USAGE);
	}
	return p;
}

/*
 * Room for one more element after the n in p: an array doubles each
 * time its count reaches a power of two, so that a large catalog is not
 * copied over and over.
 */
void *
xmore(void *p, size_t n, size_t size)
{
	if (n != 0 && (n & (n - 1)) != 0)
		return p;
	return xreallocarray(p, n == 0 ? 1 : 2 * n, size);
}

char *
xstrndup(const char *s, size_t len)
{
	char	*p;

	p = xmalloc(len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

void
buf_grow(struct buf *b, size_t more)
{
	size_t	 cap;

	if (b->len + more + 1 <= b->cap)
		return;
	cap = b->cap == 0 ? 4096 : b->cap;
	while (cap < b->len + more + 1) {
		if (cap > SIZE_MAX / 2) {
			diag_sys("buffer", "size overflow");
			exit(EXIT_USAGE);
		}
		cap *= 2;
	}
	b->p = xreallocarray(b->p, cap, 1);
	b->cap = cap;
}


void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list	 ap;
	int	 n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0) {
		diag_sys("vsnprintf", strerror(errno));
		exit(EXIT_USAGE);
	}
	buf_grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

/*
 * The number v in hexadecimal, with at least digits digits, in capitals
 * if upper is set: as printf's "%0*lX" writes it.  Code points are
 * written so, one for each character beyond ASCII of a name, and
 * printf's machinery would cost many times the rest of the work.
 */
void
buf_puthex(struct buf *b, unsigned long v, int digits, int upper)
{
	const char	*xd = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char		 s[2 * sizeof(v)];
	size_t		 n = sizeof(s);

	do {
		s[--n] = xd[v & 0xf];
		v >>= 4;
	} while (v != 0 || (int)(sizeof(s) - n) < digits);
	buf_putn(b, s + n, sizeof(s) - n);
}

/*
 * A field of a line of the lists that programs read (-T urls, checked
 * and facts): a tab, a newline, a carriage return or a backslash is
 * written as "\t", "\n", "\r" or "\\", so that every line keeps its
 * fields, whatever a file name or a value holds.
 */
void
buf_putfield(struct buf *b, const char *s, size_t len)
{
	const char	*end = s + len;

	for (; s < end; s++)
		switch (*s) {
		case '\t':
			buf_puts(b, "\\t");
			break;
		case '\n':
			buf_puts(b, "\\n");
			break;
		case '\r':
			buf_puts(b, "\\r");
			break;
		case '\\':
			buf_puts(b, "\\\\");
			break;
		default:
			buf_putc(b, *s);
			break;
		}
}

void
buf_free(struct buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

/* Write all of it, resuming after signals; -1 with errno on failure. */
int
buf_write(int fd, const char *p, size_t len)
{
	ssize_t	 n;

	while (len > 0) {
		if ((n = write(fd, p, len)) == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/*
 * Called by writers between entries, never inside one, so that no
 * writer ever looks back at bytes that are already gone.
 */
void
buf_flush(struct buf *b)
{
	if (!b->sink || b->len < FLUSH_AT || b->err != 0)
		return;
	if (buf_write(b->fd, b->p, b->len) == -1)
		b->err = errno;
	b->len = 0;
	b->p[0] = '\0';
}
