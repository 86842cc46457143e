#!/bin/sh
#
# The generated pages are written the way a careful person types mdoc,
# and the generator's manual, typed by one, is held to the same rules:
# no source line over 80 bytes, no white space at the end of a line, no
# empty line (roff would print a blank line for it), and no line that
# begins with a space.

. "$srcdir/tests/lib.sh"

# Bytes, not characters.
LC_ALL=C
export LC_ALL

for m in $MANUALS; do
	file=$abs_srcdir/$m
	page=`basename "$m"`
	test -f "$file" || hard_error "no $file"
	awk -v f="$page" '
	length($0) > 80	{ printf "%s:%d: %d bytes\n", f, NR, length($0) }
	/[ \t]$/	{ printf "%s:%d: white space at the end\n", f, NR }
	/^$/		{ printf "%s:%d: empty line\n", f, NR }
	/^[ \t]/	{ printf "%s:%d: starts with white space\n", f, NR }
	' "$file" >"$tmp/out"
	if test -s "$tmp/out"; then
		fail "$page breaks the source rules:"
		cat "$tmp/out"
	fi
done
finish
