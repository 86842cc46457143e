## The web page: the Markdown that illumos-docgen -T markdown writes,
## checked against pandoc, lowdown and the catalog itself.
## Included by the top Makefile.am; paths are relative to the top.

TESTS += tests/web/markdown.sh
EXTRA_DIST += tests/web/markdown.sh tests/web/local.mk
