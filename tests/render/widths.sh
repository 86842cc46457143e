#!/bin/sh
#
# The manual pages read well in a narrow terminal: at 60 and at 80
# columns, under mandoc and under groff as man-db runs it,
#
# - every row of every comparison table is one line: a table runs from
#   its heading row, "Name" and the other headings, to the next empty
#   line, and holds one line for each distribution and no more;
# - no line is wider than the terminal, except a line that holds a
#   single word, such as a link, which is wider than the room left of
#   it and which no formatter can break;
# - the NAME line is one line, so groff does not hyphenate it and
#   apropos does not cut it short.

: "${srcdir:=.}"
. "$srcdir/tests/render/common.sh"

need "$MANDOC" "$COL" "$RECSEL"

renderers=mandoc
if have "$GROFF"; then
	renderers="mandoc groff"
else
	echo "note: groff is not installed; its rendering is not checked"
fi

recnames Distribution "$tmp/distros"
ndistros=`wc -l <"$tmp/distros"`

# render RENDERER WIDTH PAGE: the page as a reader sees it.  man-db
# keeps a margin of two columns at widths of 80 and more.
render()
{
	case $1 in
	mandoc)
		"$MANDOC" -Tutf8 -Owidth="$2" "$3" | "$COL" -bx ;;
	groff)
		_ll=$2
		test "$2" -ge 80 && _ll=`expr "$2" - 2`
		"$GROFF" -K utf-8 -mandoc -Tutf8 -rLL="$_ll"n -rLT="$_ll"n \
		    -P-c <"$3" | "$COL" -bx ;;
	esac
}

# The width of a line is counted in characters, which is its width in
# columns for the text of these pages, by perl, which every Debian
# system has; awk may count bytes.
for page in $pages; do
	man=`find_input "man/$page.7"` || exit 99
	for r in $renderers; do
		for w in 60 80; do
			render $r $w "$man" >"$tmp/out" 2>"$tmp/stderr" || {
				echo "ERROR: $r could not render $page"
				show "$tmp/stderr"
				exit 99
			}
			perl -CSD -ne '
				chomp;
				next if length($_) <= '"$w"';
				next if /^ *\S+$/;
				print "$.: $_\n";' "$tmp/out" >"$tmp/wide"
			if test -s "$tmp/wide"; then
				fail "$r $page at $w columns: lines wider than" \
				    "$w:"
				show "$tmp/wide"
			else
				echo "ok: $r $page at $w: no line wider"
			fi
			# The NAME line and the line after it, which must
			# be empty.
			sed -n '/^NAME$/{n;N;p;q;}' "$tmp/out" >"$tmp/name"
			if test "`sed -n 2p "$tmp/name"`" = ""; then
				echo "ok: $r $page at $w: NAME on one line"
			else
				fail "$r $page at $w: the NAME line wraps:"
				show "$tmp/name"
			fi
			# As many tables as the page has -column lists.
			ntables=`grep -c '^\.Bl -column' "$man"`
			awk -v n="$ndistros" -v want="$ntables" '
			/^ *Name  / { on = 1; rows = 0; head = $0; next }
			on && /^ *$/ {
				if (rows != n)
					printf "%s: %d lines for %d rows\n", \
					    head, rows, n
				on = 0
				tables++
			}
			on { rows++ }
			END {
				if (tables != want)
					printf "%d tables, not %d\n", \
					    tables, want
			}' "$tmp/out" >"$tmp/rows"
			if test -s "$tmp/rows"; then
				fail "$r $page at $w: table rows wrap:"
				show "$tmp/rows"
				show "$tmp/out"
			else
				echo "ok: $r $page at $w: each row one line"
			fi
		done
	done
done
exit $failed
