/*
 * The output stage of illumos-docgen: where the page goes and how it
 * gets there.  Private to the program; output.c says what it promises.
 */

#ifndef OUTPUT_H
#define OUTPUT_H

struct stat;

struct output {
	const char	*name;	/* For messages: -o as given, or NULL. */
	char		*path;	/* The file replaced, links followed. */
	char		*tmp;	/* The temporary file, or NULL in place. */
	const char	*base;	/* The last parts of path and tmp, */
	const char	*tmpbase; /* their names within dir. */
	int		 dir;	/* Their directory, or -1 in place. */
	int		 fd;
	int		 own;	/* fd was opened here, to be closed here. */
	int		 unnamed; /* The temporary file has no name yet. */
	int		 fresh;	/* The target did not exist. */
	mode_t		 mode;	/* The temporary file's mode, once whole. */
	dev_t		 dev;	/* The temporary file, as fstat() saw it */
	ino_t		 ino;	/* once it was made. */
};

void	 out_signals(void);
int	 out_open(struct output *, const char *, const struct stat *);
int	 out_commit(struct output *, const struct buf *);
void	 out_abort(struct output *);

#endif /* !OUTPUT_H */
