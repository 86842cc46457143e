#!/bin/sh
#
# lexgrog(1), the parser that man-db's mandb uses to build the whatis
# database, reads a whatis entry "NAME - SUMMARY" from each page, with
# NAME the page's name and SUMMARY its Summary in the catalog (the .Nd
# line).  A page that fails here is invisible to apropos and whatis.

: "${srcdir:=.}"
. "$srcdir/tests/render/common.sh"

need lexgrog "$RECSEL"

for page in $pages; do
	input=`find_input "man/$page.7"` || exit 99
	summary=`recval Page "$page" Summary`
	want="$page - $summary"
	# lexgrog prints FILE: "ENTRY"; keep only ENTRY.
	lexgrog "$input" >"$tmp/out" 2>&1
	status=$?
	got=`sed -n 's/^[^"]*: "\(.*\)"$/\1/p' "$tmp/out"`
	if test $status -ne 0 || test "x$got" != "x$want"; then
		fail "lexgrog (exit $status) on $page; expected \"$want\", got:"
		show "$tmp/out"
	else
		echo "ok: $page: $got"
	fi
done
exit $failed
