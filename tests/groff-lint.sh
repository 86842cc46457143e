#!/bin/sh
#
# groff, with every warning turned on, must have nothing to say about
# the generated pages or the generator's manual, nor about the golden
# pages of tests/golden, which hold hostile and non-ASCII text.
#
# The generated pages are read for a UTF-8 terminal, as man-db formats
# them for a reader whose locale is UTF-8 (man --warnings, in
# man-warnings.sh, runs the same device).  The catalog may name a
# distribution or a provider in any script, and groff's default
# device, PostScript, has no glyph for most of them: Cyrillic, Greek
# beyond its symbols, CJK, Hangul, Hebrew, even the o with a double
# acute of Hungarian.  Refusing those names would misname what the
# pages describe, so they are written, and checked where readers see
# them.  The generator's manual is written by hand in ASCII, so it is
# also checked on the default device, PostScript.

. "$srcdir/tests/lib.sh"
need GROFF groff groff

# lint DEVICE-OPTION FILE: groff must be silent on FILE.
lint()
{
	"$GROFF" $1 -mandoc -ww -z "$2" >"$tmp/out" 2>&1
	rc=$?
	if test $rc -ne 0 || test -s "$tmp/out"; then
		fail "groff $1 -mandoc -ww -z `basename "$2"`:" \
		    "exit status $rc, messages:"
		show "$tmp/out"
	fi
}

for m in $MANUALS; do
	lint -Tutf8 "$abs_srcdir/$m"
done
lint -Tps "$abs_srcdir/src/illumos-docgen.1"
for f in "$abs_srcdir"/tests/golden/*.7; do
	lint -Tutf8 "$f"
done
finish
