/*
 * A libFuzzer target for the whole generator: the bytes of the input are
 * a catalog, which is parsed, checked against its record descriptors,
 * built into the typed catalog and, when all of that succeeded, written
 * in every output format: each page of the catalog in the formats that
 * take a page, the whole catalog in those that do not.  Every
 * allocation is freed, so that LeakSanitizer can report a leak in any
 * stage.
 *
 * Build it with
 *
 *	clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc \
 *	    src/buf.c src/catalog.c ... tests/fuzz/fuzz_catalog.c
 *
 * (every file of src/ except main.c), or for AFL++ with afl-clang-fast
 * and -fsanitize=fuzzer, or with any compiler together with afl_main.c,
 * which feeds standard input to this function.
 */

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docgen.h"
#include "testing.h"

int		LLVMFuzzerInitialize(int *, char ***);
int		LLVMFuzzerTestOneInput(const uint8_t *, size_t);
static void	check_nodes(const struct buf *);
static void	write_one(const struct format *, const struct catalog *,
		    const struct page *);

static const char *const pages[] = {
	"illumos-distros",
	"illumos-books"
};

/*
 * What the generator accepts, makeinfo must accept: in a Texinfo
 * manual no node name may be empty, or the same as another's as
 * makeinfo compares them (in which "top" is "Top", so the comparison
 * ignores case).  A manual that breaks this is a crash for the fuzzer.
 */
static void
check_nodes(const struct buf *b)
{
	struct strset	 seen;
	const char	*p, *end;
	char		*name, *q;
	size_t		 n;

	memset(&seen, 0, sizeof(seen));
	for (p = b->p; p != NULL && *p != '\0'; p = end) {
		end = strchr(p, '\n');
		n = end == NULL ? strlen(p) : (size_t)(end - p);
		if (end != NULL)
			end++;
		if (n < 6 || strncmp(p, "@node ", 6) != 0)
			continue;
		name = xstrndup(p + 6, n - 6);
		for (q = name; *q != '\0'; q++)
			if (*q >= 'A' && *q <= 'Z')
				*q += 'a' - 'A';
		if (*name == '\0' || strspn(name, " ") == strlen(name) ||
		    strset_add(&seen, name, 1) != 0) {
			fprintf(stdout, "bad Texinfo node name: '%s'\n", name);
			abort();
		}
	}
	/* The names were kept by the set; free them with it. */
	for (n = 0; n < seen.n; n++)
		free((char *)seen.keys[n]);
	strset_free(&seen);
}

/* Write one output into memory and throw it away. */
static void
write_one(const struct format *f, const struct catalog *cat,
    const struct page *page)
{
	struct buf	 out;

	memset(&out, 0, sizeof(out));
	if (f->page != NULL)
		f->page(&out, cat, page);
	else
		f->whole(&out, cat);
	if (f->page == texi_write)
		check_nodes(&out);
	buf_free(&out);
}

/*
 * Diagnostics are the normal result of most inputs; writing them would
 * make the fuzzer spend its time in the terminal.  The generator writes
 * them to stderr, so point that stream at /dev/null.  Only the stream
 * is replaced, not file descriptor 2: the fuzzer's own statistics and
 * the sanitizers' reports still reach the terminal.  Where stderr is
 * not an assignable object (illumos and OpenBSD define it as the
 * address of an array element), run libFuzzer with -close_fd_mask=2
 * instead; the run script does so everywhere.
 */
int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
#if defined(__GLIBC__) || defined(__FreeBSD__) || defined(__APPLE__)
	FILE	*null;

	if ((null = fopen("/dev/null", "w")) != NULL)
		stderr = null;
#endif
	(void)argc;
	(void)argv;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct recfile		 rf;
	struct catalog		 cat;
	const struct format	*f;
	const struct page	*page;
	size_t			 j;
	int			 nerr;
	char			*text;

	/*
	 * The parser cuts up its text in place and rec_free() frees it,
	 * so it gets a copy of the input, with the byte of room after it
	 * that it asks for.
	 */
	if ((text = malloc(size + 1)) == NULL)
		return 0;
	memcpy(text, data, size);

	/* The error counter is static; each input starts afresh. */
	diag_reset();
	nerr = rec_parse(&rf, "fuzz.rec", text, size);
	if (nerr == 0)
		nerr = schema_check(&rf);
	if (nerr > 0) {
		rec_free(&rf);
		return 0;
	}
	if (catalog_build(&cat, &rf) > 0) {
		catalog_free(&cat);
		rec_free(&rf);
		return 0;
	}
	for (f = docgen_formats; f->name != NULL; f++) {
		if (f->page == NULL) {
			write_one(f, &cat, NULL);
			continue;
		}
		for (j = 0; j < sizeof(pages) / sizeof(pages[0]); j++)
			if ((page = catalog_page(&cat, pages[j])) != NULL)
				write_one(f, &cat, page);
	}
	catalog_free(&cat);
	rec_free(&rf);
	return 0;
}
