#!/bin/sh
#
# linkcheck/linkcheck.sh when it cannot check anything: usage errors,
# a catalog that the generator refuses or cannot read, and no curl.
# Each must exit with status 2, print nothing on standard output and
# leave no report; what each says on standard error, after a line that
# names the case, must be usage.err byte for byte.  Nothing here runs
# curl, so the test runs without it and without a network.

. "$srcdir/tests/lib.sh"

cases=$abs_srcdir/tests/linkcheck
script=$abs_srcdir/linkcheck/linkcheck.sh

# curl must be found for the script to go as far as the catalog; the
# stand-in is found, and would fake its failures if it were ever run.
cp "$cases/fake-curl.sh" "$tmp/curl" && chmod +x "$tmp/curl" ||
    hard_error "cannot copy fake-curl.sh"
mkdir "$tmp/run" && cp "$cases/refused.rec" "$tmp/run/" ||
    hard_error "cannot copy refused.rec"
cp "$CATALOG" "$tmp/run/good.rec" || hard_error "cannot copy the catalog"

: >"$tmp/stderr"

# refuse DESCRIPTION [VAR=VALUE] -- ARGS...: run the script in the
# scratch directory with ARGS, and the variable if one is given; it
# must refuse.
refuse()
{
	what=$1
	curl=$tmp/curl
	shift
	case $1 in
	CURL=*)	curl=${1#CURL=}; shift ;;
	esac
	shift
	echo "== $what" >>"$tmp/stderr"
	(cd "$tmp/run" && CURL=$curl && REAL_CURL=false &&
	    export CURL REAL_CURL &&
	    exec sh "$script" -g "$DOCGEN" "$@") >"$tmp/stdout" \
	    2>>"$tmp/stderr" </dev/null
	status=$?
	test "$status" -eq 2 || fail "$what: exit status $status, expected 2"
	if test -s "$tmp/stdout"; then
		fail "$what: printed on standard output"
		show "$tmp/stdout"
	fi
	if test -f "$tmp/run/linkcheck.txt"; then
		fail "$what: wrote linkcheck.txt"
		rm -f "$tmp/run/linkcheck.txt"
	fi
}

refuse 'no catalog' --
refuse 'two catalogs' -- good.rec good.rec
refuse 'an unknown option' -- -x good.rec
refuse '-j without its number' -- -j
refuse '-j 0' -- -j 0 good.rec
refuse '-j not a number' -- -j many good.rec
refuse '-t 0' -- -t 0 good.rec
refuse '-t with a fraction' -- -t 1.5 good.rec
refuse '-o with an empty name' -- -o '' good.rec
refuse 'no curl' CURL=no-such-curl -- good.rec
refuse 'a catalog the generator refuses' -- refused.rec
refuse 'a catalog that is not there' -- missing.rec

if ! cmp -s "$cases/usage.err" "$tmp/stderr"; then
	fail "standard error differs from usage.err (- expected, + actual):"
	diff -u "$cases/usage.err" "$tmp/stderr" | sed -n '3,$p'
fi

finish
