#!/bin/sh
#
# illumos-docgen -T urls, the list of links that "make linkcheck"
# fetches.  Three checks:
#
#  - kinds.rec, which has every kind of link, gives kinds.out byte for
#    byte, with nothing on standard error;
#  - refused.rec, which the catalog checks refuse, and clash.rec,
#    which only the Texinfo writer refuses, give no list, exit status 1
#    and the diagnostics of refused.err and clash.err: no link is
#    listed from a catalog that some output cannot be made from;
#  - a page name after the catalog is a usage error;
#  - every line of the real catalog whose value is a link is in its
#    list, at the right column, and nothing else is: this finds a new
#    kind of link that the generator's table of link fields lacks.

. "$srcdir/tests/lib.sh"

cases=$abs_srcdir/tests/linkcheck

# The generator runs beside copies of the cases, named by their bare
# names, so that what it prints does not depend on the build tree.
cp "$cases/kinds.rec" "$cases/refused.rec" "$cases/clash.rec" "$tmp/" ||
    hard_error "cannot copy the test catalogs"

# compare DESCRIPTION EXPECTED ACTUAL: two files must be the same bytes.
compare()
{
	if ! cmp -s "$2" "$3"; then
		fail "$1 (- expected, + actual):"
		diff -u "$2" "$3" | sed -n '3,$p'
	fi
}

(cd "$tmp" && exec "$DOCGEN" -T urls kinds.rec) >"$tmp/out" \
    2>"$tmp/err"
status=$?
test "$status" -eq 0 || fail "-T urls kinds.rec: exit status $status"
compare "-T urls kinds.rec differs from kinds.out" "$cases/kinds.out" \
    "$tmp/out"
: >"$tmp/empty"
compare "-T urls kinds.rec printed on standard error" "$tmp/empty" \
    "$tmp/err"

for name in refused clash; do
	(cd "$tmp" && exec "$DOCGEN" -T urls "$name.rec") >"$tmp/out" \
	    2>"$tmp/err"
	status=$?
	test "$status" -eq 1 ||
	    fail "-T urls $name.rec: exit status $status, expected 1"
	compare "-T urls $name.rec listed links" "$tmp/empty" "$tmp/out"
	compare "-T urls $name.rec: standard error differs" \
	    "$cases/$name.err" "$tmp/err"
done

# The list is of the whole catalog: a page name is a usage error.
"$DOCGEN" -T urls "$CATALOG" illumos-distros >"$tmp/out" 2>"$tmp/err"
status=$?
test "$status" -eq 2 ||
    fail "-T urls with a page: exit status $status, expected 2"
grep '^usage: illumos-docgen' "$tmp/err" >/dev/null ||
    fail "-T urls with a page: no usage message"

# The real catalog, read here without the generator: a value that
# starts with http:// or https:// begins after the name, the colon and
# at most one blank.
awk '
/^[A-Za-z][A-Za-z0-9_]*:[ \t]?https?:\/\// {
	col = index($0, ":") + 1
	if (substr($0, col, 1) == " " || substr($0, col, 1) == "\t")
		col++
	print FILENAME ":" NR ":" col "\t" substr($0, col)
}' "$CATALOG" >"$tmp/want"
test -s "$tmp/want" || hard_error "no link found in $CATALOG"
"$DOCGEN" -T urls "$CATALOG" >"$tmp/out" 2>"$tmp/err" ||
    fail "-T urls on the real catalog failed"
compare "-T urls on the real catalog: not every link" "$tmp/want" \
    "$tmp/out"
compare "-T urls on the real catalog printed on standard error" \
    "$tmp/empty" "$tmp/err"

finish
