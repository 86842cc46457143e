/*
 * Write a page of the catalog as an mdoc(7) manual.
 *
 * Structure is written by the program and text by the catalog; the two
 * meet only through roff_escape().  A small line state, after the one
 * in docbook2mdoc, decides where a new input line starts, and prose is
 * written one sentence per line and wrapped before 80 bytes, so that
 * the page source is what a careful person would have typed.
 */

#include <stdlib.h>
#include <string.h>

#include "docgen.h"

#define MAXCOL	80

struct mdoc {
	struct buf	*b;
	int		 inline_;	/* Something is on the current line. */
};

static void
newline(struct mdoc *m)
{
	if (m->inline_)
		buf_putc(m->b, '\n');
	m->inline_ = 0;
}

/* Start a macro line; the name is written by the program, never data. */
static void
macro(struct mdoc *m, const char *name)
{
	newline(m);
	buf_putc(m->b, '.');
	buf_puts(m->b, name);
	m->inline_ = 1;
}

/* A text line of words written by the program, never data. */
static void
label(struct mdoc *m, const char *words)
{
	newline(m);
	buf_puts(m->b, words);
	m->inline_ = 1;
}

/* Append a word written by the program to the current macro line. */
static void
word(struct mdoc *m, const char *w)
{
	buf_putc(m->b, ' ');
	buf_puts(m->b, w);
}

/* Append catalog text to the current macro line as arguments. */
static void
arg(struct mdoc *m, const char *s)
{
	buf_putc(m->b, ' ');
	roff_escape(m->b, s, strlen(s), ROFF_ARG);
}

static int
is_eos_char(int c)
{
	return c == '.' || c == '!' || c == '?';
}

static int
is_close(int c)
{
	return c == ')' || c == ']' || c == '"' || c == '\'';
}

/*
 * Does this word end a sentence?  It must end in '.', '!' or '?'
 * (perhaps followed by closing punctuation), and the word before the
 * punctuation must have at least two letters or digits and not be a
 * common abbreviation; so "e.g." and "J." do not end one, and "cat."
 * and "x86." do.
 */
static int
ends_sentence(const char *w, size_t len)
{
	static const char *const abbrev[] = {
		"e.g", "i.e", "etc", "vs", "cf", "Inc", "Ltd", "Co", "Corp",
		"Dr", "Mr", "Mrs", "Ms", "No", "Jr", "Sr", "St", NULL
	};
	const char *const *a;
	size_t	 end = len, start, letters = 0, i;

	while (end > 0 && is_close((unsigned char)w[end - 1]))
		end--;
	if (end == 0 || !is_eos_char((unsigned char)w[end - 1]))
		return 0;
	while (end > 0 && is_eos_char((unsigned char)w[end - 1]))
		end--;
	for (start = 0; start < end && strchr("([\"'",
	    w[start]) != NULL; start++)
		continue;
	for (a = abbrev; *a != NULL; a++)
		if (strlen(*a) == end - start &&
		    strncmp(*a, w + start, end - start) == 0)
			return 0;
	for (i = start; i < end; i++)
		if ((w[i] >= 'a' && w[i] <= 'z') ||
		    (w[i] >= 'A' && w[i] <= 'Z') ||
		    (w[i] >= '0' && w[i] <= '9') ||
		    (unsigned char)w[i] >= 0x80)
			letters++;
	return letters >= 2;
}

/* Does the word end in punctuation that roff would take as an end? */
static int
looks_like_eos(const char *w, size_t len)
{
	while (len > 0 && is_close((unsigned char)w[len - 1]))
		len--;
	return len > 0 && is_eos_char((unsigned char)w[len - 1]);
}

/*
 * Write one paragraph of prose: one sentence per line, lines wrapped
 * at word boundaries before MAXCOL bytes where the words allow it.
 */
static void
paragraph(struct mdoc *m, const char *s, size_t len)
{
	struct buf	 w;
	size_t		 i = 0, j, col = 0;
	int		 eos;

	memset(&w, 0, sizeof(w));
	newline(m);
	while (i < len) {
		while (i < len && (s[i] == ' ' || s[i] == '\t' ||
		    s[i] == '\n'))
			i++;
		if (i == len)
			break;
		for (j = i; j < len && s[j] != ' ' && s[j] != '\t' &&
		    s[j] != '\n'; j++)
			continue;
		w.len = 0;
		roff_escape(&w, s + i, j - i, col == 0 ? ROFF_LINESTART : 0);
		eos = ends_sentence(s + i, j - i);
		if (!eos && looks_like_eos(s + i, j - i))
			buf_puts(&w, "\\&");
		if (col > 0 && col + 1 + w.len > MAXCOL) {
			/* A wrap inside a sentence; the word starts a line. */
			buf_putc(m->b, '\n');
			w.len = 0;
			roff_escape(&w, s + i, j - i, ROFF_LINESTART);
			if (!eos && looks_like_eos(s + i, j - i))
				buf_puts(&w, "\\&");
			col = 0;
		}
		if (col > 0) {
			buf_putc(m->b, ' ');
			col++;
		}
		buf_putn(m->b, w.p, w.len);
		col += w.len;
		m->inline_ = 1;
		if (eos) {
			buf_putc(m->b, '\n');
			m->inline_ = 0;
			col = 0;
		}
		i = j;
	}
	buf_free(&w);
	newline(m);
}

/*
 * Write prose from the catalog.  An empty line in the value separates
 * paragraphs; the caller writes any .Pp before the first one.
 */
static void
prose(struct mdoc *m, const char *s)
{
	const char	*p, *nl;
	int		 first = 1;

	for (;;) {
		/* Find the end of this paragraph: a blank line or the end. */
		p = s;
		for (;;) {
			nl = strchr(p, '\n');
			if (nl == NULL) {
				p = s + strlen(s);
				break;
			}
			p = nl + 1;
			while (*p == ' ' || *p == '\t')
				p++;
			if (*p == '\n' || *p == '\0') {
				p = nl;
				break;
			}
		}
		if (p > s) {
			if (!first)
				macro(m, "Pp");
			paragraph(m, s, (size_t)(p - s));
			first = 0;
		}
		while (*p == '\n' || *p == ' ' || *p == '\t')
			p++;
		if (*p == '\0')
			break;
		s = p;
	}
}

/* Write a list item with a label from the program and a plain value. */
static void
item(struct mdoc *m, const char *label, const char *value)
{
	macro(m, "It");
	word(m, label);
	paragraph(m, value, strlen(value));
}

/* Write "url" or "text: url" as an .Lk line. */
static void
link(struct mdoc *m, const char *url, const char *text)
{
	macro(m, "Lk");
	/* \% keeps groff from breaking a link at one of its hyphens. */
	buf_puts(m->b, " \\%");
	roff_escape(m->b, url, strlen(url), ROFF_ARG);
	if (text != NULL)
		arg(m, text);
}

static void
join(struct buf *b, const struct catalog *cat, const struct strlist *l,
    int titles)
{
	size_t	 i;

	for (i = 0; i < l->n; i++) {
		if (i > 0)
			buf_puts(b, ", ");
		buf_puts(b, titles ? catalog_term_title(cat, l->v[i]) :
		    l->v[i]);
	}
}

/* Split "name(section)" for .Xr; the catalog checked the form. */
static void
xref(struct mdoc *m, const char *ref)
{
	const char	*paren = strchr(ref, '(');
	char		*name, *sec;

	if (paren == NULL) {
		macro(m, "Xr");
		arg(m, ref);
		return;
	}
	name = xstrndup(ref, (size_t)(paren - ref));
	sec = xstrndup(paren + 1, strlen(paren + 1) -
	    (paren[strlen(paren) - 1] == ')' ? 1 : 0));
	macro(m, "Xr");
	arg(m, name);
	arg(m, sec);
	free(name);
	free(sec);
}

/* A list of cross references, separated by commas, ended by a period. */
static void
xrefs(struct mdoc *m, const struct strlist *l, int period)
{
	size_t	 i;

	for (i = 0; i < l->n; i++) {
		xref(m, l->v[i]);
		if (i + 1 < l->n)
			word(m, ",");
		else if (period)
			word(m, ".");
	}
}

static void
header(struct mdoc *m, const struct catalog *cat, const struct page *p)
{
	const char	*s;

	buf_puts(m->b, ".\\\" This page is generated by illumos-docgen "
	    "from the catalog.\n");
	buf_puts(m->b, ".\\\" Edit the catalog, not this file.\n");
	buf_printf(m->b, ".Dd %s %d, %d\n", catalog_month(cat->month),
	    cat->day, cat->year);
	macro(m, "Dt");
	buf_putc(m->b, ' ');
	for (s = p->name; *s != '\0'; s++)
		buf_putc(m->b, *s >= 'a' && *s <= 'z' ? *s - 'a' + 'A' : *s);
	word(m, p->section);
	macro(m, "Os");
	macro(m, "Sh");
	word(m, "NAME");
	macro(m, "Nm");
	word(m, p->name);
	macro(m, "Nd");
	arg(m, p->summary);
	macro(m, "Sh");
	word(m, "DESCRIPTION");
	prose(m, p->intro);
}

/* SEE ALSO in the conventional order: by section, then by name. */
static int
seealso_cmp(const void *a, const void *b)
{
	const char	*x = *(const char *const *)a;
	const char	*y = *(const char *const *)b;
	const char	*px = strchr(x, '('), *py = strchr(y, '(');
	int		 c;

	if (px != NULL && py != NULL && (c = strcmp(px, py)) != 0)
		return c;
	return strcmp(x, y);
}

static void
add_refs(struct strlist *l, struct strset *seen, const struct strlist *from,
    const char *self)
{
	size_t	 i;

	for (i = 0; i < from->n; i++) {
		if (strncmp(from->v[i], self, strlen(self)) == 0 &&
		    from->v[i][strlen(self)] == '(')
			continue;
		if (strset_add(seen, from->v[i], 1) != 0)
			continue;
		l->v = xreallocarray(l->v, l->n + 1, sizeof(*l->v));
		l->v[l->n++] = from->v[i];
	}
}

/*
 * SEE ALSO names every page the page refers to: its own list and those
 * of the entries it shows, once each, in the conventional order.
 */
static void
footer(struct mdoc *m, const struct catalog *cat, const struct page *p)
{
	struct strlist	 l;
	struct strset	 seen;
	size_t		 i;

	memset(&l, 0, sizeof(l));
	memset(&seen, 0, sizeof(seen));
	add_refs(&l, &seen, &p->seealso, p->name);
	if (strcmp(p->name, "illumos-distros") == 0) {
		for (i = 0; i < cat->nterms; i++)
			if (strcmp(cat->terms[i].kind, "platform") != 0)
				add_refs(&l, &seen, &cat->terms[i].seealso,
				    p->name);
	} else
		for (i = 0; i < cat->nbooks; i++)
			add_refs(&l, &seen, &cat->books[i].seealso, p->name);
	strset_free(&seen);
	if (l.n == 0)
		return;
	macro(m, "Sh");
	word(m, "SEE ALSO");
	qsort(l.v, l.n, sizeof(*l.v), seealso_cmp);
	xrefs(m, &l, 0);
	free(l.v);
}

/* The longest of a column's cells, to size a .Bl -column. */
static void
widest(struct buf *w, const char *s)
{
	if (strlen(s) > w->len) {
		w->len = 0;
		buf_puts(w, s);
	}
}

/* A subsection that explains the terms of one kind, from the catalog. */
static void
terms(struct mdoc *m, const struct catalog *cat, const char *kind,
    const char *title)
{
	const struct term *t;
	size_t		 i, n = 0;

	for (i = 0; i < cat->nterms; i++) {
		t = &cat->terms[i];
		if (strcmp(t->kind, kind) != 0)
			continue;
		if (n++ == 0) {
			macro(m, "Ss");
			word(m, title);
			macro(m, "Bl");
			word(m, "-tag -width 2n");
		}
		macro(m, "It");
		arg(m, t->title);
		prose(m, t->description);
		if (t->seealso.n == 0 && t->url == NULL)
			continue;
		label(m, "See");
		xrefs(m, &t->seealso, t->url == NULL);
		if (t->url != NULL) {
			if (t->seealso.n > 0)
				label(m, "and");
			link(m, t->url, NULL);
			word(m, ".");
		}
	}
	if (n > 0)
		macro(m, "El");
}

static void
distros(struct mdoc *m, const struct catalog *cat)
{
	static const char *const heads[] = {
		"Name", "Focus", "Packaging", "Platforms", "KVM", "LX"
	};
	struct buf	 wid[6], cell;
	const struct distro *d;
	size_t		 i, c;

	memset(wid, 0, sizeof(wid));
	memset(&cell, 0, sizeof(cell));
	for (c = 0; c < 6; c++)
		widest(&wid[c], heads[c]);
	for (i = 0; i < cat->ndistros; i++) {
		d = &cat->distros[i];
		widest(&wid[0], d->name);
		cell.len = 0;
		join(&cell, cat, &d->focus, 0);
		widest(&wid[1], cell.p);
		widest(&wid[2], d->packaging != NULL ? d->packaging : "-");
		cell.len = 0;
		join(&cell, cat, &d->arch, 1);
		widest(&wid[3], cell.p);
	}

	/* The widths take more than a line; roff joins "\\" lines. */
	macro(m, "Bl");
	word(m, "-column");
	for (c = 0; c < 6; c++) {
		buf_puts(m->b, c == 3 ? " \\\n" : " ");
		roff_escape(m->b, wid[c].p, wid[c].len,
		    ROFF_ARG | ROFF_QUOTE);
	}
	macro(m, "It");
	for (c = 0; c < 6; c++) {
		if (c > 0)
			word(m, "Ta");
		word(m, "Sy");
		word(m, heads[c]);
	}
	for (i = 0; i < cat->ndistros; i++) {
		d = &cat->distros[i];
		macro(m, "It");
		arg(m, d->name);
		word(m, "Ta");
		cell.len = 0;
		join(&cell, cat, &d->focus, 0);
		arg(m, cell.p);
		word(m, "Ta");
		arg(m, d->packaging != NULL ? d->packaging : "-");
		word(m, "Ta");
		cell.len = 0;
		join(&cell, cat, &d->arch, 1);
		arg(m, cell.p);
		word(m, "Ta");
		word(m, d->kvm ? "yes" : "no");
		word(m, "Ta");
		word(m, d->lx ? "yes" : "no");
		buf_flush(m->b);
	}
	macro(m, "El");
	for (c = 0; c < 6; c++)
		buf_free(&wid[c]);

	for (i = 0; i < cat->ndistros; i++) {
		d = &cat->distros[i];
		macro(m, "Ss");
		arg(m, d->name);
		macro(m, "Bl");
		word(m, "-tag -width Virtualization -compact");
		macro(m, "It");
		word(m, "Web site");
		link(m, d->url, NULL);
		macro(m, "It");
		word(m, "Provider");
		if (d->provider_url != NULL)
			link(m, d->provider_url, d->provider);
		else
			paragraph(m, d->provider, strlen(d->provider));
		cell.len = 0;
		join(&cell, cat, &d->focus, 0);
		item(m, "Focus", cell.p);
		if (d->linux_analog != NULL)
			item(m, "Compare with", d->linux_analog);
		item(m, "Open source", d->open_source ? "yes" : "no");
		if (d->packaging != NULL) {
			item(m, "Packaging",
			    catalog_term_title(cat, d->packaging));
			if (d->packaging_url != NULL) {
				macro(m, "It");
				word(m, "Packages");
				link(m, d->packaging_url, NULL);
			}
		}
		cell.len = 0;
		join(&cell, cat, &d->arch, 1);
		item(m, "Platforms", cell.p);
		cell.len = 0;
		if (d->kvm)
			buf_puts(&cell, catalog_term_title(cat, "KVM"));
		if (d->lx) {
			if (d->kvm)
				buf_puts(&cell, ", ");
			buf_puts(&cell, catalog_term_title(cat, "LX"));
		}
		item(m, "Virtualization", cell.len > 0 ? cell.p : "none");
		if (d->alias.n > 0) {
			cell.len = 0;
			join(&cell, cat, &d->alias, 0);
			item(m, "Also written", cell.p);
		}
		macro(m, "El");
		macro(m, "Pp");
		prose(m, d->description);
		buf_flush(m->b);
	}
	buf_free(&cell);
	terms(m, cat, "packaging", "Packaging systems");
	terms(m, cat, "virtualization", "Virtualization");
}

static int
is_guide(const struct book *bk)
{
	return strcmp(bk->kind, "guide") == 0;
}

/* A subsection listing the guides, or the other books; none if empty. */
static void
books_list(struct mdoc *m, const struct catalog *cat, int guides,
    const char *title)
{
	const struct book *bk;
	size_t		 i;

	for (i = 0; i < cat->nbooks; i++)
		if (is_guide(&cat->books[i]) == guides)
			break;
	if (i == cat->nbooks)
		return;
	macro(m, "Ss");
	word(m, title);

	/*
	 * A narrow indent leaves room for long links, which roff cannot
	 * break, within 80 columns.
	 */
	macro(m, "Bl");
	word(m, "-tag -width 2n");
	for (i = 0; i < cat->nbooks; i++) {
		bk = &cat->books[i];
		if (is_guide(bk) != guides)
			continue;
		macro(m, "It");
		arg(m, bk->title);
		link(m, bk->url, NULL);
		macro(m, "Pp");
		prose(m, bk->description);
		if (bk->seealso.n > 0) {
			label(m, "See");
			xrefs(m, &bk->seealso, 1);
		}
		buf_flush(m->b);
	}
	macro(m, "El");
}

static void
books(struct mdoc *m, const struct catalog *cat)
{
	books_list(m, cat, 1, "Guides");
	books_list(m, cat, 0, "Books, papers and articles");
}

int
mdoc_write(struct buf *b, const struct catalog *cat, const struct page *p)
{
	struct mdoc	 m;

	m.b = b;
	m.inline_ = 0;
	header(&m, cat, p);
	if (strcmp(p->name, "illumos-distros") == 0)
		distros(&m, cat);
	else if (strcmp(p->name, "illumos-books") == 0)
		books(&m, cat);
	footer(&m, cat, p);
	newline(&m);
	return 0;
}
