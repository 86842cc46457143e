#!/bin/sh
#
# man-db, asked for its warnings, must print nothing on standard error
# while it formats the generated pages, as a user's man(1) would.

. "$srcdir/tests/lib.sh"
need MAN man man-db

for page in $PAGES; do
	f=$abs_srcdir/man/$page.7
	LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
	    "$MAN" --warnings -E UTF-8 -l -Tutf8 -Z "$f" \
	    >/dev/null 2>"$tmp/err"
	rc=$?
	if test $rc -ne 0 || test -s "$tmp/err"; then
		fail "man --warnings $page.7: exit status $rc, messages:"
		show "$tmp/err"
	fi
done
finish
