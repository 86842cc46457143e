#!/bin/sh
#
# linkcheck/linkcheck.sh against a web server of our own on 127.0.0.1
# (server.py), so that the test never needs the network.
#
#  - links.rec.in meets every answer the report knows, with a link
#    that appears twice and a server that never answers (a timeout of
#    2 s keeps the test short).  The report, with the server's ports
#    replaced by PORT and CLOSED, must be links.out byte for byte, on
#    standard output and in linkcheck.txt; the exit status must be 1;
#    the server must have seen exactly the requests of links.requests,
#    so each link was fetched once, and GET only after a failed HEAD;
#    the records last checked more than a year before LINKCHECK_TODAY
#    are listed after the links.
#  - good.rec.in has links that work or redirect, checked one at a time
#    (-j 1) into a report named with -o: exit status 0 and good.out.
#
# The test is skipped without python3 or curl.  The server stops by
# itself after a minute, and is killed when the test ends.

. "$srcdir/tests/lib.sh"

PYTHON=${PYTHON:-python3}
command -v "$PYTHON" >/dev/null 2>&1 ||
    skip "python3 was not found; install it (Debian: apt-get install" \
    "python3)"
REAL_CURL=${CURL:-curl}
command -v "$REAL_CURL" >/dev/null 2>&1 ||
    skip "$REAL_CURL was not found; install curl (Debian: apt-get" \
    "install curl)"

cases=$abs_srcdir/tests/linkcheck
script=$abs_srcdir/linkcheck/linkcheck.sh

# The stand-in for curl, which fakes what a local server cannot do.  A
# copy, since a file from a tarball may have lost its execute bit.
cp "$cases/fake-curl.sh" "$tmp/curl" && chmod +x "$tmp/curl" ||
    hard_error "cannot copy fake-curl.sh"

# The server tells its ports through a FIFO, so that the test waits
# exactly as long as the server takes to start, and no longer.
mkfifo "$tmp/ports" || hard_error "cannot make a FIFO"
: >"$tmp/requests"
"$PYTHON" "$cases/server.py" "$tmp/requests" 60 >"$tmp/ports" &
server=$!
trap 'kill "$server" 2>/dev/null; rm -rf "$tmp"' 0
read -r port closed <"$tmp/ports"
case $port:$closed in
*[!0-9:]*|:*|*:)
	hard_error "the server did not start (ports: '$port' '$closed')" ;;
esac

# compare DESCRIPTION EXPECTED ACTUAL: two files must be the same bytes.
compare()
{
	if ! cmp -s "$2" "$3"; then
		fail "$1 (- expected, + actual):"
		diff -u "$2" "$3" | sed -n '3,$p'
	fi
}

# linkcheck NAME ARGS...: make NAME.rec from NAME.rec.in in a fresh
# directory and run the script there on it, with ARGS.
linkcheck()
{
	name=$1
	shift
	run=$tmp/$name
	mkdir "$run" || hard_error "cannot make $run"
	sed -e "s/@PORT@/$port/g" -e "s/@CLOSED@/$closed/g" \
	    "$cases/$name.rec.in" >"$run/$name.rec" ||
	    hard_error "cannot make $name.rec"
	(cd "$run" && CURL=$tmp/curl && LINKCHECK_TODAY=2026-01-15 &&
	    export CURL REAL_CURL LINKCHECK_TODAY &&
	    exec sh "$script" -g "$DOCGEN" "$@" "$name.rec") \
	    >"$tmp/$name.stdout" 2>"$tmp/$name.stderr" </dev/null
	status=$?
}

# placeholders FILE: the file with the server's ports written as words.
placeholders()
{
	sed -e "s|//127\.0\.0\.1:$port/|//127.0.0.1:PORT/|g" \
	    -e "s|//127\.0\.0\.1:$closed/|//127.0.0.1:CLOSED/|g" "$1"
}

: >"$tmp/empty"

linkcheck links -t 2 -j 4
test "$status" -eq 1 || fail "links: exit status $status, expected 1"
placeholders "$tmp/links.stdout" >"$tmp/links.out"
compare "links: the report differs from links.out" "$cases/links.out" \
    "$tmp/links.out"
compare "links: linkcheck.txt is not what was shown" \
    "$tmp/links.stdout" "$tmp/links/linkcheck.txt"
compare "links: something went to standard error" "$tmp/empty" \
    "$tmp/links.stderr"
printf '%s\n' linkcheck.txt links.rec >"$tmp/want-files"
(cd "$tmp/links" && ls) >"$tmp/files"
compare "links: files other than the report were left" \
    "$tmp/want-files" "$tmp/files"
LC_ALL=C sort "$tmp/requests" >"$tmp/links.requests"
compare "links: the server saw other requests than links.requests" \
    "$cases/links.requests" "$tmp/links.requests"

linkcheck good -t 5 -j 1 -o report.txt
test "$status" -eq 0 || fail "good: exit status $status, expected 0"
placeholders "$tmp/good.stdout" >"$tmp/good.out"
compare "good: the report differs from good.out" "$cases/good.out" \
    "$tmp/good.out"
compare "good: report.txt is not what was shown" "$tmp/good.stdout" \
    "$tmp/good/report.txt"
compare "good: something went to standard error" "$tmp/empty" \
    "$tmp/good.stderr"
printf '%s\n' good.rec report.txt >"$tmp/want-files"
(cd "$tmp/good" && ls) >"$tmp/files"
compare "good: files other than the report were left" \
    "$tmp/want-files" "$tmp/files"

finish
