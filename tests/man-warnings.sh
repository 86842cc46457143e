#!/bin/sh
#
# man-db, asked for its warnings, must print nothing on standard error
# while it formats the generated pages and the generator's manual, as a
# user's man(1) would.

. "$srcdir/tests/lib.sh"
need MAN man man-db

for m in $MANUALS; do
	f=$abs_srcdir/$m
	page=`basename "$m"`
	LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
	    "$MAN" --warnings -E UTF-8 -l -Tutf8 -Z "$f" \
	    >/dev/null 2>"$tmp/err"
	rc=$?
	if test $rc -ne 0 || test -s "$tmp/err"; then
		fail "man --warnings $page: exit status $rc, messages:"
		show "$tmp/err"
	fi
done
finish
