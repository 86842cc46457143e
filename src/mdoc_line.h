/*
 * The line state of the mdoc writer, kept apart from the layout of the
 * pages: mdoc_line.c knows how macro lines, text lines and filled
 * prose are written; mdoc.c knows which of them a page holds.
 */

#ifndef MDOC_LINE_H
#define MDOC_LINE_H

struct mdoc {
	struct buf	*b;
	const char	*self;	/* The name of the page. */
	struct buf	 w;	/* A word, escaped, kept for reuse. */
	size_t		 col;	/* Bytes on the line that prose fills. */
	int		 inline_;	/* Something is on the current line. */
};

void	 mdoc_newline(struct mdoc *);
void	 mdoc_macro(struct mdoc *, const char *);
void	 mdoc_label(struct mdoc *, const char *);
void	 mdoc_word(struct mdoc *, const char *);
void	 mdoc_wrapped(struct mdoc *, const char *, size_t);
void	 mdoc_arg(struct mdoc *, const char *);
void	 mdoc_link(struct mdoc *, const char *, const char *);
void	 mdoc_text(struct mdoc *, const char *);
void	 mdoc_prose(struct mdoc *, const char *);

#endif /* !MDOC_LINE_H */
