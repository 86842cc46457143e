## The links of the catalog: illumos-docgen -T urls, which lists them,
## and linkcheck/linkcheck.sh, which fetches them for "make linkcheck".
## Nothing here reaches the network.  Included by the top Makefile.am;
## paths are relative to the top directory.

TESTS += \
	tests/linkcheck/urls.sh

EXTRA_DIST += \
	tests/linkcheck/local.mk \
	tests/linkcheck/urls.sh \
	tests/linkcheck/kinds.rec \
	tests/linkcheck/kinds.out \
	tests/linkcheck/refused.rec \
	tests/linkcheck/refused.err
