#!/bin/sh
#
# The rendered pages, and the generator's manual, must fit an 80-column
# terminal, both as mandoc formats them and as man-db (groff) does, and
# must still render without complaint on a 60-column one.

. "$srcdir/tests/lib.sh"
need MANDOC mandoc mandoc
need MAN man man-db
need COL col bsdextrautils

LC_ALL=C.UTF-8
export LC_ALL
GROFF_NO_SGR=1
MANPAGER='cat'
PAGER='cat'
export GROFF_NO_SGR MANPAGER PAGER

# check_width NAME FILE WIDTH: no line of FILE, with overstriking
# removed, is wider than WIDTH characters.
check_width()
{
	"$COL" -bx <"$2" >"$tmp/plain"
	# Count characters, not bytes: turn each one into a single x.
	sed 's/./x/g' "$tmp/plain" |
	    awk -v w="$3" 'length($0) > w { print NR }' >"$tmp/long"
	if test -s "$tmp/long"; then
		fail "$1 has lines wider than $3 columns:"
		awk 'NR == FNR { long[$1] = 1; next }
		    FNR in long { printf "%4d: %s\n", FNR, $0 }' \
		    "$tmp/long" "$tmp/plain"
	fi
}

# render NAME WIDTH COMMAND...: run COMMAND into $tmp/out.  It must
# succeed and print nothing on standard error, except that below 80
# columns troff may say that it cannot break a line too long to fit
# (a long URL, for instance); those warnings are shown, not counted.
render()
{
	render_name=$1
	render_width=$2
	shift 2
	"$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if test $render_width -lt 80; then
		grep -v ": warning [^:]*: can't break line\$" "$tmp/err" \
		    >"$tmp/other"
	else
		cp "$tmp/err" "$tmp/other"
	fi
	if test $rc -ne 0 || test -s "$tmp/other"; then
		fail "$render_name: exit status $rc, messages:"
		show "$tmp/err"
		return 1
	fi
	if test -s "$tmp/err"; then
		echo "note: $render_name:"
		cat "$tmp/err"
	fi
	return 0
}

# Links as long as the generator takes them, where the pages show them:
# a fact's alone and after text (a provider's, a packaging's), and a
# book's, each as wide as docgen.h allows.  Each must stay whole on one
# line of a page of 78 columns, as man-db lays it out on a terminal of
# 80 and as mandoc does, and of the Info manual's 79.
limit()
{
	sed -n "s/^#define $1[^0-9]*\([0-9]*\).*/\1/p" \
	    "$abs_srcdir/src/docgen.h"
}
link()
{
	awk -v n="$1" -v c="$2" 'BEGIN { s = "https://example.org/"
	    while (length(s) < n) s = s c; print s }'
}
fact=`link "\`limit LINK_WIDTH\`" a`
provider=`link "\`limit LINK_WIDTH\`" p`
packaging=`link "\`limit LINK_WIDTH\`" k`
own=`link "\`limit LINE_LINK_WIDTH\`" b`
test ${#fact} -gt 40 && test ${#own} -gt 40 ||
    hard_error "cannot read the link limits in src/docgen.h"
sed -e "s|^Url: https://example.org/\$|Url: $fact|" \
    -e "s|^ProviderUrl: .*|ProviderUrl: $provider|" \
    -e "s|^Packaging: IPS\$|&\\
PackagingUrl: $packaging|" \
    -e "s|^Url: https://example.org/guide\$|Url: $own|" \
    "$abs_srcdir/tests/golden/minimal.rec" >"$tmp/links.rec"
for page in illumos-distros illumos-books; do
	case $page in
	illumos-distros)	urls="$fact $provider $packaging" ;;
	*)			urls=$own ;;
	esac
	"$DOCGEN" -o "$tmp/$page.7" "$tmp/links.rec" $page ||
	    hard_error "links at their limits refused for $page"
	for how in mandoc man; do
		case $how in
		mandoc)	render "$how links.rec $page" 80 env MANWIDTH=80 \
			    "$MANDOC" -Tutf8 "$tmp/$page.7" || continue ;;
		man)	render "$how links.rec $page" 80 env MANWIDTH=80 \
			    "$MAN" -l "$tmp/$page.7" || continue ;;
		esac
		check_width "$how of a link at its limit, $page" "$tmp/out" 78
		"$COL" -bx <"$tmp/out" >"$tmp/plain"
		for url in $urls; do
			grep -F -e "$url" "$tmp/plain" >/dev/null ||
			    fail "$how of a link at its limit, $page:" \
			    "$url is broken"
		done
	done
	if test -n "${MAKEINFO:-}" && test $page = illumos-distros; then
		"$DOCGEN" -T texinfo -o "$tmp/$page.texi" "$tmp/links.rec" \
		    $page && "$MAKEINFO" --no-split -o "$tmp/$page.info" \
		    "$tmp/$page.texi" ||
		    hard_error "cannot make the Info manual of links.rec"
		# The Info file holds control characters, which some grep
		# programs take for a binary file's.
		awk -v u="<$fact>" 'index($0, u)' "$tmp/$page.info" >"$tmp/out"
		test -s "$tmp/out" ||
		    fail "Info of a link at its limit: the link is broken"
		check_width "Info of a link at its limit" "$tmp/out" 79
	fi
done

for m in $MANUALS; do
	f=$abs_srcdir/$m
	page=`basename "$m"`
	for width in 80 60; do
		render "mandoc $page at width $width" $width \
		    env MANWIDTH=$width "$MANDOC" -Tutf8 -O width=$width "$f"
		test $width = 80 &&
		    check_width "mandoc -Tutf8 $page" "$tmp/out" $width
		render "man -l $page at width $width" $width \
		    env MANWIDTH=$width "$MAN" -l "$f"
		test $width = 80 &&
		    check_width "man -l $page" "$tmp/out" $width
	done
done
finish
