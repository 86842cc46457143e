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

#include "buf.h"

/* Exit statuses, as documented in illumos-docgen(1). */
#define EXIT_OK		0
#define EXIT_CATALOG	1
#define EXIT_USAGE	2

/* The longest line the parser accepts, in bytes. */
#define REC_MAXLINE	(64 * 1024)

/*
 * The largest catalog read, in bytes: the real one is some 16 KB, and
 * a synthetic one of a million records some 600 MB.  Without a bound, a
 * pipe or a device that never ends would be read until memory ran out.
 */
#define REC_MAXFILE	((size_t)1 << 30)

/* The most errors reported; later ones are counted but not printed. */
#define DIAG_MAXERRORS	50

/*
 * A set of strings, each with a number such as a line (never 0), kept
 * in a crit-bit tree (strset.c).  All zero is the empty set.
 */
struct strnode {
	size_t		 child[2];	/* Even: a node; odd: a key. */
	size_t		 byte;		/* The byte it tests, */
	unsigned int	 bit;		/* ... and the bit of it. */
};

struct strset {
	const char	**keys;		/* In the order they were added. */
	size_t		 *vals;
	struct strnode	 *nodes;	/* n - 1 inner nodes. */
	size_t		  n;
	size_t		  root;
};

size_t	 strset_add(struct strset *, const char *, size_t);
size_t	 strset_has(const struct strset *, const char *);
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
char	*diag_line(enum diag_level, const char *, const char *, ...)
		    PRINTFLIKE(3, 4);
int	 diag_given_up(void);
int	 diag_full(void);
int	 diag_lost(void);

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
	size_t		 nnames;
	struct strset	 keys;	/* The key + 1 of each name. */
	size_t		*tight;	/* Lines of a "+" with no blank after it. */
	size_t		 ntight;
};

int	 rec_read(struct recfile *, const char *);
void	 rec_free(struct recfile *);
int	 rec_blank(int);
const char *rec_forbidden(unsigned long);
const char *rec_trim(const char *, size_t *);
void	 rec_value_pos(const struct recfile *, const struct field *,
	    size_t *, size_t *);
unsigned int rec_key(const struct recfile *, const char *);
const struct field *rec_field(const struct record *, unsigned int);
void	 rec_pos(const struct recfile *, const struct field *, size_t,
	    size_t *, size_t *);
size_t	 utf8_decode(const char *, size_t, unsigned long *);
size_t	 utf8_nchars(const char *, size_t);
size_t	 utf8_width(const char *, size_t);
int	 utf8_no_width(unsigned long);
int	 utf8_unstable(unsigned long);
int	 utf8_unassigned(unsigned long);

/* A list of strings that point into the record file. */
struct strlist {
	const char	**v;
	size_t		  n;
};

/*
 * The pages the generator can lay out.  A Page record's Name says which
 * one it is; catalog_pages[] holds each name once.
 */
enum page_kind {
	PAGE_DISTROS,
	PAGE_BOOKS,
	PAGE__COUNT
};

extern const char *const catalog_pages[PAGE__COUNT];

struct page {
	size_t		 line;	/* Where the Name field is. */
	size_t		 col;
	enum page_kind	 kind;
	const char	*name;
	const char	*section;
	const char	*title;
	const char	*summary;
	const char	*intro;
	const char	*url;		/* The list this page comes from. */
	struct strlist	 seealso;
};

/*
 * The kinds of Term, each with the heading of the part of the pages
 * that explains the terms of that kind.  A term of a kind the catalog
 * names but the generator does not know is of TERM_OTHER: it is shown
 * in no part of its own, and a distribution has it as it has a
 * platform, when its Arch names it.
 */
enum term_kind {
	TERM_PACKAGING,
	TERM_VIRTUALIZATION,
	TERM_PLATFORM,
	TERM_OTHER
};

struct term_kind_desc {
	const char	*name;		/* As the catalog writes it. */
	const char	*title;		/* The heading of its part. */
	const char	*about;		/* A few words on that part. */
};

extern const struct term_kind_desc catalog_term_kinds[TERM_OTHER];

struct term {
	size_t		 line;
	size_t		 col;
	const char	*node;		/* The Texinfo anchor of its section, */
					/* ... made from the name it is */
					/* ... shown by: a platform's title, */
					/* ... the name of any other. */
	const char	*kindname;	/* As the catalog writes it. */
	enum term_kind	 kind;
	const char	*name;
	const char	*title;
	const char	*url;
	struct strlist	 seealso;
	const char	*description;
	struct strlist	 sources;	/* Where its facts were checked, */
	const char	*checked;	/* ... and when, as YYYY-MM-DD. */
	size_t		 same;		/* Index + 1 of the next term of */
					/* ... its name, or 0. */
	size_t		*users;		/* The distributions that have it, */
	size_t		 nusers;	/* ... by their index. */
};

/*
 * A fact that a source may leave open is yes, no or not known: a blank
 * in a list the catalog follows means "not stated", never "no".
 */
#define TRI_NO		0
#define TRI_YES		1
#define TRI_UNKNOWN	(-1)

struct distro {
	size_t		 line;	/* Where the Name field is, for a */
	size_t		 col;	/* ... diagnostic about the name. */
	const char	*node;	/* The Texinfo node name. */
	const char	*name;
	const char	*url;
	const char	*provider;
	const char	*provider_url;
	struct strlist	 focus;
	const char	*linux_analog;
	int		 open_source;	/* A TRI_ value. */
	const char	*packaging;
	const char	*packaging_url;
	struct strlist	 arch;
	struct strlist	 platforms;	/* The titles of the arch terms. */
	size_t		*terms;		/* The terms it has, by index, */
	size_t		 nterms;	/* ... in the order of the catalog. */
	int		 bhyve;		/* Each a TRI_ value. */
	int		 kvm;
	int		 lx;
	const char	*status;	/* NULL where not known. */
	const char	*release;	/* The latest release, its date */
	const char	*released;	/* ... and how releases are made. */
	const char	*release_model;
	struct strlist	 alias;
	const char	*summary;
	const char	*description;
	struct strlist	 sources;
	const char	*checked;
};

/*
 * How a field of the catalog is read and checked.  Every record set is
 * read by a table of struct fieldspec, a row a field (catalog.c).
 */
enum field_type {
	FT_TEXT,	/* Prose, on as many lines as it needs. */
	FT_LINE,	/* Text on one line. */
	FT_SUMMARY,	/* A line short enough for a menu entry. */
	FT_WORD,	/* A word, such as an enum value, without blanks. */
	FT_URL,		/* An http or https link. */
	FT_XREF,	/* A manual page, as name(section). */
	FT_DATE,	/* A day, as YYYY-MM-DD. */
	FT_BOOL		/* yes, no or unknown, stored as an int. */
};

#define REQ	0x01	/* The field must be there. */
#define MANY	0x02	/* It may repeat; the values form a strlist. */
#define INDEX	0x04	/* Each value is an entry of the Info index. */
#define ONPAGE	0x08	/* A link that the manual page shows, */
#define WHOLE	0x10	/* ... on a line of its own. */
#define PHRASE	0x20	/* A phrase that the pages punctuate. */
#define NAMELINE 0x40	/* A page's NAME line, which is ASCII. */
#define LISTED	0x80	/* A value the pages list after commas. */

/*
 * mandoc breaks no link, and man-db's groff breaks one only where the
 * page allows it, so a link that a manual page shows must fit the room
 * it has on a page of 78 columns (a terminal of 80, less the margin of
 * two that man-db keeps): as the value of a fact, after its label and
 * indent of 21 columns, LINK_WIDTH columns, and on a line of its own,
 * in the list of books, indented by 9, LINE_LINK_WIDTH.  The Info
 * manual shows a fact's link after a label as wide, between "<" and
 * ">", on a line of 79, where it fits too.
 */
#define LINK_WIDTH	57
#define LINE_LINK_WIDTH	69

/*
 * A fact about a distribution, as the pages show it: a text (perhaps
 * with a link), a list, a yes or no, a bare link or a list of links.
 * Its type follows from how its field is read (catalog.c).  Each fact
 * says where it is shown: in the list of facts under each distribution
 * (FACT_ENTRY), in the table of the web page (FACT_WEB), and at which
 * place in each comparison table of the manual page and the manual
 * (column, from 1; 0 for none).
 */
enum fact_type {
	FACT_TEXT,
	FACT_LIST,
	FACT_BOOL,	/* A TRI_ value: yes, no or not known. */
	FACT_LINK,
	FACT_LINKS	/* A list of links. */
};

#define FACT_ENTRY	0x01
#define FACT_WEB	0x02
#define FACT_ASK	0x04	/* Say "not known" when there is no value. */
#define FACT_MANUAL	0x08	/* In the list of facts of the Info manual */
				/* ... only: too wide for a manual page. */

/*
 * An Info menu shows an entry's description from column 25 of a line
 * of 79 (MENU_COLUMN counts from 0), so a summary, which is such a
 * description, has at most SUMMARY_WIDTH columns.
 */
#define MENU_COLUMN	24
#define SUMMARY_WIDTH	55

/*
 * The widest word of any value but a link.  groff and mandoc break
 * lines only between words, and the narrowest place a value goes, a
 * fact after its label in a manual page, has some 57 columns of a
 * terminal of 80: 40 leaves room for a longer label.
 */
#define WORD_WIDTH	40

/*
 * The longest word of one of '*', '=', '-' or '.' alone, which Emacs
 * would take for the underline of a heading on a line of its own.
 */
#define RULE_WIDTH	20

/* The widest NAME line of a page: 60 columns, less an indent of 5. */
#define NAME_LINE_WIDTH	54

/* What the pages show for a fact that is not known. */
#define NOT_KNOWN	"not known"
#define NOT_KNOWN_CELL	"?"	/* In a table, with NOT_KNOWN_LEGEND. */
#define NOT_KNOWN_LEGEND "A question mark in a table means not known."
#define NONE_CELL	"-"	/* In a table, a text the catalog leaves out. */

#define TERM_BY_VALUE	""

/*
 * The comparison tables: status, packaging and platforms; what each
 * offers; what each is for; and who makes it.  Narrow tables, each
 * with a line of text before it, keep every row on one line of a
 * terminal of 60 columns, where one wide table would wrap.
 */
#define COMPARISONS	4

/*
 * How wide a comparison table may be: its widest cells and a gap of
 * TABLE_GAP between columns, as mandoc and groff lay it out.  A manual
 * page is 78 columns wide on a terminal of 80 (man-db keeps a margin
 * of two) and indents a table by 5.
 */
#define TABLE_WIDTH	73
#define TABLE_GAP	4

extern const char *const catalog_comparisons[COMPARISONS];

/*
 * One field of a record set: how it is read, and, for a distribution,
 * how it is shown.  The struct member that gets the value is given by
 * its offset, and so is the member holding the link of a fact.  The
 * first member of struct distro is its line, never a link, so a link
 * of 0 says that the fact has none.  A field without a label is read
 * but not shown as a fact.
 */
struct fieldspec {
	const char	*name;		/* As the catalog writes it. */
	enum field_type	 ftype;
	unsigned int	 flags;		/* REQ, MANY, INDEX. */
	size_t		 off;
	const char	*label;
	const char	*heading;	/* In the comparison tables, if not */
					/* ... the label; its place in */
	int		 column[COMPARISONS];	/* ... each, from 1. */
	unsigned int	 shown;
	const char	*term;		/* The Term it tells of, by name; */
					/* ... TERM_BY_VALUE where each */
					/* ... value names one. */
	enum fact_type	 type;
	size_t		 shows;		/* The member shown, if not off. */
	size_t		 link;
};

/*
 * The fields of a distribution, in the order in which the pages show
 * their facts; the fields that are not shown come last.
 */
extern const struct fieldspec catalog_distro_fields[];

/*
 * The groups of the books page: the guides of the illumos project, and
 * everything else.  A book belongs to the group of its Kind.
 */
enum book_group {
	BOOK_GUIDES,
	BOOK_OTHERS,
	BOOK__COUNT
};

struct book_group_desc {
	const char	*kind;		/* The Kind of its books, or NULL */
	const char	*title;		/* ... for every other kind. */
	const char	*about;
	int		 noted;		/* The web page gives each book a */
					/* ... section with its note, not */
					/* ... a line of a list. */
};

extern const struct book_group_desc catalog_book_groups[BOOK__COUNT];

struct book {
	size_t		 line;
	size_t		 col;
	const char	*node;	/* The Texinfo node name. */
	const char	*title;
	const char	*url;
	const char	*kind;
	enum book_group	 group;
	struct strlist	 alias;
	struct strlist	 seealso;
	const char	*summary;
	const char	*description;
	struct strlist	 sources;
	const char	*checked;
};

/*
 * A use that a reader may have in mind, such as a file server at home,
 * and the distributions that fit it, by their names in the catalog.
 * The illumos-distros page lists them, to help a reader choose.
 */
struct choice {
	const char	*title;
	struct strlist	 distros;	/* Each names a Distribution. */
	size_t		*fits;		/* ... whose index is here. */
	struct strlist	 keywords;	/* Words a reader may look up. */
	const char	*description;
	struct strlist	 sources;
	const char	*checked;
};

struct catalog {
	const struct recfile *rf;	/* What it was built from. */
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
	struct choice	*choices;
	size_t		 nchoices;
	const struct page *page_of[PAGE__COUNT];
	char		**owned;	/* Copies made while reading. */
	size_t		 nowned;
	unsigned char	*set_of;	/* The record set of each record. */
	struct strset	 term_names;	/* Index + 1 of each term's name, */
	struct strset	 term_titles;	/* ... and of the first title of */
					/* ... a kind with a part. */
};

int	 schema_check(const struct recfile *);
int	 catalog_build(struct catalog *, const struct recfile *);
void	 catalog_free(struct catalog *);
const struct page *catalog_page(const struct catalog *, const char *);
const char *catalog_own(struct catalog *, char *);
const struct fieldspec *catalog_row(const struct catalog *, size_t,
	    const char *);
const struct term *catalog_fact_term(const struct catalog *,
	    const struct fieldspec *, const char *);
const struct fieldspec *catalog_column(size_t, size_t);
size_t	 catalog_ncolumns(size_t);
const char *catalog_heading(const struct fieldspec *);
const char *catalog_text(const struct distro *, const struct fieldspec *);
const char *catalog_link(const struct distro *, const struct fieldspec *);
const struct strlist *catalog_list(const struct distro *,
	    const struct fieldspec *);
int	 catalog_bool(const struct distro *, const struct fieldspec *);
void	 catalog_cell(const struct distro *, const struct fieldspec *,
	    struct buf *);
void	 catalog_web_cell(const struct distro *, const struct fieldspec *,
	    struct buf *);
void	 catalog_value(const struct distro *, const struct fieldspec *,
	    struct buf *);
int	 catalog_shows(const struct distro *, const struct fieldspec *,
	    unsigned int);
void	 catalog_widest(const struct catalog *, size_t, struct buf *);
const char *catalog_month(int);
int	 prose_line(const char **, const char **, size_t *, int *);

/*
 * A word of prose that is marked up (inline.c): `pkg`, a command, or
 * `zoneadm(8)`, a manual page.  The offsets are into the word: the
 * opening punctuation ends at pre, the name and the section are where
 * they say, and the closing punctuation starts at post.
 */
enum span_kind {
	SPAN_COMMAND,
	SPAN_MANPAGE
};

struct span {
	enum span_kind	 kind;
	size_t		 pre;
	size_t		 name, namelen;
	size_t		 sect, sectlen;
	size_t		 post;
};

/* Where the manual pages of illumos are, as SECTION/NAME below it. */
#define MANPAGE_SITE	"https://illumos.org/man/"

int	 inline_span(const char *, size_t, struct span *);
int	 inline_word(const char *, size_t, size_t *, size_t *);
void	 inline_manpage_url(struct buf *, const char *, const struct span *);
int	 inline_own_page(const char *, const struct span *);
int	 inline_ends_sentence(const char *, size_t);
int	 inline_looks_like_eos(const char *, size_t);

/* The licence of the output, as lines of text. */
extern const char *const license_grant[];
extern const char *const license_disclaimer[];
#define COPYRIGHT_HOLDER "The illumos-resources authors"

/* Escaping, one function per output language. */
#define ROFF_ARG	0x01	/* Inside a macro argument. */
#define ROFF_LINESTART	0x02	/* The text begins a line. */
#define ROFF_QUOTE	0x04	/* Quote the argument, for a column width. */
#define ROFF_URL	0x08	/* A link, written whole. */
#define ROFF_NOEOS	0x10	/* Text of .Lk, which groff reads for */
				/* sentence ends word by word. */

void	 roff_escape(struct buf *, const char *, size_t, int);
const char *roff_os_name(const char *, size_t, size_t *);
void	 texi_escape(struct buf *, const char *, size_t);
void	 texi_escape_uref(struct buf *, const char *, size_t);
void	 texi_slug(struct buf *, const char *);
int	 texi_name_nodes(struct catalog *, enum page_kind);
int	 texi_label_shown(const char *, const char *);
void	 md_escape(struct buf *, const char *, size_t, int);
void	 md_escape_after(struct buf *, const char *, size_t);
void	 md_escape_url(struct buf *, const char *, size_t);

/*
 * Writers: each renders one page of the catalog into a buffer.  The
 * catalog has been checked whole by then, so a writer cannot fail.
 */
void	 mdoc_write(struct buf *, const struct catalog *, const struct page *);
void	 texi_write(struct buf *, const struct catalog *, const struct page *);
void	 md_write(struct buf *, const struct catalog *);
void	 urls_write(struct buf *, const struct catalog *);
void	 checked_write(struct buf *, const struct catalog *);
void	 facts_write(struct buf *, const struct catalog *);

/*
 * An output format: its name for -T and its writer, which writes either
 * one named page of the catalog or the whole catalog at once.  The
 * table ends with a row whose name is NULL; its first row is the
 * default format.
 */
struct format {
	const char	*name;
	void		(*page)(struct buf *, const struct catalog *,
			    const struct page *);
	void		(*whole)(struct buf *, const struct catalog *);
};

extern const struct format docgen_formats[];

/*
 * The node names that the Texinfo manual of each page gives chapters of
 * its own, besides those named after the term kinds and book groups.
 * The catalog checks that no entry's node name is one of them.
 */
extern const char *const *const texi_chapters[PAGE__COUNT];

#endif /* !DOCGEN_H */
