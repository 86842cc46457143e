#!/bin/sh
# Stands in for the C compiler when configure found none, which it
# allows where the pages and manuals are newer than everything they are
# made from (a release tarball).  Something has changed since: the
# catalog or the generator is now newer, or "make check" wants the
# generator.  Say so, instead of failing inside the build machinery.
echo "make: the generator illumos-docgen must be built, but configure" \
    "found no C compiler; install one (on Debian: apt-get install gcc)" \
    "and run configure again" >&2
exit 1
