#!/bin/sh
#
# mandoc -Tlint must find nothing in the generated pages and in the
# generator's manual except references to manuals that exist only on
# illumos (or that are not installed while the test runs).  Those are
# listed here, one "NAME SECTION" a line; any other message fails the
# test.  mdoc(7) is among them because Debian installs mandoc's page as
# mandoc_mdoc(7), which man(1) finds under that name but mandoc does not.

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
pkgrm 8
illumos-books 7
illumos-distros 7
mdoc 7
umask 2
LIST

# mandoc says "referenced manual not found" for a page it cannot find
# at all; such a page must be in the list.  It says "outdated mandoc.db
# lacks NAME(SEC) entry" when it found the page's file but not its entry
# in the database, because makewhatis has not run since the page was
# installed.  Such a page is there, as much as one that is in the
# database, about which mandoc says nothing, so it needs no entry in the
# list: otherwise whether the test passed would depend on when
# makewhatis last ran.
notfound='STYLE: referenced manual not found: Xr '
outdated='outdated mandoc\.db lacks '
for m in $MANUALS; do
	f=$abs_srcdir/$m
	page=`basename "$m"`
	"$MANDOC" -Tlint "$f" >"$tmp/out" 2>&1
	rc=$?
	# Exit status 1 means style messages only.
	if test $rc -gt 1; then
		fail "mandoc -Tlint $page exited with status $rc"
	fi
	if grep -v -e "$notfound" -e "$outdated" "$tmp/out" >"$tmp/other"
	then
		fail "mandoc -Tlint $page printed unexpected messages"
		show "$tmp/other"
	fi
	# Keep "NAME SEC" of each missing page, without " (N times)".
	sed -n -e "s/.*$notfound\\(.*\\)\$/\\1/p" "$tmp/out" |
	    sed 's/ ([0-9]* times)$//' >"$tmp/refs"
	if grep -v -x -F -f "$tmp/allowed" "$tmp/refs" >"$tmp/unknown"; then
		fail "$page refers to manuals that are not in the list" \
		    "of illumos-only pages in $me.sh"
		show "$tmp/unknown"
		show "$tmp/out"
	fi
done
finish
