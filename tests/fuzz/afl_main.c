/*
 * A stand-alone driver for the fuzz target: it reads one input from
 * standard input, or from each file named on the command line, and
 * hands it to LLVMFuzzerTestOneInput.  With it the target builds for
 * AFL++ without libFuzzer,
 *
 *	afl-clang-fast -g -O1 -Isrc -o fuzz-afl src/buf.c ... \
 *	    tests/fuzz/fuzz_catalog.c tests/fuzz/afl_main.c
 *	afl-fuzz -i tests/fuzz/corpus -o findings \
 *	    -x tests/fuzz/recfile.dict -- ./fuzz-afl
 *
 * and any compiler can build it to replay a crash under valgrind or a
 * debugger.  Under afl-clang-fast the persistent mode loop is used.
 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

#ifdef __AFL_FUZZ_TESTCASE_LEN
__AFL_FUZZ_INIT();
#endif

static int
run_file(FILE *f)
{
	unsigned char	*p = NULL, *np;
	size_t		 len = 0, cap = 0, n;

	for (;;) {
		if (len == cap) {
			cap = cap == 0 ? 65536 : cap * 2;
			if ((np = realloc(p, cap)) == NULL) {
				free(p);
				return -1;
			}
			p = np;
		}
		n = fread(p + len, 1, cap - len, f);
		len += n;
		if (n == 0)
			break;
	}
	if (ferror(f)) {
		free(p);
		return -1;
	}
	LLVMFuzzerTestOneInput(p, len);
	free(p);
	return 0;
}

int
main(int argc, char *argv[])
{
	FILE	*f, *err = stderr;
	int	 i, rc = 0;

	/* The target silences stderr; keep the stream for our own errors. */
	LLVMFuzzerInitialize(&argc, &argv);
#ifdef __AFL_FUZZ_TESTCASE_LEN
	if (argc < 2) {
		unsigned char	*buf = __AFL_FUZZ_TESTCASE_BUF;

		while (__AFL_LOOP(10000))
			LLVMFuzzerTestOneInput(buf, __AFL_FUZZ_TESTCASE_LEN);
		return 0;
	}
#endif
	if (argc < 2)
		return run_file(stdin) == -1 ? 2 : 0;
	for (i = 1; i < argc; i++) {
		if ((f = fopen(argv[i], "rb")) == NULL) {
			fprintf(err, "%s: cannot open\n", argv[i]);
			rc = 2;
			continue;
		}
		if (run_file(f) == -1) {
			fprintf(err, "%s: cannot read\n", argv[i]);
			rc = 2;
		}
		fclose(f);
	}
	return rc;
}
