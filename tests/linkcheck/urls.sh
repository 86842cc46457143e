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

# A tab, a carriage return or a backslash in the name of the catalog
# is written as "\t", "\r" or "\\", so that each line still has two
# fields that a reader can undo.  (A link holds none of them: the
# catalog refuses it.)
tab=`printf '\t'`
cr=`printf '\r'`
cp "$cases/kinds.rec" "$tmp/a${tab}b${cr}c\\d.rec" ||
    hard_error "cannot copy kinds.rec"
(cd "$tmp" && exec "$DOCGEN" -T urls "a${tab}b${cr}c\\d.rec") >"$tmp/out" \
    2>"$tmp/err"
sed -e 's/^kinds\.rec:/a\\tb\\rc\\\\d.rec:/' "$cases/kinds.out" \
    >"$tmp/want"
compare "-T urls of a catalog with a tab, a CR and a backslash in its name" \
    "$tmp/want" "$tmp/out"

# The list is of the whole catalog: a page name is a usage error.

"$DOCGEN" -T urls "$CATALOG" illumos-distros >"$tmp/out" 2>"$tmp/err"
status=$?
test "$status" -eq 2 ||
    fail "-T urls with a page: exit status $status, expected 2"
grep '^usage: illumos-docgen' "$tmp/err" >/dev/null ||
    fail "-T urls with a page: no usage message"

# The real catalog, read here without the generator: the fields whose
# lines match a pattern, each as the generator lists it, where the value
# begins after the name, the colon and at most one blank.
fields()
{
	awk -v pattern="$1" '
	$0 ~ pattern {
		col = index($0, ":") + 1
		if (substr($0, col, 1) == " " || substr($0, col, 1) == "\t")
			col++
		print FILENAME ":" NR ":" col "\t" substr($0, col)
	}' "$CATALOG"
}

# -T FORMAT lists every field of the real catalog that PATTERN matches,
# and says nothing on standard error; WHAT names such a field.
listing()
{
	fields "$3" >"$tmp/want"
	test -s "$tmp/want" || hard_error "no $2 found in $CATALOG"
	"$DOCGEN" -T $1 "$CATALOG" >"$tmp/out" 2>"$tmp/err" ||
	    fail "-T $1 on the real catalog failed"
	compare "-T $1 on the real catalog: not every $2" "$tmp/want" \
	    "$tmp/out"
	compare "-T $1 on the real catalog printed on standard error" \
	    "$tmp/empty" "$tmp/err"
}

# Every value that starts with http:// or https:// is a link, and every
# Checked field a date on which a record was checked.
listing urls link '^[A-Za-z][A-Za-z0-9_]*:[ \t]?https?://'
listing checked 'Checked date' '^Checked:'

# The dates, too, are of the whole catalog.
"$DOCGEN" -T checked "$CATALOG" illumos-distros >"$tmp/out" 2>"$tmp/err"
status=$?
test "$status" -eq 2 ||
    fail "-T checked with a page: exit status $status, expected 2"

finish
