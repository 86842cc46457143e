#!/bin/sh
#
# bench/run generates catalogs of 10^2 to 10^6 distributions with
# bench/gencat, about one in twenty of them with hostile text, and
# stops at the first one the generator refuses.  So every format must
# take gencat's catalogs silently, and recfix must too, since they
# stand for catalogs a maintainer could write.  The sizes here reach
# past the point where each random choice of gencat has come up.

. "$srcdir/tests/lib.sh"
need RECFIX recfix recutils

GENCAT=./tests/bench/gencat
test -x "$GENCAT" || hard_error "no $GENCAT; run make check"

for n in 100 3000; do
	"$GENCAT" $n "$CATALOG" >"$tmp/cat.rec" ||
	    hard_error "gencat cannot write a catalog of $n"
	while read format page; do
		"$DOCGEN" -T "$format" -o "$tmp/out" "$tmp/cat.rec" $page \
		    >"$tmp/err" 2>&1
		rc=$?
		if test $rc -ne 0 || test -s "$tmp/err"; then
			fail "gencat $n, -T $format $page: exit status" \
			    "$rc (want 0, silent)"
			show "$tmp/err"
		fi
	done <<-EOF2
	mdoc illumos-distros
	mdoc illumos-books
	texinfo illumos-distros
	texinfo illumos-books
	markdown
	EOF2
	if ! "$RECFIX" --check "$tmp/cat.rec" >"$tmp/err" 2>&1; then
		fail "gencat $n: recfix --check refuses it"
		show "$tmp/err"
	fi
done
finish
