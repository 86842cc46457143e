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

#include "docgen.h"

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
buf_putn(struct buf *b, const char *s, size_t len)
{
	buf_grow(b, len);
	memcpy(b->p + b->len, s, len);
	b->len += len;
	b->p[b->len] = '\0';
}

void
buf_putc(struct buf *b, char c)
{
	buf_grow(b, 1);
	b->p[b->len++] = c;
	b->p[b->len] = '\0';
}

void
buf_puts(struct buf *b, const char *s)
{
	buf_putn(b, s, strlen(s));
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

void
buf_free(struct buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}
