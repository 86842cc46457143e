## Property tests: hostile and random text in every field of a catalog
## must read in the rendered pages exactly as written, and never become
## a roff request, an mdoc macro, a Texinfo command or Markdown markup.
## The test needs mandoc, groff and makeinfo, and skips (status 77)
## without them; it uses pandoc and lowdown when they are installed.

TESTS += tests/property/escape.sh

EXTRA_DIST += tests/property/local.mk
EXTRA_DIST += tests/property/escape.sh
EXTRA_DIST += tests/property/gen.awk
EXTRA_DIST += tests/property/utf8.awk
