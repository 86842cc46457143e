/*
 * illumos-docgen: read the catalog, check it, and write one page in one
 * output format.  Output goes to a temporary file beside its target and
 * is renamed over it only when everything succeeded, so a failed run
 * leaves every earlier output as it was.
 */

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "docgen.h"

#ifndef VERSION
#define VERSION "0.1"
#endif

struct output;

static void	 usage(FILE *);
static void	 help(void);
static void	 remove_pending(void);
static void	 on_signal(int);
static int	 out_open(struct output *, const char *);
static void	 out_abort(struct output *);
static int	 out_commit(struct output *, const struct buf *);
static int	 write_stdout(const struct buf *);

enum format {
	FORMAT_MDOC,
	FORMAT_TEXINFO,
	FORMAT_MARKDOWN,
	FORMAT_URLS
};

/*
 * One line for each way the program may be called, as in the SYNOPSIS
 * of illumos-docgen(1), so that no line offers a combination of
 * options and arguments that is a usage error.
 */
static void
usage(FILE *f)
{
	fputs("usage: illumos-docgen [-T mdoc | texinfo] [-o file] "
	    "catalog page\n"
	    "       illumos-docgen -T markdown [-o file] catalog\n"
	    "       illumos-docgen -T urls [-o file] catalog\n"
	    "       illumos-docgen -S catalog\n"
	    "       illumos-docgen --help | --version\n", f);
}

/*
 * Each option starts a line of its own, and so does each format under
 * -T, so that the test of the manual can find every one of them and
 * check that the manual describes it.
 */
static void
help(void)
{
	usage(stdout);
	fputs("\n"
	    "Write the named page of the catalog as a manual page or a\n"
	    "Texinfo manual, or the whole catalog as one Markdown page,\n"
	    "or list its links.\n"
	    "\n"
	    "  -o file     write to file, atomically, instead of standard\n"
	    "              output\n"
	    "  -S          only check the catalog against its record\n"
	    "              descriptors, as recfix --check does, and write\n"
	    "              nothing\n"
	    "  -T format   the output format, one of:\n"
	    "      mdoc        the manual page, in mdoc (the default)\n"
	    "      texinfo     the Texinfo manual\n"
	    "      markdown    the whole catalog as one Markdown page;\n"
	    "                  takes no page name\n"
	    "      urls        every link of the catalog, a line each, as\n"
	    "                  file:line:column, a tab and the link;\n"
	    "                  takes no page name\n"
	    "  --help      print this help and exit\n"
	    "  --version   print the version and exit\n"
	    "\n"
	    "Exit status: 0 success, 1 bad catalog, 2 usage or I/O error.\n"
	    "The manual, in the source tree: man -l src/illumos-docgen.1\n",
	    stdout);
}

/*
 * Where the output goes.  A file named with -o is written through a
 * temporary file in the same directory, renamed over it only when all
 * went well, so that the rename that publishes it is atomic and a
 * failed run leaves the old file as it was.  A target that exists and
 * is not a regular file, such as /dev/null or a pipe, is written in
 * place instead: renaming over it would replace a device with a file.
 */
struct output {
	const char	*path;
	char		*tmp;	/* NULL when writing in place. */
	int		 fd;
};

/*
 * The temporary file that is not yet renamed into place.  Running out
 * of memory exits from deep inside a writer, and a signal may come at
 * any time: both must still take the temporary file away.
 */
static char *volatile pending;

static void
remove_pending(void)
{
	if (pending != NULL)
		unlink(pending);
}

static void
on_signal(int sig)
{
	remove_pending();
	signal(sig, SIG_DFL);
	raise(sig);
}

static int
out_open(struct output *o, const char *path)
{
	struct stat	 st;
	const char	*slash;
	size_t		 dlen;
	mode_t		 mask, mode;

	o->path = path;
	o->tmp = NULL;
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		if (!S_ISCHR(st.st_mode) && !S_ISFIFO(st.st_mode)) {
			diag(DIAG_ERROR, path, 0, 0, "not a regular file");
			return -1;
		}
		if ((o->fd = open(path, O_WRONLY)) == -1) {
			diag(DIAG_ERROR, path, 0, 0, "%s", strerror(errno));
			return -1;
		}
		return 0;
	}
	slash = strrchr(path, '/');
	dlen = slash == NULL ? 0 : (size_t)(slash - path + 1);
	o->tmp = xmalloc(strlen(path) + 16);
	memcpy(o->tmp, path, dlen);
	sprintf(o->tmp + dlen, ".%s.XXXXXX", path + dlen);
	if ((o->fd = mkstemp(o->tmp)) != -1)
		pending = o->tmp;
	if (o->fd == -1) {
		diag(DIAG_ERROR, path, 0, 0, "cannot create a temporary "
		    "file in its directory: %s", strerror(errno));
		free(o->tmp);
		o->tmp = NULL;
		return -1;
	}
	/* A new file gets the usual mode; a replaced one keeps its own. */
	mask = umask(0);
	umask(mask);
	mode = stat(path, &st) == 0 ? st.st_mode & 07777 : 0666 & ~mask;
	if (fchmod(o->fd, mode) == -1) {
		diag(DIAG_ERROR, path, 0, 0, "%s", strerror(errno));
		out_abort(o);
		return -1;
	}
	return 0;
}

/* Give up: the temporary file goes, the target stays as it was. */
static void
out_abort(struct output *o)
{
	if (o->fd != -1)
		close(o->fd);
	if (o->tmp != NULL) {
		unlink(o->tmp);
		pending = NULL;
		free(o->tmp);
		o->tmp = NULL;
	}
}

/* Write what is left of the buffer and publish the file. */
static int
out_commit(struct output *o, const struct buf *b)
{
	int	 err = b->err;

	if (err == 0 && buf_write(o->fd, b->p, b->len) == -1)
		err = errno;
	if (err == 0 && o->tmp != NULL && fsync(o->fd) == -1 &&
	    errno != EINVAL)
		err = errno;
	/* Closing a file can report a failed write; it comes first. */
	if (err == 0 && o->tmp != NULL) {
		if (close(o->fd) == -1)
			err = errno;
		o->fd = -1;
	}
	if (err == 0 && o->tmp != NULL && rename(o->tmp, o->path) == -1)
		err = errno;
	if (err != 0) {
		diag(DIAG_ERROR, o->path, 0, 0, "%s", strerror(err));
		out_abort(o);
		return -1;
	}
	pending = NULL;
	free(o->tmp);
	if (o->fd != -1 && close(o->fd) == -1) {
		diag(DIAG_ERROR, o->path, 0, 0, "%s", strerror(errno));
		return -1;
	}
	return 0;
}

static int
write_stdout(const struct buf *b)
{
	int	 err = b->err;

	if (err == 0 && buf_write(STDOUT_FILENO, b->p, b->len) == -1)
		err = errno;
	if (err != 0) {
		diag_sys("standard output", strerror(err));
		return -1;
	}
	return 0;
}

int
main(int argc, char *argv[])
{
	struct recfile	 rf;
	struct catalog	 cat;
	struct buf	 out;
	struct output	 output;
	const struct page *page = NULL;
	const char	*outfile = NULL, *pagename;
	enum format	 format = FORMAT_MDOC;
	int		 ch, schema_only = 0, rc, nerr;

	if (argc == 2 && strcmp(argv[1], "--help") == 0) {
		help();
		return EXIT_OK;
	}
	if (argc == 2 && strcmp(argv[1], "--version") == 0) {
		printf("illumos-docgen %s\n", VERSION);
		return EXIT_OK;
	}
	while ((ch = getopt(argc, argv, "o:ST:")) != -1) {
		switch (ch) {
		case 'o':
			outfile = optarg;
			break;
		case 'S':
			schema_only = 1;
			break;
		case 'T':
			if (strcmp(optarg, "mdoc") == 0)
				format = FORMAT_MDOC;
			else if (strcmp(optarg, "texinfo") == 0)
				format = FORMAT_TEXINFO;
			else if (strcmp(optarg, "markdown") == 0)
				format = FORMAT_MARKDOWN;
			else if (strcmp(optarg, "urls") == 0)
				format = FORMAT_URLS;
			else {
				fprintf(stderr, "illumos-docgen: unknown "
				    "output format: %s\n", optarg);
				usage(stderr);
				return EXIT_USAGE;
			}
			break;
		default:
			usage(stderr);
			return EXIT_USAGE;
		}
	}
	argc -= optind;
	argv += optind;
	if (argc < 1 || argc > 2 || (argc == 1 && !schema_only &&
	    format != FORMAT_MARKDOWN && format != FORMAT_URLS) ||
	    (argc == 2 && (schema_only || format == FORMAT_MARKDOWN ||
	    format == FORMAT_URLS))) {
		usage(stderr);
		return EXIT_USAGE;
	}
	pagename = argc == 2 ? argv[1] : NULL;

	atexit(remove_pending);
	signal(SIGHUP, on_signal);
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);

	if ((nerr = rec_read(&rf, argv[0])) == -1)
		return EXIT_USAGE;
	if (nerr == 0)
		nerr = schema_check(&rf);
	if (schema_only || nerr > 0) {
		rec_free(&rf);
		return nerr > 0 ? EXIT_CATALOG : EXIT_OK;
	}
	if (catalog_build(&cat, &rf) > 0) {
		catalog_free(&cat);
		rec_free(&rf);
		return EXIT_CATALOG;
	}
	if (pagename != NULL && (page = catalog_page(&cat, pagename)) ==
	    NULL) {
		fprintf(stderr, "illumos-docgen: no page named %s in %s\n",
		    pagename, argv[0]);
		catalog_free(&cat);
		rec_free(&rf);
		return EXIT_USAGE;
	}

	/*
	 * Output is written as it is made, to the temporary file or to
	 * standard output.  The catalog is checked whole by now, so the
	 * writers cannot fail on its content.
	 */
	memset(&out, 0, sizeof(out));
	out.sink = 1;
	out.fd = STDOUT_FILENO;
	if (outfile != NULL) {
		if (out_open(&output, outfile) == -1) {
			catalog_free(&cat);
			rec_free(&rf);
			return EXIT_USAGE;
		}
		out.fd = output.fd;
	}
	switch (format) {
	case FORMAT_MDOC:
		mdoc_write(&out, &cat, page);
		break;
	case FORMAT_TEXINFO:
		texi_write(&out, &cat, page);
		break;
	case FORMAT_MARKDOWN:
		md_write(&out, &cat);
		break;
	case FORMAT_URLS:
		catalog_urls(&out, &rf);
		break;
	}
	rc = EXIT_OK;
	if (outfile != NULL ? out_commit(&output, &out) == -1 :
	    write_stdout(&out) == -1)
		rc = EXIT_USAGE;
	buf_free(&out);
	catalog_free(&cat);
	rec_free(&rf);
	return rc;
}
