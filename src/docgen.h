/*
 * illumos-docgen: turn the illumos-resources catalog into manual pages
 * and Texinfo manuals.
 *
 * Data flows one way: bytes become records (rec.c), records become a
 * typed catalog (catalog.c), and one writer per output format turns the
 * catalog into text (mdoc.c, texi.c, markdown.c).  This header is the
 * contract between those stages.
 */

#ifndef DOCGEN_H
#define DOCGEN_H

#include <stdarg.h>
#include <stddef.h>

/* Let GNU C and clang check printf-style formats; others ignore it. */
#if defined(__GNUC__)
#define PRINTFLIKE(f, a)	__attribute__((__format__(__printf__, f, a)))
#else
#define PRINTFLIKE(f, a)
#endif

/* Exit statuses, as documented in illumos-docgen(1). */
#define EXIT_OK		0
#define EXIT_CATALOG	1
#define EXIT_USAGE	2

/* The longest line the parser accepts, in bytes. */
#define REC_MAXLINE	(64 * 1024)

/* The most errors reported; later ones are counted but not printed. */
#define DIAG_MAXERRORS	50

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

void	 buf_puts(struct buf *, const char *);
void	 buf_putn(struct buf *, const char *, size_t);
void	 buf_printf(struct buf *, const char *, ...)
	    PRINTFLIKE(2, 3);
void	 buf_free(struct buf *);
void	*xmalloc(size_t);
void	*xreallocarray(void *, size_t, size_t);
void	*xmore(void *, size_t, size_t);
char	*xstrndup(const char *, size_t);

/* A set of strings, each with a number such as a line (never 0). */
struct strset {
	const char	**keys;
	size_t		 *vals;
	size_t		 *hashes;	/* Compared before any key is read. */
	size_t		  n;
	size_t		  cap;
};

size_t	 strset_add(struct strset *, const char *, size_t);
int	 strset_has(const struct strset *, const char *);
void	 strset_free(struct strset *);

/* Diagnostics in the GNU format: file:line:column: level: message. */
enum diag_level {
	DIAG_WARNING,
	DIAG_ERROR
};

void	 diag(enum diag_level, const char *, size_t, size_t,
	    const char *, ...)
	    PRINTFLIKE(5, 6);
void	 vdiag(enum diag_level, const char *, size_t, size_t,
	    const char *, va_list);
void	 diag_sys(const char *, const char *);
int	 diag_errors(void);
void	 diag_reset(void);

/*
 * One field of a record: name, value, and where each began.  Both
 * strings live in the file's own text, which the parser cuts up in
 * place, so a field costs no allocation of its own.  Every field of
 * the same name points to the name's first occurrence and has the same
 * key, a small number, so that later stages compare numbers instead of
 * strings scattered over the whole file.
 */
struct field {
	const char	*name;
	const char	*value;	/* Continuation lines joined by '\n'. */
	size_t		 line;	/* Line of the field name and its value. */
	unsigned int	 vcol;	/* Column where the value began. */
	unsigned int	 key;	/* The name's number, from 0 up. */
};

/* The key of a name that no field of the file has. */
#define REC_NOKEY	((unsigned int)-1)

struct record {
	struct field	*fields;
	size_t		 nfields;
	size_t		 line;	/* Line of the first field. */
	size_t		 endline;
};

struct recfile {
	const char	*fname;
	char		*text;	/* The file, cut up into names and values. */
	struct field	*fields;	/* Every field of the file, in order. */
	struct record	*recs;
	size_t		 nrecs;
	const char	**names;	/* Each field name once, by key. */
	unsigned int	*hashes;	/* The hash of each name, by key. */
	size_t		 nnames;
	unsigned int	*slots;	/* A hash table of key + 1; 0 is empty. */
	size_t		 nslots;	/* A power of two. */
};

int	 rec_parse(struct recfile *, const char *, char *, size_t);
int	 rec_read(struct recfile *, const char *);
void	 rec_free(struct recfile *);
unsigned int rec_key(const struct recfile *, const char *);
const struct field *rec_field(const struct record *, unsigned int);
void	 rec_pos(const struct field *, size_t, size_t *, size_t *);
int	 utf8_check(const char *, size_t, size_t *);

/* Simple regular expressions, matched faster than by regexec(). */
struct sre;
struct sre *sre_compile(const char *, size_t);
int	 sre_match(const struct sre *, const char *);
void	 sre_free(struct sre *);

/* A list of strings that point into the record file. */
struct strlist {
	const char	**v;
	size_t		  n;
};

struct page {
	const char	*name;
	const char	*section;
	const char	*title;
	const char	*summary;
	const char	*intro;
	const char	*url;		/* The list this page comes from. */
	struct strlist	 seealso;
};

struct term {
	const char	*name;
	const char	*kind;
	const char	*title;
	const char	*url;
	struct strlist	 seealso;
	const char	*description;
};

struct distro {
	size_t		 line;	/* Where the record began. */
	const char	*name;
	const char	*url;
	const char	*provider;
	const char	*provider_url;
	struct strlist	 focus;
	const char	*linux_analog;
	int		 open_source;
	const char	*packaging;
	const char	*packaging_url;
	struct strlist	 arch;
	struct strlist	 platforms;	/* The titles of the arch terms. */
	int		 kvm;
	int		 lx;
	struct strlist	 alias;
	const char	*summary;
	const char	*description;
};

struct book {
	size_t		 line;
	const char	*title;
	const char	*url;
	const char	*kind;
	struct strlist	 alias;
	struct strlist	 seealso;
	const char	*summary;
	const char	*description;
};

struct catalog {
	const char	*fname;
	const char	*updated;	/* YYYY-MM-DD */
	int		 year, month, day;
	struct page	*pages;
	size_t		 npages;
	struct term	*terms;
	size_t		 nterms;
	struct distro	*distros;
	size_t		 ndistros;
	struct book	*books;
	size_t		 nbooks;
	char		**owned;	/* Trimmed copies of values. */
	size_t		 nowned;
	unsigned char	*has;	/* Distribution i has term j at i*nterms+j. */
	const char	**titles;	/* Where each platforms list points. */
};

int	 schema_check(const struct recfile *);
int	 catalog_build(struct catalog *, const struct recfile *);
void	 catalog_free(struct catalog *);
const struct page *catalog_page(const struct catalog *, const char *);
const struct term *catalog_term(const struct catalog *, const char *);
int	 catalog_has_term(const struct catalog *, const struct distro *,
	    const struct term *);

#define CATALOG_NCOLUMNS	6
extern const char *const catalog_columns[CATALOG_NCOLUMNS];
void	 catalog_row(const struct distro *, struct buf *);
void	 catalog_widest(const struct catalog *, struct buf *);
void	 catalog_join(struct buf *, const struct strlist *);
const char *catalog_month(int);

/* The licence of the output, as lines of text. */
extern const char *const license_grant[];
extern const char *const license_disclaimer[];
#define COPYRIGHT_HOLDER "The illumos-resources authors"

/* Escaping, one function per output language. */
#define ROFF_ARG	0x01	/* Inside a macro argument. */
#define ROFF_LINESTART	0x02	/* The text begins a line. */
#define ROFF_QUOTE	0x04	/* Quote the argument, for a column width. */
#define ROFF_URL	0x08	/* A link: let a long one break after '/'. */

void	 roff_escape(struct buf *, const char *, size_t, int);
void	 texi_escape(struct buf *, const char *, size_t);
void	 texi_escape_uref(struct buf *, const char *, size_t);
void	 texi_slug(struct buf *, const char *);
void	 md_escape(struct buf *, const char *, size_t, int);
void	 md_escape_url(struct buf *, const char *, size_t);

/* Writers: each renders one page of the catalog into a buffer. */
int	 mdoc_write(struct buf *, const struct catalog *, const struct page *);
int	 texi_write(struct buf *, const struct catalog *, const struct page *);
int	 md_write(struct buf *, const struct catalog *);

#endif /* !DOCGEN_H */
