#!/bin/sh
#
# mandoc -Tlint must find nothing in the generated pages except
# references to manuals that exist only on illumos (or that are not
# installed while the test runs).  Those are listed here, one "NAME
# SECTION" a line; any other message fails the test.

. "$srcdir/tests/lib.sh"
need MANDOC mandoc mandoc

cat >"$tmp/allowed" <<'LIST'
pkg 1
pkgin 1
lx 7
zones 7
zoneadm 8
zonecfg 8
mdb 1
dtrace 8
Intro 9E
liblgrp 3LIB
pkgadd 8
illumos-books 7
illumos-distros 7
LIST

# mandoc says "referenced manual not found" for a page it cannot find
# at all, and "outdated mandoc.db lacks NAME(SEC) entry" for one that
# has been installed since makewhatis last ran; both are the same case.
notfound='STYLE: referenced manual not found: Xr '
outdated='outdated mandoc\.db lacks '
for page in $PAGES; do
	f=$abs_srcdir/man/$page.7
	"$MANDOC" -Tlint "$f" >"$tmp/out" 2>&1
	rc=$?
	# Exit status 1 means style messages only.
	if test $rc -gt 1; then
		fail "mandoc -Tlint $page.7 exited with status $rc"
	fi
	if grep -v -e "$notfound" -e "$outdated" "$tmp/out" >"$tmp/other"
	then
		fail "mandoc -Tlint $page.7 printed unexpected messages"
		show "$tmp/other"
	fi
	# Keep "NAME SEC" of each reference, without " (N times)".
	sed -n -e "s/.*$notfound\\(.*\\)\$/\\1/p" \
	    -e "s/.*$outdated\\([^(]*\\)(\\([^)]*\\)) entry.*/\\1 \\2/p" \
	    "$tmp/out" |
	    sed 's/ ([0-9]* times)$//' >"$tmp/refs"
	if grep -v -x -F -f "$tmp/allowed" "$tmp/refs" >"$tmp/unknown"; then
		fail "$page.7 refers to manuals that are not in the list" \
		    "of illumos-only pages in $me.sh"
		show "$tmp/unknown"
		show "$tmp/out"
	fi
done
finish
