## Golden outputs: for each catalog NAME.rec, the files the generator
## must write from it, byte for byte, one for each format of the table
## tests/formats (NAME.7, NAME.texi, NAME.md).  The page is
## illumos-distros, or the one named in NAME.page.  After a deliberate
## change to the output, regenerate them with "sh tests/golden/update"
## and review the diff.
##
## A new case is its files and one line here, in GOLDEN_CASES: the
## release tarball gets the files beside each case from dist-golden
## below, which takes every one whose extension is a format's or one of
## page, status and err.

GOLDEN_CASES = \
	tests/golden/minimal.rec \
	tests/golden/minimal-books.rec \
	tests/golden/hostile.rec \
	tests/golden/hostile-books.rec \
	tests/golden/terms.rec \
	tests/golden/unicode-names.rec \
	tests/golden/unicode-titles.rec \
	tests/golden/widths.rec \
	tests/golden/inline.rec \
	tests/golden/seealso-order.rec \
	tests/golden/scripts.rec \
	tests/golden/info-widths.rec

TESTS += $(GOLDEN_CASES)
EXTRA_DIST += $(GOLDEN_CASES) tests/golden/local.mk tests/golden/update

dist-hook: dist-golden

dist-golden:
	@exts=`awk '!/^#/ && NF >= 3 { print $$1 }' $(srcdir)/tests/formats`; \
	test -n "$$exts" || { echo "no formats in tests/formats" >&2; \
	    exit 1; }; \
	for rec in $(GOLDEN_CASES); do \
	    base=`echo "$$rec" | sed 's/\.rec$$//'`; \
	    for ext in page status err $$exts; do \
	        test -f "$(srcdir)/$$base.$$ext" || continue; \
	        cp -p "$(srcdir)/$$base.$$ext" "$(distdir)/$$base.$$ext" || \
	            exit 1; \
	    done; \
	done

.PHONY: dist-golden
