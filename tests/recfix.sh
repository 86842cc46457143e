#!/bin/sh
#
# The catalog must pass recfix --check, the reference checker of the
# recutils format, and the generator's own schema check (-S) must agree.

. "$srcdir/tests/lib.sh"
need RECFIX recfix recutils

if ! "$RECFIX" --check "$CATALOG" >"$tmp/out" 2>&1; then
	fail "recfix --check rejects the catalog"
	show "$tmp/out"
fi
"$DOCGEN" -S "$CATALOG" >"$tmp/out" 2>&1
rc=$?
if test $rc -ne 0 || test -s "$tmp/out"; then
	fail "illumos-docgen -S exited with status $rc (want 0, silent)"
	show "$tmp/out"
fi
finish
