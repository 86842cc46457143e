## The links of the catalog: illumos-docgen -T urls, which lists them,
## and linkcheck/linkcheck.sh, which fetches them for "make linkcheck".
## Nothing here reaches the network: the script is tested against a
## server of its own on 127.0.0.1.  Included by the top Makefile.am;
## paths are relative to the top directory.

TESTS += \
	tests/linkcheck/urls.sh \
	tests/linkcheck/usage.sh \
	tests/linkcheck/linkcheck.sh

EXTRA_DIST += \
	tests/linkcheck/local.mk \
	tests/linkcheck/urls.sh \
	tests/linkcheck/kinds.rec \
	tests/linkcheck/kinds.out \
	tests/linkcheck/refused.rec \
	tests/linkcheck/refused.err \
	tests/linkcheck/clash.rec \
	tests/linkcheck/clash.err \
	tests/linkcheck/usage.sh \
	tests/linkcheck/usage.err \
	tests/linkcheck/linkcheck.sh \
	tests/linkcheck/server.py \
	tests/linkcheck/fake-curl.sh \
	tests/linkcheck/links.rec.in \
	tests/linkcheck/links.out \
	tests/linkcheck/links.requests \
	tests/linkcheck/good.rec.in \
	tests/linkcheck/good.out
