#!/bin/sh
#
# The generated pages are written the way a careful person types mdoc:
# no source line over 80 bytes, no white space at the end of a line, no
# empty line (roff would print a blank line for it), and no line that
# begins with a space.

. "$srcdir/tests/lib.sh"

# Bytes, not characters.
LC_ALL=C
export LC_ALL

for page in $PAGES; do
	file=$abs_srcdir/man/$page.7
	test -f "$file" || hard_error "no $file"
	awk -v f="$page.7" '
	length($0) > 80	{ printf "%s:%d: %d bytes\n", f, NR, length($0) }
	/[ \t]$/	{ printf "%s:%d: white space at the end\n", f, NR }
	/^$/		{ printf "%s:%d: empty line\n", f, NR }
	/^[ \t]/	{ printf "%s:%d: starts with white space\n", f, NR }
	' "$file" >"$tmp/out"
	if test -s "$tmp/out"; then
		fail "$page.7 breaks the source rules:"
		cat "$tmp/out"
	fi
done
finish
