## Golden outputs: for each catalog NAME.rec, the page NAME.7 and the
## manual NAME.texi that the generator must write, byte for byte (the
## page is illumos-distros, or the one named in NAME.page).  After a
## deliberate change to the output, regenerate them with
## "sh tests/golden/update" and review the diff.

TESTS += \
	tests/golden/minimal.rec \
	tests/golden/minimal-books.rec \
	tests/golden/hostile.rec \
	tests/golden/hostile-books.rec \
	tests/golden/terms.rec \
	tests/golden/unicode-names.rec

EXTRA_DIST += \
	tests/golden/local.mk \
	tests/golden/update \
	tests/golden/hostile-books.7 \
	tests/golden/hostile-books.page \
	tests/golden/hostile-books.rec \
	tests/golden/hostile-books.texi \
	tests/golden/hostile.7 \
	tests/golden/hostile.rec \
	tests/golden/hostile.texi \
	tests/golden/minimal-books.7 \
	tests/golden/minimal-books.page \
	tests/golden/minimal-books.rec \
	tests/golden/minimal-books.texi \
	tests/golden/minimal.7 \
	tests/golden/minimal.rec \
	tests/golden/minimal.texi \
	tests/golden/terms.7 \
	tests/golden/terms.rec \
	tests/golden/terms.texi \
	tests/golden/unicode-names.7 \
	tests/golden/unicode-names.rec \
	tests/golden/unicode-names.texi
