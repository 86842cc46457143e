## Fuzzing the catalog parser and the writers with libFuzzer.
##
## "make fuzz" builds tests/fuzz/fuzz_catalog.c with clang under
## AddressSanitizer and UndefinedBehaviorSanitizer and runs it for
## FUZZ_SECONDS seconds on a copy of the seed corpus:
##
##	make fuzz FUZZ_SECONDS=1800
##
## It fails on any crash, leak or timeout.  The target is not part of
## "make check", which must not depend on clang.

FUZZ_SECONDS = 60

fuzz:
	$(SHELL) $(srcdir)/tests/fuzz/run $(FUZZ_SECONDS)

.PHONY: fuzz

EXTRA_DIST += tests/fuzz/local.mk
EXTRA_DIST += tests/fuzz/run
EXTRA_DIST += tests/fuzz/fuzz_catalog.c
EXTRA_DIST += tests/fuzz/afl_main.c
EXTRA_DIST += tests/fuzz/recfile.dict
EXTRA_DIST += tests/fuzz/corpus/bad-bool.rec
EXTRA_DIST += tests/fuzz/corpus/bad-date.rec
EXTRA_DIST += tests/fuzz/corpus/bad-enum-url.rec
EXTRA_DIST += tests/fuzz/corpus/bad-type.rec
EXTRA_DIST += tests/fuzz/corpus/bytes.rec
EXTRA_DIST += tests/fuzz/corpus/dup-key.rec
EXTRA_DIST += tests/fuzz/corpus/dup-title.rec
EXTRA_DIST += tests/fuzz/corpus/empty.rec
EXTRA_DIST += tests/fuzz/corpus/hostile-chars.rec
EXTRA_DIST += tests/fuzz/corpus/illumos.rec
EXTRA_DIST += tests/fuzz/corpus/inline.rec
EXTRA_DIST += tests/fuzz/corpus/noschema.rec
EXTRA_DIST += tests/fuzz/corpus/one-page.rec
EXTRA_DIST += tests/fuzz/corpus/regress-regexp-bound.rec
EXTRA_DIST += tests/fuzz/corpus/regress-regexp-oom.rec
EXTRA_DIST += tests/fuzz/corpus/small.rec
EXTRA_DIST += tests/fuzz/corpus/syntax.rec
