## Rendering tests: the pages and manuals as readers see them (golden
## renderings, whatis entries, apropos, the Info reader, the same facts
## in both).  Paths are relative to the top directory; this fragment is
## included by the top Makefile.am, which runs *.sh tests with
## SH_LOG_COMPILER = $(SHELL).  Regenerate the golden files with
## "sh tests/render/golden.sh --update" from the top of the source tree.

TESTS += \
	tests/render/golden.sh \
	tests/render/lexgrog.sh \
	tests/render/apropos.sh \
	tests/render/info-nav.sh \
	tests/render/info-tmux.sh \
	tests/render/facts.sh \
	tests/render/widths.sh

EXTRA_DIST += \
	tests/render/local.mk \
	tests/render/common.sh \
	tests/render/golden.sh \
	tests/render/lexgrog.sh \
	tests/render/apropos.sh \
	tests/render/info-nav.sh \
	tests/render/info-tmux.sh \
	tests/render/facts.sh \
	tests/render/widths.sh \
	tests/render/golden.versions \
	tests/render/illumos-distros.mandoc.txt \
	tests/render/illumos-distros.groff.txt \
	tests/render/illumos-distros.info.txt \
	tests/render/illumos-books.mandoc.txt \
	tests/render/illumos-books.groff.txt \
	tests/render/illumos-books.info.txt
