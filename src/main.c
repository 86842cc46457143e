/*
 * illumos-docgen: read the catalog, check it, and write one page in one
 * output format.  This file reads the command line and runs the stages
 * in order; output.c says where the output goes and how a failed run
 * leaves every earlier output as it was.
 */

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "docgen.h"
#include "output.h"

#ifndef VERSION
#define VERSION "0.1"
#endif

/* What the command line asks for. */
struct options {
	const struct format *format;
	const char	*outfile;	/* NULL for standard output. */
	const char	*catalog;
	const char	*page;		/* NULL unless format->page. */
	int		 schema_only;
};

static void	 usage(FILE *);
static void	 help(void);
static const struct format *find_format(const char *);
static int	 written(void);
static void	 dash_option(char *[], int);
static int	 parse_options(struct options *, int, char *[]);
static int	 check_catalog(const char *);
static int	 load_catalog(const char *, struct recfile *,
		    struct catalog *);
static int	 write_output(const struct format *, const struct catalog *,
		    const struct page *, struct output *);
static int	 generate(const struct options *, struct output *);
static int	 open_std(void);

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
	    "       illumos-docgen -T urls | checked | facts [-o file] "
	    "catalog\n"
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
	    "      checked     every date on which a record was last\n"
	    "                  checked, a line each, as file:line:column,\n"
	    "                  a tab and the date; takes no page name\n"
	    "      facts       the facts of the catalog as the pages show\n"
	    "                  them, in lines of fields separated by tabs;\n"
	    "                  takes no page name\n"
	    "  --help      print this help and exit\n"
	    "  --version   print the version and exit\n"
	    "\n"
	    "Exit status: 0 success, 1 bad catalog, 2 usage or I/O error.\n"
	    "The manual, in the source tree: man -l src/illumos-docgen.1\n",
	    stdout);
}

static const struct format *
find_format(const char *name)
{
	const struct format *f;

	for (f = docgen_formats; f->name != NULL; f++)
		if (strcmp(f->name, name) == 0)
			return f;
	return NULL;
}

/*
 * After --help or --version: the status, which says whether the text
 * reached standard output.  A full disk or a closed standard output is
 * an error there as for a page.
 */
static int
written(void)
{
	if (fflush(stdout) == EOF || ferror(stdout)) {
		diag_sys("standard output", strerror(errno != 0 ? errno :
		    EIO));
		return EXIT_USAGE;
	}
	return EXIT_OK;
}

/*
 * Report the option "-", which getopt() finds in the word at argv[at]
 * when that was where it started.  A word that begins with "--" is a
 * long option, which getopt() reads a character at a time, and stays
 * where it was after the second one; --help and --version are known,
 * but only alone.  Any other "-" is one letter of a word such as
 * "-S-", which the message names whole.
 */
static void
dash_option(char *argv[], int at)
{
	const char	*word = argv[at];

	if (at == optind && strncmp(word, "--", 2) == 0)
		diag_sys(word, strcmp(word, "--help") == 0 ||
		    strcmp(word, "--version") == 0 ?
		    "must be the only argument" : "unknown option");
	else
		diag_sys(word, "'-' is not an option");
}

/*
 * Are the operands, argv[optind] on, those that opt takes: a catalog,
 * and a page name where one page is written?  If not, say what is
 * wrong with them and return -1.  getopt() stops at the catalog, as
 * POSIX has it, so a word that looks like an option after it is one
 * given too late, unless "--" ended the options (ended is set).
 */
static int
check_operands(const struct options *opt, int argc, char *argv[],
    int ended)
{
	char	 why[128];
	int	 i, nargs;

	/* Else a message about it would name no file: ": error: ...". */
	if (argc > optind && argv[optind][0] == '\0') {
		diag_sys("catalog", "the file name is empty");
		return -1;
	}
	if (!ended)
		for (i = optind + 1; i < argc; i++)
			if (argv[i][0] == '-' && argv[i][1] != '\0') {
				diag_sys(argv[i], "an option after the "
				    "catalog; options come first");
				return -1;
			}
	/* A page is named only when one is written. */
	nargs = opt->format->page != NULL && !opt->schema_only ? 2 : 1;
	if (argc - optind == nargs)
		return 0;
	if (argc == optind)
		diag_sys("catalog", "missing");
	else if (argc - optind < nargs) {
		snprintf(why, sizeof(why), "missing: -T %s writes a page of "
		    "the catalog, and needs its name", opt->format->name);
		diag_sys("page", why);
	} else {
		if (opt->schema_only)
			snprintf(why, sizeof(why), "not expected: -S takes "
			    "no page name");
		else if (nargs == 1)
			snprintf(why, sizeof(why), "not expected: -T %s takes "
			    "no page name", opt->format->name);
		else
			snprintf(why, sizeof(why), "not expected: a catalog "
			    "and one page name are all that is taken");
		diag_sys(argv[optind + nargs], why);
	}
	return -1;
}

/*
 * Read the command line into opt.  Returns -1 when the run goes on, or
 * the status to exit with at once: after --help and --version, and
 * after a usage error, which it reports.
 */
static int
parse_options(struct options *opt, int argc, char *argv[])
{
	char	 opt_name[] = "-?";
	int	 at, ch, formatted = 0;

	memset(opt, 0, sizeof(*opt));
	opt->format = &docgen_formats[0];
	if (argc == 2 && strcmp(argv[1], "--help") == 0) {
		help();
		return written();
	}
	if (argc == 2 && strcmp(argv[1], "--version") == 0) {
		printf("illumos-docgen %s\n", VERSION);
		return written();
	}
	/* getopt() would print the option as it is, controls and all. */
	opterr = 0;
	for (;;) {
		at = optind;
		if ((ch = getopt(argc, argv, "o:ST:")) == -1)
			break;
		switch (ch) {
		case 'o':
			opt->outfile = optarg;
			break;
		case 'S':
			opt->schema_only = 1;
			break;
		case 'T':
			if (*optarg == '\0') {
				diag_sys("-T", "the format name is empty");
				usage(stderr);
				return EXIT_USAGE;
			}
			formatted = 1;
			if ((opt->format = find_format(optarg)) == NULL) {
				diag_sys(optarg, "unknown output format");
				usage(stderr);
				return EXIT_USAGE;
			}
			break;
		default:
			opt_name[1] = (char)optopt;
			if (optopt == '-')
				dash_option(argv, at);
			/* A byte of a character: the word names it whole. */
			else if ((unsigned char)optopt >= 0x80)
				diag_sys(argv[at], "unknown option");
			else
				diag_sys(opt_name, optopt == 'o' ||
				    optopt == 'T' ? "needs an argument" :
				    "unknown option");
			usage(stderr);
			return EXIT_USAGE;
		}
	}
	/* Else the message would name no file: ": error: ...". */
	if (opt->outfile != NULL && *opt->outfile == '\0') {
		diag_sys("-o", "the file name is empty");
		usage(stderr);
		return EXIT_USAGE;
	}
	/* -S writes nothing, in no format. */
	if (opt->schema_only && (opt->outfile != NULL || formatted)) {
		diag_sys(opt->outfile != NULL ? "-o" : "-T", "-S writes "
		    "nothing, and takes no -o or -T");
		usage(stderr);
		return EXIT_USAGE;
	}
	/* getopt() steps over a "--" that ends the options, alone. */
	if (check_operands(opt, argc, argv, optind == at + 1) == -1) {
		usage(stderr);
		return EXIT_USAGE;
	}
	opt->catalog = argv[optind];
	opt->page = optind + 1 < argc ? argv[optind + 1] : NULL;
	return -1;
}

/* -S: check the catalog against its record descriptors only. */
static int
check_catalog(const char *path)
{
	struct recfile	 rf;
	int		 nerr;

	if ((nerr = rec_read(&rf, path)) == -1)
		return EXIT_USAGE;
	if (nerr == 0)
		nerr = schema_check(&rf);
	rec_free(&rf);
	return nerr > 0 ? EXIT_CATALOG : EXIT_OK;
}

/* Read and check the catalog; on failure, free it and say how to exit. */
static int
load_catalog(const char *path, struct recfile *rf, struct catalog *cat)
{
	int	 nerr;

	if ((nerr = rec_read(rf, path)) == -1)
		return EXIT_USAGE;
	if (nerr == 0)
		nerr = schema_check(rf);
	if (nerr > 0) {
		rec_free(rf);
		return EXIT_CATALOG;
	}
	if (catalog_build(cat, rf) > 0) {
		catalog_free(cat);
		rec_free(rf);
		return EXIT_CATALOG;
	}
	return EXIT_OK;
}

/*
 * Output is written as it is made, to the temporary file or to
 * standard output.  The catalog has been checked whole, so the writer
 * cannot fail on its content; only the output itself can.
 */
static int
write_output(const struct format *f, const struct catalog *cat,
    const struct page *page, struct output *o)
{
	struct buf	 b;
	int		 rc = EXIT_OK;

	memset(&b, 0, sizeof(b));
	b.sink = 1;
	b.fd = o->fd;
	if (f->page != NULL)
		f->page(&b, cat, page);
	else
		f->whole(&b, cat);
	if (out_commit(o, &b) == -1)
		rc = EXIT_USAGE;
	buf_free(&b);
	return rc;
}

/* Everything after the output is open: read, check, write. */
static int
generate(const struct options *opt, struct output *o)
{
	struct recfile	 rf;
	struct catalog	 cat;
	const struct page *page = NULL;
	int		 rc;

	if ((rc = load_catalog(opt->catalog, &rf, &cat)) != EXIT_OK) {
		out_abort(o);
		return rc;
	}
	if (opt->page != NULL &&
	    (page = catalog_page(&cat, opt->page)) == NULL) {
		diag(DIAG_ERROR, opt->catalog, 0, 0, "no page named '%s'",
		    opt->page);
		out_abort(o);
		rc = EXIT_USAGE;
	} else if (diag_lost()) {
		out_abort(o);
		rc = EXIT_USAGE;
	} else
		rc = write_output(opt->format, &cat, page, o);
	catalog_free(&cat);
	rec_free(&rf);
	return rc;
}

/*
 * A standard descriptor that is closed when the program starts (as
 * "2>&-" leaves it) would be the number that the next file opened
 * gets: the temporary file of -o would then receive every diagnostic,
 * inside the page.  And a name such as /dev/stdin or /dev/fd/2 leads to
 * whatever holds the number.  So each closed one is filled at once, in
 * the usual way, with a file that can be neither read nor written by
 * any path: the root directory, opened for reading only.  write()
 * fails on a descriptor not open for writing, open() refuses to write
 * a directory, -o refuses one and so does the reading of a catalog (see
 * rec.c).  A diagnostic or a page sent there is lost, and the run fails
 * as diag_lost() and out_commit() say; a catalog read through it is a
 * read error, not an empty file.  /dev/null, tried when the root
 * cannot be opened, still fails every write, but reads as empty.
 */
static int
open_std(void)
{
	int	 fd;

	for (;;) {
		if ((fd = open("/", O_RDONLY)) == -1 &&
		    (fd = open("/dev/null", O_RDONLY)) == -1)
			return -1;
		if (fd > STDERR_FILENO) {
			close(fd);
			return 0;
		}
	}
}

int
main(int argc, char *argv[])
{
	struct options	 opt;
	struct output	 o;
	struct stat	 st;
	int		 rc;

	if (open_std() == -1)
		return EXIT_USAGE;
	if ((rc = parse_options(&opt, argc, argv)) != -1)
		return rc;
	/*
	 * The catalog is looked at before any output is made: a missing
	 * one is reported first, and the output must not be the catalog.
	 */
	if (stat(opt.catalog, &st) == -1) {
		diag(DIAG_ERROR, opt.catalog, 0, 0, "%s", strerror(errno));
		return EXIT_USAGE;
	}
	if (opt.schema_only)
		return check_catalog(opt.catalog);
	out_signals();
	if (out_open(&o, opt.outfile, &st) == -1)
		return EXIT_USAGE;
	return generate(&opt, &o);
}
