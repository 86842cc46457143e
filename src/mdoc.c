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
	struct buf	 w;		/* A word, escaped, kept for reuse. */
	struct buf	 names;		/* Each distribution's name, escaped, */
	size_t		*name_at;	/* ... from here in names. */
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

/* Append the name of distribution i, escaped, as an argument. */
static void
distro_name(struct mdoc *m, size_t i)
{
	buf_putc(m->b, ' ');
	buf_putn(m->b, m->names.p + m->name_at[i],
	    m->name_at[i + 1] - m->name_at[i]);
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
	/* The abbreviations are two to four bytes long. */
	if (end - start >= 2 && end - start <= 4)
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
 * How paragraph() sees each byte: one that ends a word (S), one that
 * may need care somewhere in a word (C), or a plain one (0).  C marks
 * what roff_escape() changes, what ends a sentence, and the first
 * letters of the operating systems that mdoc has a macro for; a word
 * of plain bytes only is written as it is, without a closer look.
 */
#define S	1
#define C	2
static const unsigned char wordclass[256] = {
	C, C, C, C, C, C, C, C, C, S, S, C, C, C, C, C,	/* 0x00 */
	C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C,	/* 0x10 */
	S, C, C, 0, 0, 0, 0, C, 0, C, 0, 0, 0, C, C, 0,	/*  !"#$%&'()*+,-./ */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, C,	/* 0-9 :;<=>? */
	0, 0, 0, 0, C, 0, C, 0, 0, 0, 0, 0, 0, 0, C, C,	/* @A-O */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, C, C, 0, 0,	/* P-Z [\]^_ */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* `a-o */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, C,	/* p-z {|}~ DEL */
	C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C,	/* 0x80 */
	C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C,
	C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C,
	C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C,
	C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C,
	C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C,
	C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C,
	C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C	/* 0xf0 */
};
#undef S
#undef C
#define WORD_END	1
#define WORD_CARE	2

/*
 * Is the word one that roff_escape() would leave as it is, and that
 * cannot end a sentence?  Most words of prose are; they skip the work
 * of escaping and of the sentence test.
 */
static int
simple_word(const char *w, size_t len)
{
	size_t		 i;
	unsigned char	 c;

	if (len == 0 || w[0] == '.' || w[0] == '\'')
		return 0;
	switch (w[len - 1]) {
	case '.': case '!': case '?': case ')': case ']': case '"': case '\'':
		return 0;
	default:
		break;
	}
	for (i = 0; i < len; i++) {
		c = (unsigned char)w[i];
		if (c <= ' ' || c >= 0x7f || c == '\\' ||
		    (c == '-' && i + 1 < len && w[i + 1] == '-'))
			return 0;
		/* A name that mdoc has a macro for starts here? */
		if ((c == 'D' || c == 'F' || c == 'N' || c == 'O') &&
		    (i == 0 || !((w[i - 1] >= 'a' && w[i - 1] <= 'z') ||
		    (w[i - 1] >= 'A' && w[i - 1] <= 'Z'))))
			return 0;
	}
	return 1;
}

/*
 * The mdoc macro for an operating system that mdoc names itself, if
 * the word is one, perhaps followed by punctuation; *end is set to the
 * length of the name.
 */
static const char *
os_macro(const char *w, size_t len, size_t *end)
{
	static const struct {
		const char	*name;
		size_t		 len;
		const char	*macro;
	} os[] = {
		{ "DragonFly", 9, "Dx" },
		{ "FreeBSD", 7, "Fx" },
		{ "NetBSD", 6, "Nx" },
		{ "OpenBSD", 7, "Ox" }
	};
	size_t	 i, n, k;

	/* A look at the first letter and the length ends most searches. */
	if (len < 6 || (w[0] != 'D' && w[0] != 'F' && w[0] != 'N' &&
	    w[0] != 'O'))
		return NULL;
	for (i = 0; i < sizeof(os) / sizeof(os[0]); i++) {
		n = os[i].len;
		if (len < n || strncmp(w, os[i].name, n) != 0)
			continue;
		for (k = n; k < len; k++)
			if (strchr(".,:;)?!", w[k]) == NULL)
				break;
		if (k == len) {
			*end = n;
			return os[i].macro;
		}
	}
	return NULL;
}

/*
 * Write one paragraph of prose: one sentence per line, lines wrapped
 * at word boundaries before MAXCOL bytes where the words allow it.
 */
static void
paragraph(struct mdoc *m, const char *s, size_t len)
{
	struct buf	*w = &m->w;
	const char	*os;
	size_t		 i = 0, j, k, e, col = 0;
	int		 eos, plain, cl = 0;

	newline(m);
	while (i < len) {
		while (i < len && wordclass[(unsigned char)s[i]] == WORD_END)
			i++;
		if (i == len)
			break;
		for (j = i; j < len && (cl = wordclass[(unsigned char)s[j]])
		    == 0; j++)
			continue;
		plain = j == len || cl == WORD_END;
		if (!plain) {
			/* A byte that may need care: look at the whole word. */
			for (; j < len && wordclass[(unsigned char)s[j]] !=
			    WORD_END; j++)
				continue;
			if ((os = os_macro(s + i, j - i, &k)) != NULL) {
				/* "NetBSD," is ".Nx ," on a line of its own. */
				if (col > 0)
					buf_putc(m->b, '\n');
				buf_printf(m->b, ".%s", os);
				for (; k < j - i; k++)
					buf_printf(m->b, " %c", s[i + k]);
				buf_putc(m->b, '\n');
				m->inline_ = 0;
				col = 0;
				i = j;
				continue;
			}
			plain = simple_word(s + i, j - i);
		}
		if (plain) {
			/* The common case: the word is written as it is. */
			if (col > 0 && col + 1 + (j - i) > MAXCOL) {
				buf_putc(m->b, '\n');
				col = 0;
			} else if (col > 0) {
				buf_putc(m->b, ' ');
				col++;
			}
			col += j - i;
			/*
			 * So are the plain words after it that are set off
			 * by one space and fit on the line: the whole run
			 * is copied at once.
			 */
			for (k = i; j + 1 < len && s[j] == ' ' &&
			    wordclass[(unsigned char)s[j + 1]] == 0; j = e) {
				for (e = j + 1; e < len && (cl = wordclass[
				    (unsigned char)s[e]]) == 0; e++)
					continue;
				if ((e < len && cl != WORD_END) ||
				    col + (e - j) > MAXCOL)
					break;
				col += e - j;
			}
			buf_putn(m->b, s + k, j - k);
			m->inline_ = 1;
			i = j;
			continue;
		}
		w->len = 0;
		roff_escape(w, s + i, j - i, col == 0 ? ROFF_LINESTART : 0);
		eos = ends_sentence(s + i, j - i);
		if (!eos && looks_like_eos(s + i, j - i))
			buf_puts(w, "\\&");
		if (col > 0 && col + 1 + w->len > MAXCOL) {
			/* A wrap inside a sentence; the word starts a line. */
			buf_putc(m->b, '\n');
			w->len = 0;
			roff_escape(w, s + i, j - i, ROFF_LINESTART);
			if (!eos && looks_like_eos(s + i, j - i))
				buf_puts(w, "\\&");
			col = 0;
		}
		if (col > 0) {
			buf_putc(m->b, ' ');
			col++;
		}
		buf_putn(m->b, w->p, w->len);
		col += w->len;
		m->inline_ = 1;
		if (eos) {
			buf_putc(m->b, '\n');
			m->inline_ = 0;
			col = 0;
		}
		i = j;
	}
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
	roff_escape(m->b, url, strlen(url), ROFF_ARG | ROFF_URL);
	if (text != NULL)
		arg(m, text);
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
	const char *const *l;
	const char	*s;

	buf_printf(m->b, ".\\\" Copyright (c) %d %s\n.\\\"\n", cat->year,
	    COPYRIGHT_HOLDER);
	for (l = license_grant; *l != NULL; l++)
		buf_printf(m->b, ".\\\" %s\n", *l);
	buf_puts(m->b, ".\\\"\n");
	for (l = license_disclaimer; *l != NULL; l++)
		buf_printf(m->b, ".\\\" %s\n", *l);
	buf_puts(m->b, ".\\\"\n"
	    ".\\\" This page is generated by illumos-docgen from the "
	    "catalog.\n"
	    ".\\\" Edit the catalog, not this file.\n");
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



/*
 * A section that explains the terms of one kind, each with the
 * distributions that have it, as links to their subsections.
 */
static void
terms(struct mdoc *m, const struct catalog *cat, const char *kind,
    const char *title)
{
	const struct term *t;
	size_t		 i, j, n = 0, k, users;

	for (i = 0; i < cat->nterms; i++) {
		t = &cat->terms[i];
		if (strcmp(t->kind, kind) != 0)
			continue;
		if (n++ == 0) {
			macro(m, "Sh");
			word(m, title);
			macro(m, "Bl");
			word(m, "-tag -width Ds");
		}
		macro(m, "It");
		arg(m, t->title);
		prose(m, t->description);
		if (t->seealso.n > 0 || t->url != NULL) {
			label(m, "See");
			xrefs(m, &t->seealso, t->url == NULL);
			if (t->url != NULL) {
				if (t->seealso.n > 0)
					label(m, "and");
				link(m, t->url, NULL);
				word(m, ".");
			}
		}
		for (users = 0, j = 0; j < cat->ndistros; j++)
			users += catalog_has_term(cat, &cat->distros[j], t);
		if (users == 0)
			continue;
		macro(m, "Pp");
		label(m, "Used by");
		for (k = 0, j = 0; j < cat->ndistros; j++) {
			if (!catalog_has_term(cat, &cat->distros[j], t))
				continue;
			macro(m, "Sx");
			distro_name(m, j);
			if (++k < users)
				word(m, ",");
			else
				word(m, ".");
		}
	}
	if (n > 0)
		macro(m, "El");
}

/*
 * The summary table.  Focus, the column with the longest cells, comes
 * last, since roff can wrap only the last column of a -column list.
 */
static void
table(struct mdoc *m, const struct catalog *cat)
{
	const char *const *heads = catalog_columns;
	struct buf	 wid[6], cells[6];
	size_t		 i, c;

	memset(wid, 0, sizeof(wid));
	memset(cells, 0, sizeof(cells));
	catalog_widest(cat, wid);
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
		catalog_row(&cat->distros[i], cells);
		macro(m, "It");
		for (c = 0; c < 6; c++) {
			if (c > 0)
				word(m, "Ta");
			buf_putc(m->b, ' ');
			roff_escape(m->b, cells[c].p, cells[c].len,
			    ROFF_ARG);
		}
		buf_flush(m->b);
	}
	macro(m, "El");
	for (c = 0; c < 6; c++) {
		buf_free(&wid[c]);
		buf_free(&cells[c]);
	}
}

static void
distros(struct mdoc *m, const struct catalog *cat, const struct page *p)
{
	const struct distro *d;
	struct buf	 cell;
	size_t		 i;

	/*
	 * Each name is written as an argument once for its subsection and
	 * again for each term the distribution has: escape each one once.
	 */
	m->name_at = xreallocarray(NULL, cat->ndistros + 1,
	    sizeof(*m->name_at));
	for (i = 0; i < cat->ndistros; i++) {
		m->name_at[i] = m->names.len;
		roff_escape(&m->names, cat->distros[i].name,
		    strlen(cat->distros[i].name), ROFF_ARG);
	}
	m->name_at[i] = m->names.len;

	if (p->url != NULL) {
		label(m, "The original list is at");
		link(m, p->url, NULL);
		word(m, ".");
	}
	table(m, cat);

	memset(&cell, 0, sizeof(cell));
	macro(m, "Sh");
	word(m, "DISTRIBUTIONS");
	for (i = 0; i < cat->ndistros; i++) {
		d = &cat->distros[i];
		macro(m, "Ss");
		distro_name(m, i);
		macro(m, "Bl");
		word(m, "-tag -width \"Linux analogue\" -compact");
		macro(m, "It");
		word(m, "Provider");
		if (d->provider_url != NULL)
			link(m, d->provider_url, d->provider);
		else
			paragraph(m, d->provider, strlen(d->provider));
		cell.len = 0;
		catalog_join(&cell, &d->focus);
		item(m, "Focus", cell.p);
		if (d->linux_analog != NULL)
			item(m, "Linux analogue", d->linux_analog);
		item(m, "Open source", d->open_source ? "yes" : "no");
		if (d->packaging_url != NULL) {
			macro(m, "It");
			word(m, "Packaging");
			link(m, d->packaging_url, d->packaging);
		} else if (d->packaging != NULL)
			item(m, "Packaging", d->packaging);
		cell.len = 0;
		catalog_join(&cell, &d->platforms);
		item(m, "Platforms", cell.p);
		item(m, "KVM", d->kvm ? "yes" : "no");
		item(m, "LX zones", d->lx ? "yes" : "no");
		macro(m, "It");
		word(m, "Web site");
		link(m, d->url, NULL);
		macro(m, "El");
		macro(m, "Pp");
		prose(m, d->description);
		buf_flush(m->b);
	}
	buf_free(&cell);
	terms(m, cat, "packaging", "PACKAGING SYSTEMS");
	terms(m, cat, "virtualization", "VIRTUALIZATION");
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

	memset(&m, 0, sizeof(m));
	m.b = b;
	header(&m, cat, p);
	if (strcmp(p->name, "illumos-distros") == 0)
		distros(&m, cat, p);
	else if (strcmp(p->name, "illumos-books") == 0)
		books(&m, cat);
	footer(&m, cat, p);
	newline(&m);
	buf_free(&m.w);
	buf_free(&m.names);
	free(m.name_at);
	return 0;
}
