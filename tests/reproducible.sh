#!/bin/sh
#
# The generator's output must depend on the catalog alone: not on the
# locale, the time zone, SOURCE_DATE_EPOCH, the umask, the working
# directory or the name the catalog is given, nor on blanks after a
# value of one line, such as a name and the reference to it from a
# Choice (the second copy has them).  And the pages, manuals and
# the Markdown page in the source tree must be exactly what the
# generator makes now.

. "$srcdir/tests/lib.sh"

if command -v locale >/dev/null 2>&1 &&
    ! locale -a 2>/dev/null | grep -i '^de_DE\.utf-\{0,1\}8$' >/dev/null
then
	echo "note: the de_DE.UTF-8 locale is not installed" \
	    "(Debian: apt-get install locales-all); the C locale stands in"
fi

mkdir "$tmp/elsewhere" && sed -e 's/^Name: .*/& /' \
    -e 's/^Distribution: .*/& /' -e 's/^Title: .*/&  /' \
    -e 's/^Provider: .*/& /' "$CATALOG" >"$tmp/elsewhere/catalog.rec" ||
    hard_error "cannot copy the catalog"

# check FORMAT DIST [PAGE]: make the output in FORMAT, of PAGE if the
# format takes one, in two different environments; both must be the
# same, and the same as DIST, the file that the source tree holds.
check()
{
	check_fmt=$1
	check_dist=$2
	shift 2
	a=$tmp/out.a
	b=$tmp/out.b
	what="${1:-the whole catalog} ($check_fmt)"
	(
		unset SOURCE_DATE_EPOCH
		LC_ALL=C TZ=UTC
		export LC_ALL TZ
		umask 022
		"$DOCGEN" -T "$check_fmt" -o "$a" "$CATALOG" "$@"
	) >"$tmp/err" 2>&1 || {
		fail "the first run for $what failed"
		show "$tmp/err"
		return
	}
	(
		cd "$tmp/elsewhere" || exit 99
		LC_ALL=de_DE.UTF-8 TZ=Asia/Kolkata SOURCE_DATE_EPOCH=1
		export LC_ALL TZ SOURCE_DATE_EPOCH
		umask 077
		"$DOCGEN" -T "$check_fmt" catalog.rec "$@" >"$b"
	) 2>"$tmp/err" || {
		fail "the second run for $what failed"
		show "$tmp/err"
		return
	}
	if ! cmp "$a" "$b"; then
		fail "$what differs between environments, or with blanks" \
		    "after values"
		diff "$a" "$b"
	fi
	if ! cmp "$a" "$check_dist"; then
		fail "$check_dist is not what the generator makes now;" \
		    "run make to regenerate it"
		diff "$check_dist" "$a"
	fi
}

# Every format of the table tests/formats, for each page if it takes
# one: its last column names the file of the source tree.
rows=`awk '!/^#/ && NF >= 4 { print $2 ":" $3 ":" $4 }' \
    "$abs_srcdir/tests/formats"`
test -n "$rows" || hard_error "no format in $abs_srcdir/tests/formats"
for row in $rows; do
	format=${row%%:*}
	shipped=${row##*:}
	takes=${row#*:}
	takes=${takes%%:*}
	case $takes in
	page)
		for page in $PAGES; do
			dist=`echo "$shipped" | sed "s/PAGE/$page/g"`
			check "$format" "$abs_srcdir/$dist" "$page"
		done
		;;
	catalog)
		check "$format" "$abs_srcdir/$shipped"
		;;
	*)
		hard_error "tests/formats: '$takes' is neither page nor catalog"
		;;
	esac
done
finish
