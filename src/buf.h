/*
 * The growable byte buffer that every stage writes into, and the
 * allocation functions that exit on failure (buf.c).  The calls that
 * every writer makes most are inline here; they are buf.c's own, kept
 * in its header so that docgen.h, the contract between the stages,
 * holds declarations only.
 */

#ifndef BUF_H
#define BUF_H

#include <stddef.h>
#include <string.h>

/* Let GNU C and clang check printf-style formats; others ignore it. */
#if defined(__GNUC__)
#define PRINTFLIKE(f, a)	__attribute__((__format__(__printf__, f, a)))
#else
#define PRINTFLIKE(f, a)
#endif

/*
 * A growable byte buffer.  Writers build their output in one of these;
 * when it has a sink (a file descriptor), buf_flush() at the end of an
 * entry writes out what has been built, so that memory does not grow
 * with the size of the catalog.
 */
struct buf {
	char	*p;
	size_t	 len;
	size_t	 cap;
	int	 sink;	/* Set when fd is to receive flushed output. */
	int	 fd;
	int	 err;	/* The errno of a failed flush, or 0. */
};

void	 buf_grow(struct buf *, size_t);
void	 buf_flush(struct buf *);
int	 buf_write(int, const char *, size_t);

/* One byte, the commonest call of every writer, inline. */
static inline void
buf_putc(struct buf *b, char c)
{
	if (b->len + 2 > b->cap)
		buf_grow(b, 1);
	b->p[b->len++] = c;
	b->p[b->len] = '\0';
}

/* Bytes, the next commonest, inline too. */
static inline void
buf_putn(struct buf *b, const char *s, size_t len)
{
	if (b->len + len + 1 > b->cap)
		buf_grow(b, len);
	memcpy(b->p + b->len, s, len);
	b->len += len;
	b->p[b->len] = '\0';
}

static inline void
buf_puts(struct buf *b, const char *s)
{
	buf_putn(b, s, strlen(s));
}

void	 buf_printf(struct buf *, const char *, ...)
	    PRINTFLIKE(2, 3);
void	 buf_puthex(struct buf *, unsigned long, int, int);
void	 buf_putfield(struct buf *, const char *, size_t);
void	 buf_free(struct buf *);
void	*xmalloc(size_t);
void	*xreallocarray(void *, size_t, size_t);
void	*xmore(void *, size_t, size_t);
char	*xstrndup(const char *, size_t);

#endif /* !BUF_H */
