#!/bin/sh
#
# The generator's time and memory must follow the size of its input,
# whatever shape a hostile author gives the catalog.  tests/adversarial/
# hostile writes catalogs of about SIZE bytes in each shape it knows
# (names that collide, many terms times many distributions, long lines,
# long values, many fields, ...); each is run through every format
# under a bound on memory and a time limit, and must either succeed or
# be refused with a file:line:column error, as the shape expects.
#
# The memory bound is BOUND times what the plain catalog of the same
# size needs, measured first: a plain catalog of 10 MB takes some 30 MB
# of memory, so 8 times that leaves room for a shape that needs more
# text per byte of input (a long value is joined in one piece and its
# lines filled again), while a structure that grows with the square of
# the input (a byte for every term and distribution made several
# hundred MB of a catalog of 10 MB) runs out.  The time limit only
# guards against a hang; the times themselves are compared in
# bench/adversarial, never here.

. "$srcdir/tests/lib.sh"

SIZE=${ADVERSARIAL_SIZE:-10000000}
BOUND=8
# A tool that runs the generator slower, such as valgrind, says how
# much slower in TIME_FACTOR.
LIMIT=`expr 60 \* ${TIME_FACTOR:-1}`
HOSTILE=./tests/adversarial/hostile
test -x "$HOSTILE" || hard_error "no $HOSTILE; run make check"
command -v timeout >/dev/null 2>&1 ||
    skip "timeout was not found (Debian: apt-get install coreutils)"

# run SHAPE KB FORMAT [PAGE]: run the generator on tmp/SHAPE.rec, with
# KB of address space if KB is not 0; rc and tmp/err say how it went.
run()
{
	( if test "$2" -gt 0; then ulimit -v "$2" || exit 98; fi
	  cd "$tmp" && exec timeout $LIMIT "$DOCGEN" -T "$3" -o "$1.out" \
	      "$1.rec" $4 >/dev/null 2>err ) </dev/null
	rc=$?
}

# The least memory the plain catalog runs in, to a factor of two: each
# format is run under halving bounds until it fails.
"$HOSTILE" plain "$SIZE" "$CATALOG" >"$tmp/plain.rec" ||
    hard_error "hostile cannot write the plain catalog"
run plain 0 texinfo illumos-distros
test $rc -eq 0 || { show "$tmp/err"; hard_error "plain catalog refused"; }
kb=4194304
while test $kb -gt 1024; do
	half=`expr $kb / 2`
	run plain $half texinfo illumos-distros
	test $rc -eq 0 || break
	kb=$half
done
if test $kb -ge 4194304; then
	# A build with AddressSanitizer reserves terabytes of address
	# space, and no bound lets it start.
	echo "note: the plain catalog needs more than 4 GB of address" \
	    "space; no memory bound"
	kb=0
fi
echo "plain catalog of $SIZE bytes: under $kb KB of address space"
bound=`expr $kb \* $BOUND`

for line in `"$HOSTILE" -l | tr ' ' ':'`; do
	shape=${line%%:*} expect=${line#*:}
	"$HOSTILE" "$shape" "$SIZE" "$CATALOG" >"$tmp/$shape.rec" ||
	    hard_error "hostile cannot write the $shape catalog"
	while read format page; do
		run "$shape" "$bound" "$format" $page
		if test $rc -eq 0; then
			got=ok
		elif test $rc -eq 1 && sed -n 1p "$tmp/err" |
		    grep "^$shape\.rec:[0-9][0-9]*:[0-9][0-9]*: error: " \
		    >/dev/null; then
			got=refused
		elif test $rc -eq 124; then
			got="still running after $LIMIT s"
		else
			got="exit status $rc"
		fi
		echo "$shape -T $format $page: $got"
		if test "$got" != "$expect"; then
			fail "$shape -T $format $page: $got, expected $expect"
			sed 5q "$tmp/err"
		fi
	done <<-EOF
	mdoc illumos-distros
	mdoc illumos-books
	texinfo illumos-distros
	markdown
	EOF
	rm -f "$tmp/$shape.rec" "$tmp/$shape.out"
done
finish
