#!/bin/sh
# Stands in for texi2dvi when configure found no TeX: "make pdf" (and
# "make dvi" and "make ps") then says what is missing instead of failing
# deep inside texi2dvi.  The Info, HTML and plain text manuals need no
# TeX at all.
echo "make: skipping the printed manual: TeX was not found when configure" \
    "ran; install it (Debian: apt-get install texlive-base" \
    "texlive-plain-generic) and run configure again" >&2
exit 0
