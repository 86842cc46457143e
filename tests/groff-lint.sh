#!/bin/sh
#
# groff, with every warning turned on, must have nothing to say about
# the generated pages or the generator's manual.

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
finish
