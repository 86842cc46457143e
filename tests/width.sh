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
