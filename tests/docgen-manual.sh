#!/bin/sh
#
# The generator's manual, src/illumos-docgen.1, must describe the
# program that is built.  What --help prints is the program's own word
# on its options and formats, so the test reads it there: every option
# and every format that --help names must have an entry of its own in
# the manual, and every line of the usage message must be one of the
# forms of the manual's SYNOPSIS.  The manual may say more than --help
# (a format may be documented before the program offers it), but never
# less.  The exit statuses and the limit on printed errors are read
# from src/docgen.h, so that the manual cannot drift from those either.
#
# mandoc -Tlint, groff, man --warnings and the rules on source lines
# and width check the manual as they check the generated pages; see
# MANUALS in tests/lib.sh.

. "$srcdir/tests/lib.sh"
need MANDOC mandoc mandoc

manual=$abs_srcdir/src/illumos-docgen.1
header=$abs_srcdir/src/docgen.h
test -f "$manual" || hard_error "no manual at $manual"
test -f "$header" || hard_error "no header at $header"

"$DOCGEN" --help >"$tmp/help" 2>"$tmp/err" ||
    hard_error "illumos-docgen --help failed"
test -s "$tmp/err" && hard_error "illumos-docgen --help wrote to stderr"

# The usage message is the help up to its first empty line; its lines
# are the forms, without "usage:" and the indentation under it.
sed -n '/^$/q;p' "$tmp/help" |
    sed -e 's/^usage://' -e 's/^ *//' -e 's/  */ /g' >"$tmp/usage"
grep '^illumos-docgen ' "$tmp/usage" >/dev/null ||
    hard_error "cannot find the usage message in the output of --help"

# The options: each option of the help starts a line, indented by two
# spaces, and the usage lines name them too.
{
	awk '/^  -/ { print $1 }' "$tmp/help"
	tr ' []|' '\n\n\n\n' <"$tmp/usage" | grep '^-'
} | sort -u >"$tmp/options"

# The formats: those that follow -T in the usage lines, with their
# alternatives after "|", and those that the help lists under -T, a
# word then two spaces or more, each at the start of its own line.
{
	tr -d '[]' <"$tmp/usage" | awk '{
		for (i = 1; i < NF; i++) {
			if ($i != "-T")
				continue;
			print $(i + 1)
			for (j = i + 2; j < NF && $j == "|"; j += 2)
				print $(j + 1)
		}
	}'
	awk '/^  -T / { under = 1; next }
	    /^  -/ { under = 0 }
	    under && /^  +[a-z][a-z0-9]*   */ { print $1 }' "$tmp/help"
} | sort -u >"$tmp/formats"

test -s "$tmp/options" || hard_error "found no option in --help"
test -s "$tmp/formats" || hard_error "found no format in --help"

# What the manual documents: an ".It Fl X" item for each option, and
# an ".It Cm NAME" item in the list under ".It Fl T" for each format.
sed -n 's/^\.It Fl \([^ ]*\).*/-\1/p' "$manual" | sort -u >"$tmp/documented"
awk '/^\.It Fl T( |$)/ { under = 1; depth = 0; next }
    under && /^\.Bl( |$)/ { depth++ }
    under && /^\.El( |$)/ { if (--depth == 0) exit }
    under && depth == 1 && /^\.It Cm / { print $3 }' "$manual" |
    sort -u >"$tmp/documented-formats"

if comm -23 "$tmp/options" "$tmp/documented" | grep . >"$tmp/missing"; then
	fail "options that --help names but the manual does not describe" \
	    "with an .It Fl entry:"
	show "$tmp/missing"
fi
if comm -23 "$tmp/formats" "$tmp/documented-formats" | grep . \
    >"$tmp/missing"; then
	fail "formats that --help names but the manual does not describe" \
	    "with an .It Cm entry under .It Fl T:"
	show "$tmp/missing"
fi

# The manual as a reader sees it, so wide that no form of the SYNOPSIS
# wraps.  mandoc makes bold and underlined letters by overstriking them
# with a backspace, which is taken out again.
bs=`printf '\b'`
"$MANDOC" -Tascii -O width=300 "$manual" >"$tmp/out" 2>"$tmp/err" ||
    hard_error "mandoc cannot render the manual"
sed "s/.$bs//g" "$tmp/out" >"$tmp/rendered"

# The forms of the SYNOPSIS, one a line, without indentation.
sed -n '/^SYNOPSIS$/,/^[A-Z]/p' "$tmp/rendered" |
    sed -e '/^[A-Z]/d' -e '/^$/d' -e 's/^ *//' -e 's/  */ /g' \
    >"$tmp/synopsis"
test -s "$tmp/synopsis" || hard_error "found no SYNOPSIS in the manual"
while IFS= read -r form; do
	if ! grep -x -F -e "$form" "$tmp/synopsis" >/dev/null; then
		fail "the usage form '$form' is not in the manual's SYNOPSIS"
		show "$tmp/synopsis"
	fi
done <"$tmp/usage"

# The exit statuses of the EXIT STATUS section are those of docgen.h.
sed -n 's/^#define[	 ]*EXIT_[A-Z]*[	 ]*\([0-9]*\)$/\1/p' "$header" |
    sort -u >"$tmp/statuses"
awk '/^\.Sh / { in_exit = ($0 == ".Sh EXIT STATUS"); next }
    in_exit && /^\.It [0-9]/ { print $2 }' "$manual" |
    sort -u >"$tmp/documented-statuses"
test -s "$tmp/statuses" || hard_error "found no EXIT_ status in docgen.h"
if ! cmp -s "$tmp/statuses" "$tmp/documented-statuses"; then
	fail "EXIT STATUS lists other statuses than docgen.h defines" \
	    "(- docgen.h, + manual):"
	diff "$tmp/statuses" "$tmp/documented-statuses"
fi

# The number of errors printed before the rest are held back.
max=`sed -n 's/^#define[	 ]*DIAG_MAXERRORS[	 ]*\([0-9]*\)$/\1/p' "$header"`
test -n "$max" || hard_error "found no DIAG_MAXERRORS in docgen.h"
if ! tr -s ' \n' '  ' <"$tmp/rendered" |
    grep -F "the first $max are printed" >/dev/null; then
	fail "the manual does not say that the first $max errors are" \
	    "printed, as DIAG_MAXERRORS in docgen.h has it"
fi
finish
