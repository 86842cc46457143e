#!/bin/sh
# The regexps that "illumos-docgen -S" accepts stay cheap: the largest
# ones it takes, at each of its limits (size once {n,m} is written out,
# number of alternatives, characters beyond ASCII, brackets and dots
# after an unbounded repetition), are checked against a long value
# under a memory limit and a time limit.  Each must be
# accepted, not refused as unsupported, so that the limits are what is
# tested; whether the value matches does not matter.

. "${srcdir:-.}/tests/lib.sh"

# A build with AddressSanitizer reserves terabytes of address space
# and cannot start under any bound: then only the time is checked.
limit=100000
if ! (ulimit -v $limit && exec "$DOCGEN" --version) >/dev/null 2>&1; then
	echo "note: the generator cannot start in $limit KB of address" \
	    "space (a sanitizer build?); no memory bound"
	limit=
fi

value=`awk 'BEGIN { while (n++ < 60000) printf "a"; print "" }'`
# Random a's and b's, which meet a new state of an automaton at nearly
# every byte where one pattern can be matched in many ways.
mixed=`awk 'BEGIN { srand(1); while (n++ < 60000)
    printf "%s", rand() < 0.5 ? "a" : "b"; print "" }'`

# cost NAME REGEXP [VALUE]: NAME's regexp, between '#' delimiters, must
# run on VALUE (60000 a's if not given) in 100 MB and 10 seconds (times
# TIME_FACTOR, for a tool such as valgrind that runs it slower).
cost()
{
	printf '%%rec: A\n%%type: X regexp #%s#\n\nX: %s\n' "$2" \
	    "${3:-$value}" >"$tmp/$1.rec"
	check_cost "$1"
}

# check_cost NAME: the same for the catalog $tmp/NAME.rec.
check_cost()
{
	start=`date +%s`
	(if test -n "$limit"; then ulimit -v $limit || exit 98; fi
	 exec "$DOCGEN" -S "$tmp/$1.rec") \
	    >"$tmp/$1.out" 2>&1
	status=$?
	took=`expr \`date +%s\` - $start`
	if test $status -gt 1; then
		fail "$1: exit status $status"
		show "$tmp/$1.out"
	elif grep -q unsupported "$tmp/$1.out"; then
		fail "$1: refused, so the limit it should reach is not tested"
		show "$tmp/$1.out"
	elif test $took -gt `expr 10 \* ${TIME_FACTOR:-1}`; then
		fail "$1: took $took seconds"
	fi
}

# Alternatives of n copies of a string.
alts()
{
	awk -v n="$1" -v s="$2" 'BEGIN { for (i = 0; i < n; i++)
	    printf "%s%s%c", i ? "|" : "", s, 98 + i % 20 }'
}

cost bound '^(a|b|c){255}$'
cost bound-dot '^(.){25}b'
cost alternatives "^(`alts 32 aaaa`)$"
cost optional '^[ab]?[ab]?[ab]?[ab]?[ab]?[ab]?[ab]?[ab]?[ab]?[ab]?[ab]?[ab]?b' "$mixed"
cost dots '^.?.?.?.?.?.?.?.?.?.?.?.?b' "$mixed"
cost bounded-prefix '^[ab]{0,11}a$' "$mixed"
cost negated '([^ab]?[^ab]?[^ab]?[^ab]?[^ab]?[^ab]?[^ab]?[^ab]?[^ab]?[^ab]?)b'
cost tail-brackets '^[ab]*a[ab]{11}$' "$mixed"
cost tail-alternatives '^(a|b)*a(a|b){4}$' "$mixed"
cost tail-group '^(a|bb)[ab][ab][ab][ab][ab][ab][ab][ab][ab][ab][ab][ab]$' \
    "$mixed"
cost tail-unanchored '[ab][ab][ab][ab][ab][ab][ab][ab][ab][ab][ab]a' "$mixed"
# A pattern that may match anywhere must not be tried from every byte
# of a long value in turn, which takes time in the square of its
# length: here a value of four lines of 60000 a's.
lines="$value
+ $value
+ $value
+ $value"
cost search 'a[ab]*c' "$lines"
cost search-alternatives 'a[ab]*c|^b|b[ab]*d' "$lines"
# Many regexps, together at the limit of the states of one: 64 with six
# dots after their start (64 x 2^6 = 2^12), each on a value of 15000
# characters of one to four bytes, all kept until the set is checked.
awk 'BEGIN {
	n = split("a é € 𝄞", ch, " ")
	srand(1)
	print "%rec: A"
	for (i = 0; i < 64; i++)
		printf "%%type: F%d regexp /a......c/\n", i
	print ""
	for (i = 0; i < 64; i++) {
		printf "F%d: ", i
		for (j = 0; j < 15000; j++)
			printf "%s", ch[int(rand() * n) + 1]
		print "abbbbbbc"
	}
}' >"$tmp/many.rec"
check_cost many
finish
