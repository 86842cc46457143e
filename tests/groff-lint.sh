#!/bin/sh
#
# groff, with every warning turned on, must have nothing to say about
# the generated pages.

. "$srcdir/tests/lib.sh"
need GROFF groff groff

for page in $PAGES; do
	f=$abs_srcdir/man/$page.7
	"$GROFF" -mandoc -ww -z "$f" >"$tmp/out" 2>&1
	rc=$?
	if test $rc -ne 0 || test -s "$tmp/out"; then
		fail "groff -mandoc -ww -z $page.7: exit status $rc, messages:"
		show "$tmp/out"
	fi
done
finish
