#!/bin/sh
#
# groff, with every warning turned on, must have nothing to say about
# the generated pages or the generator's manual, nor about the golden
# pages of tests/golden, which hold hostile and non-ASCII text.  Those
# are read for a UTF-8 terminal, since the default device has no glyph
# for most of their characters.

. "$srcdir/tests/lib.sh"
need GROFF groff groff

for m in $MANUALS; do
	f=$abs_srcdir/$m
	page=`basename "$m"`
	"$GROFF" -mandoc -ww -z "$f" >"$tmp/out" 2>&1
	rc=$?
	if test $rc -ne 0 || test -s "$tmp/out"; then
		fail "groff -mandoc -ww -z $page: exit status $rc, messages:"
		show "$tmp/out"
	fi
done
for f in "$abs_srcdir"/tests/golden/*.7; do
	"$GROFF" -Tutf8 -mandoc -ww -z "$f" >"$tmp/out" 2>&1
	rc=$?
	if test $rc -ne 0 || test -s "$tmp/out"; then
		fail "groff -Tutf8 -mandoc -ww -z `basename "$f"`:" \
		    "exit status $rc, messages:"
		show "$tmp/out"
	fi
done
finish
