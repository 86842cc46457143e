#!/bin/sh
#
# After installation, "apropos illumos" and "whatis illumos-distros"
# find both pages with their summaries.  The pages are copied into a
# scratch man tree (share/man/man7, as "make install DESTDIR=..." lays
# them out), indexed there, and searched there only, with each of the
# two indexers a user may have:
#
# - man-db (Debian, most GNU/Linux systems): mandb builds index.db in
#   the tree; its apropos and whatis read it with -M.
# - mandoc (OpenBSD, illumos, Alpine, the BSDs): makewhatis builds
#   mandoc.db; its apropos and whatis (called mapropos and mwhatis
#   where man-db owns the plain names, as on Debian) read it with -M.
#
# Either part is skipped when its tools are missing; the test is
# skipped only when both are.

: "${srcdir:=.}"
. "$srcdir/tests/render/common.sh"

need "$RECSEL"

mandir=$tmp/share/man
mkdir -p "$mandir/man7" || exit 99
for page in $pages; do
	input=`find_input "man/$page.7"` || exit 99
	cp "$input" "$mandir/man7/$page.7" || exit 99
done

# makewhatis lives in sbin on most systems, which may not be on PATH.
PATH=$PATH:/usr/sbin:/usr/local/sbin:/usr/pkg/sbin
export PATH

# expect TOOL FILE PAGE: FILE, the output of TOOL, has a line naming
# PAGE(7) with its catalog summary.  man-db writes "NAME (7)  - SUM",
# mandoc "NAME(7) - SUM"; the summary may not be cut short.
expect()
{
	_summary=`recval Page "$3" Summary`
	if grep "^$3 \{0,1\}(7) *- $_summary\$" "$2" >/dev/null; then
		echo "ok: $1 finds $3(7) - $_summary"
	else
		fail "$1 did not find \"$3(7) - $_summary\"; it printed:"
		show "$2"
	fi
}

ran=

# mandoc's apropos rejects --version; man-db's answers it.
if have mandb && have whatis && have apropos &&
    apropos --version >/dev/null 2>&1; then
	ran="$ran man-db"
	# -c builds the database afresh; MANPATH keeps mandb away from
	# the system's trees.  -l (long) keeps apropos from cutting the
	# summaries to the terminal width.
	MANPATH=$mandir mandb -q -c "$mandir" >"$tmp/mandb" 2>&1 || {
		fail "mandb failed:"
		show "$tmp/mandb"
	}
	MANPATH=$mandir apropos -l -M "$mandir" illumos >"$tmp/apropos" 2>&1
	for page in $pages; do
		expect "man-db apropos illumos" "$tmp/apropos" $page
		MANPATH=$mandir whatis -l -M "$mandir" $page >"$tmp/whatis" 2>&1
		expect "man-db whatis $page" "$tmp/whatis" $page
	done
else
	echo "note: man-db (mandb, apropos, whatis) not installed; its part skipped"
fi

rm -f "$mandir/index.db"
if have makewhatis; then
	ran="$ran mandoc"
	if have mapropos; then
		mapropos=mapropos mwhatis=mwhatis
	else
		mapropos=apropos mwhatis=whatis
	fi
	makewhatis "$mandir" >"$tmp/makewhatis" 2>&1 || {
		fail "makewhatis failed:"
		show "$tmp/makewhatis"
	}
	$mapropos -M "$mandir" illumos >"$tmp/apropos" 2>&1
	for page in $pages; do
		expect "mandoc $mapropos illumos" "$tmp/apropos" $page
		$mwhatis -M "$mandir" $page >"$tmp/whatis" 2>&1
		expect "mandoc $mwhatis $page" "$tmp/whatis" $page
	done
else
	echo "note: mandoc's makewhatis not installed; its part skipped"
fi

if test -z "$ran"; then
	echo "SKIP: neither man-db (mandb) nor mandoc (makewhatis) is installed"
	exit 77
fi
exit $failed
