/*
 * A libFuzzer target for the whole generator: the bytes of the input are
 * a catalog, which is parsed, checked against its record descriptors,
 * built into the typed catalog and, when all of that succeeded, written
 * as both pages in both output formats (mdoc and Texinfo), and as the
 * Markdown page of the whole catalog.  Every allocation is freed, so
 * that LeakSanitizer can report a leak in any stage.
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

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static const char *const pages[] = {
	"illumos-distros",
	"illumos-books"
};

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
	struct buf		 out;
	const struct page	*page;
	size_t			 i;
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
	for (i = 0; i < sizeof(pages) / sizeof(pages[0]); i++) {
		if ((page = catalog_page(&cat, pages[i])) == NULL)
			continue;
		memset(&out, 0, sizeof(out));
		mdoc_write(&out, &cat, page);
		buf_free(&out);
		memset(&out, 0, sizeof(out));
		texi_write(&out, &cat, page);
		buf_free(&out);
	}
	memset(&out, 0, sizeof(out));
	md_write(&out, &cat);
	buf_free(&out);
	catalog_free(&cat);
	rec_free(&rf);
	return 0;
}
