#!/bin/sh
#
# The generator as a command: its options, its exit statuses (0 ok, 1 bad
# catalog, 2 usage or I/O) and the messages a user sees.

. "$srcdir/tests/lib.sh"

# run WANT-STATUS DESCRIPTION ARGS...: run the generator with ARGS,
# keeping its output in $tmp/stdout and $tmp/stderr, and check the
# exit status.
run()
{
	run_want=$1
	run_what=$2
	shift 2
	"$DOCGEN" "$@" >"$tmp/stdout" 2>"$tmp/stderr"
	run_rc=$?
	if test $run_rc -ne $run_want; then
		fail "$run_what: exit status $run_rc, not $run_want"
		show "$tmp/stdout"
		show "$tmp/stderr"
		return 1
	fi
	return 0
}

# expect STREAM TEXT DESCRIPTION: the last run printed TEXT (a fixed
# string) on STREAM, stdout or stderr.
expect()
{
	if ! grep -F -e "$2" "$tmp/$1" >/dev/null; then
		fail "$3: '$2' is not in its $1"
		show "$tmp/$1"
	fi
}

# quiet STREAM DESCRIPTION: the last run printed nothing on STREAM.
quiet()
{
	if test -s "$tmp/$1"; then
		fail "$2: printed something on $1"
		show "$tmp/$1"
	fi
}

run 0 '--help' --help && {
	expect stdout 'usage: illumos-docgen' '--help'
	quiet stderr '--help'
}
# The version must be the package's, which the harness passes on.
run 0 '--version' --version && {
	if test -n "${PACKAGE_VERSION:-}"; then
		echo "illumos-docgen $PACKAGE_VERSION" >"$tmp/want"
		if ! cmp "$tmp/want" "$tmp/stdout" >/dev/null; then
			fail "--version does not print" \
			    "'illumos-docgen $PACKAGE_VERSION'"
			show "$tmp/stdout"
		fi
	elif ! grep -x 'illumos-docgen [0-9][0-9.]*' "$tmp/stdout" \
	    >/dev/null; then
		fail "--version does not print 'illumos-docgen VERSION'"
		show "$tmp/stdout"
	fi
	quiet stderr '--version'
}

# usage_error DESCRIPTION ARGS...: a usage error, which must exit with
# status 2 and print the usage message on standard error only.
usage_error()
{
	usage_what=$1
	shift
	run 2 "$usage_what" "$@" && {
		expect stderr 'usage: illumos-docgen' "$usage_what"
		quiet stdout "$usage_what"
	}
}

usage_error 'an unknown option' -x "$CATALOG" illumos-distros
usage_error 'an unknown format' -T nroff "$CATALOG" illumos-distros
usage_error '-T without its argument' -T
usage_error '-o without its argument' -o
usage_error 'no arguments'
usage_error 'a catalog but no page' "$CATALOG"
usage_error 'too many arguments' "$CATALOG" illumos-distros extra
usage_error '-S with a page' -S "$CATALOG" illumos-distros

# An unknown page.
run 2 'an unknown page' "$CATALOG" no-such-page && {
	expect stderr 'no-such-page' 'an unknown page'
	quiet stdout 'an unknown page'
}

# A catalog that does not exist.
missing=$tmp/no-such-catalog.rec
run 2 'a missing catalog' "$missing" illumos-distros && {
	expect stderr "$missing" 'a missing catalog'
	quiet stdout 'a missing catalog'
}

# An output file in a directory that does not exist.
nodir=$tmp/no-such-dir/illumos-distros.7
run 2 'an output in a missing directory' -o "$nodir" "$CATALOG" \
    illumos-distros && expect stderr "$nodir" 'an output in a missing directory'

# Endless input: a device that never ends, with no newline (/dev/zero)
# or with short lines of random bytes (/dev/urandom), must be refused
# after a little of it is read, in little memory.  A build with a
# sanitizer reserves more address space than any limit worth setting,
# so the limit is set only when the generator can start under it.
endless()
{
	endless_dev=$1
	shift
	if test ! -r "$endless_dev"; then
		echo "SKIP: $endless_dev cannot be read"
		return
	fi
	if (ulimit -v 65536 && "$DOCGEN" --version) >/dev/null 2>&1; then
		endless_limit='ulimit -v 65536 &&'
	else
		endless_limit=
		echo "NOTE: $endless_dev: no memory limit under this build"
	fi
	(eval "$endless_limit exec timeout 10 \"\$DOCGEN\" $endless_dev \
	    illumos-distros") >"$tmp/stdout" 2>"$tmp/stderr"
	endless_rc=$?
	if test $endless_rc -ne 1; then
		fail "$endless_dev: exit status $endless_rc, not 1"
		show "$tmp/stderr"
		return
	fi
	quiet stdout "$endless_dev"
	printf '%s\n' "$@" >"$tmp/want"
	tail -n 1 "$tmp/stderr" >"$tmp/last"
	if ! cmp -s "$tmp/want" "$tmp/last"; then
		fail "$endless_dev: the last diagnostic is not '$*'"
		show "$tmp/stderr"
	fi
}
endless /dev/zero '/dev/zero:1:65537: error: line longer than 65536 bytes'
endless /dev/urandom '/dev/urandom: error: too many errors, giving up'

# And the good cases: each page in each format, to standard output.
for format in mdoc texinfo; do
	for page in $PAGES; do
		run 0 "-T $format $page" -T $format "$CATALOG" $page && {
			quiet stderr "-T $format $page"
			test -s "$tmp/stdout" ||
			    fail "-T $format $page: wrote nothing"
		}
	done
done
run 0 '-S' -S "$CATALOG" && {
	quiet stdout '-S'
	quiet stderr '-S'
}
finish
