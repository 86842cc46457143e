/*
 * How the mdoc writer writes its lines.  Structure is written by the
 * program and text by the catalog; the two meet only through
 * roff_escape().  A small line state, after the one in docbook2mdoc,
 * decides where a new input line starts, and prose is written one
 * sentence per line and wrapped before 80 bytes, so that the page
 * source is what a careful person would have typed.
 */

#include <string.h>

#include "docgen.h"
#include "mdoc_line.h"

#define MAXCOL	80

void
mdoc_newline(struct mdoc *m)
{
	if (m->inline_)
		buf_putc(m->b, '\n');
	m->inline_ = 0;
}

/* Start a macro line; the name is written by the program, never data. */
void
mdoc_macro(struct mdoc *m, const char *name)
{
	mdoc_newline(m);
	buf_putc(m->b, '.');
	buf_puts(m->b, name);
	m->inline_ = 1;
}

/* A text line of words written by the program, never data. */
void
mdoc_label(struct mdoc *m, const char *words)
{
	mdoc_newline(m);
	buf_puts(m->b, words);
	m->inline_ = 1;
}

/* Append a word written by the program to the current macro line. */
void
mdoc_word(struct mdoc *m, const char *w)
{
	buf_putc(m->b, ' ');
	buf_puts(m->b, w);
}

/*
 * Append a word, escaped already, to the current macro line.  Where it
 * would take the line past 80 bytes, the line is continued first with
 * a backslash, and roff joins the two, so that a macro line of any
 * length keeps within 80 bytes a line.
 */
void
mdoc_wrapped(struct mdoc *m, const char *w, size_t len)
{
	size_t	 start = m->b->len;

	while (start > 0 && m->b->p[start - 1] != '\n')
		start--;
	/* The space, the word, and room for a space and a backslash. */
	if (m->b->len - start > 0 && m->b->len - start + 1 + len + 2 > MAXCOL)
		buf_puts(m->b, " \\\n");
	else
		buf_putc(m->b, ' ');
	buf_putn(m->b, w, len);
}

/* Append catalog text to the current macro line as arguments. */
void
mdoc_arg(struct mdoc *m, const char *s)
{
	buf_putc(m->b, ' ');
	roff_escape(m->b, s, strlen(s), ROFF_ARG);
}

/* Write "url" or "text: url" as an .Lk line. */
void
mdoc_link(struct mdoc *m, const char *url, const char *text)
{
	mdoc_macro(m, "Lk");
	/* \% keeps groff from breaking a link at one of its hyphens. */
	buf_puts(m->b, " \\%");
	roff_escape(m->b, url, strlen(url), ROFF_ARG | ROFF_URL);
	if (text != NULL) {
		buf_putc(m->b, ' ');
		roff_escape(m->b, text, strlen(text), ROFF_ARG | ROFF_NOEOS);
	}
}

/*
 * The mdoc macro for an operating system that mdoc names itself, if
 * the word is one, perhaps followed by punctuation; *end is set to the
 * length of the name.
 */
static const char *
os_macro(const char *w, size_t len, size_t *end)
{
	const char	*macro;
	size_t		 n, k;

	if ((macro = roff_os_name(w, len, &n)) == NULL)
		return NULL;
	for (k = n; k < len; k++)
		if (strchr(".,:;)?!", w[k]) == NULL)
			return NULL;
	*end = n;
	return macro;
}

/* "NetBSD," is ".Nx ," on a line of its own. */
static void
os_line(struct mdoc *m, const char *macro, const char *w, size_t len,
    size_t end)
{
	if (m->col > 0)
		buf_putc(m->b, '\n');
	buf_putc(m->b, '.');
	buf_puts(m->b, macro);
	for (; end < len; end++) {
		buf_putc(m->b, ' ');
		buf_putc(m->b, w[end]);
	}
	buf_putc(m->b, '\n');
	m->inline_ = 0;
	m->col = 0;
}

/*
 * Does one of the n bytes at p end a sentence?  The word is not
 * terminated where it ends, and the rest of the value may be long.
 */
static int
stop_in(const char *p, size_t n)
{
	for (; n > 0; p++, n--)
		if (*p == '.' || *p == '!' || *p == '?')
			return 1;
	return 0;
}

/*
 * A marked-up word of prose on a macro line of its own: `zoneadm(8)`,
 * with what encloses it, as ".Xr ( zoneadm 8 ) ," and `pkg` as
 * ".Ic pkg".  mdoc sets the punctuation around the name, given as
 * arguments of their own, as it stands in the word.  The page itself
 * is .Nm, which names it, not a reference to itself.
 */
static void
span_line(struct mdoc *m, const char *w, size_t len, const struct span *sp)
{
	size_t	 i;
	int	 self;

	self = sp->kind == SPAN_MANPAGE && m->self != NULL &&
	    strlen(m->self) == sp->namelen &&
	    strncmp(m->self, w + sp->name, sp->namelen) == 0;
	if (m->col > 0)
		buf_putc(m->b, '\n');
	buf_puts(m->b, self ? ".Nm" :
	    sp->kind == SPAN_MANPAGE ? ".Xr" : ".Ic");
	for (i = 0; i < sp->pre; i++)
		mdoc_wrapped(m, w + i, 1);
	m->w.len = 0;
	roff_escape(&m->w, w + sp->name, sp->namelen, ROFF_ARG);
	if (!self)
		mdoc_wrapped(m, m->w.p, m->w.len);
	if (sp->kind == SPAN_MANPAGE && !self)
		mdoc_wrapped(m, w + sp->sect, sp->sectlen);
	for (i = sp->post; i < len; i++)
		mdoc_wrapped(m, w + i, 1);
	/*
	 * groff and makeinfo end a sentence at "(see `pkg`.)", and mandoc
	 * does at a lone '.', but not where a closing ')' follows it; a
	 * last argument of nothing, \&, makes mandoc end it there too.
	 */
	if (len > sp->post && strchr(")]\"'", w[len - 1]) != NULL &&
	    stop_in(w + sp->post, len - sp->post))
		buf_puts(m->b, " \\&");
	buf_putc(m->b, '\n');
	m->inline_ = 0;
	m->col = 0;
}

/*
 * The word, escaped for where it stands, into m->w.  Only prose has
 * sentences: a short text, such as a cell, keeps the one space after
 * each of its periods, as it does in a table and in Info.
 */
static int
escape_word(struct mdoc *m, const char *w, size_t len, int linestart,
    int prose)
{
	int	 eos = prose && inline_ends_sentence(w, len);

	m->w.len = 0;
	roff_escape(&m->w, w, len, linestart ? ROFF_LINESTART : 0);
	if (!eos && inline_looks_like_eos(w, len))
		buf_puts(&m->w, "\\&");
	return eos;
}

/*
 * Put a word, escaped, on the line, or on a new one where it would pass
 * MAXCOL; a word that ends a sentence ends its line.
 */
static void
put_word(struct mdoc *m, const char *w, size_t len, int eos)
{
	if (m->col > 0 && m->col + 1 + len > MAXCOL) {
		buf_putc(m->b, '\n');
		m->col = 0;
	} else if (m->col > 0) {
		buf_putc(m->b, ' ');
		m->col++;
	}
	buf_putn(m->b, w, len);
	m->col += len;
	m->inline_ = 1;
	if (eos) {
		buf_putc(m->b, '\n');
		m->inline_ = 0;
		m->col = 0;
	}
}

/*
 * Add one word to the line: a word of prose if prose is set, which may
 * be marked up and may end a sentence, or else a word of a short text.
 * A word escaped for the middle of a line is escaped again if it has
 * to start one.
 */
static void
fill_word(struct mdoc *m, const char *w, size_t len, int prose)
{
	const char	*os;
	struct span	 sp;
	size_t		 end;
	int		 eos;

	if (prose && inline_span(w, len, &sp)) {
		span_line(m, w, len, &sp);
		return;
	}
	if ((os = os_macro(w, len, &end)) != NULL) {
		os_line(m, os, w, len, end);
		return;
	}
	eos = escape_word(m, w, len, m->col == 0, prose);
	if (m->col > 0 && m->col + 1 + m->w.len > MAXCOL) {
		buf_putc(m->b, '\n');
		m->col = 0;
		eos = escape_word(m, w, len, 1, prose);
	}
	put_word(m, m->w.p, m->w.len, eos);
}

/*
 * Add the words of s, prose if prose is set, to the text that is being
 * filled.  Every word gets the whole look of fill_word(), so that
 * roff_escape() alone says which bytes need escaping.
 */
static void
fill(struct mdoc *m, const char *s, size_t len, int prose)
{
	size_t	 i = 0, j;

	while (i < len) {
		while (i < len && (s[i] == ' ' || s[i] == '\t' ||
		    s[i] == '\n'))
			i++;
		for (j = i; j < len && s[j] != ' ' && s[j] != '\t' &&
		    s[j] != '\n'; j++)
			continue;
		if (j == i)
			break;
		fill_word(m, s + i, j - i, prose);
		i = j;
	}
}

/*
 * Write a short text from the catalog as a paragraph of its own.  It is
 * not prose, whose backticks mark words up: it reads as it is written,
 * as it does in the other formats.
 */
void
mdoc_text(struct mdoc *m, const char *s)
{
	mdoc_newline(m);
	m->col = 0;
	fill(m, s, strlen(s), 0);
	mdoc_newline(m);
}

/*
 * Write prose from the catalog.  An empty line in the value separates
 * paragraphs; the caller writes any .Pp before the first one.
 */
void
mdoc_prose(struct mdoc *m, const char *s)
{
	const char	*line;
	size_t		 len;
	int		 gap, first = 1;

	while (prose_line(&s, &line, &len, &gap)) {
		if (gap && !first)
			mdoc_macro(m, "Pp");
		if (gap || first) {
			mdoc_newline(m);
			m->col = 0;
		}
		fill(m, line, len, 1);
		first = 0;
	}
	if (!first)
		mdoc_newline(m);
}
