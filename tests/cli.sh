#!/bin/sh
#
# The generator as a command: its options, its exit statuses (0 ok, 1 bad
# catalog, 2 usage or I/O) and the messages a user sees; and where -o
# writes: long names, symbolic links, devices, and the modes of files.

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
usage_error 'an unknown format' -T nroff "$CATALOG" illumos-distros &&
    expect stderr 'illumos-docgen: nroff: unknown output format' \
    'an unknown format'
usage_error '-T without its argument' -T
usage_error '-o without its argument' -o
usage_error 'no arguments'
# The messages of the options are the program's own, escaped as every
# diagnostic is: getopt() would print an option as it is.
run 2 'an unknown option' -x "$CATALOG" illumos-distros &&
    expect stderr 'illumos-docgen: -x: unknown option' 'an unknown option'
run 2 '-o without its argument' -o &&
    expect stderr 'illumos-docgen: -o: needs an argument' \
    '-o without its argument'
esc=`printf '\033'`
run 2 'an option that is an escape' "-$esc" "$CATALOG" &&
    expect stderr 'illumos-docgen: -\x1b: unknown option' \
    'an option that is an escape'
# A long option is named whole, not as an option "-"; --help and
# --version are known, but go alone.
run 2 'an unknown long option' --width=80 "$CATALOG" illumos-distros &&
    expect stderr 'illumos-docgen: --width=80: unknown option' \
    'an unknown long option'
run 2 '--help with more' --help "$CATALOG" &&
    expect stderr 'illumos-docgen: --help: must be the only argument' \
    '--help with more'
# A "-" among the letters of a word is named with its word, even when
# a long option follows.
run 2 'a "-" among options' -S- --version "$CATALOG" &&
    expect stderr "illumos-docgen: -S-: '-' is not an option" \
    'a "-" among options'
# An option after the catalog is named, rather than left to the usage.
usage_error 'an option after the catalog' -T urls "$CATALOG" -o &&
    expect stderr 'illumos-docgen: -o: an option after the catalog' \
    'an option after the catalog'
# A letter beyond ASCII is named with its word, not by its first byte.
run 2 'an option beyond ASCII' -Sé "$CATALOG" &&
    expect stderr 'illumos-docgen: -Sé: unknown option' \
    'an option beyond ASCII'
# An empty name is a usage error; a message about it would name
# nothing.
usage_error '-T an empty name' -T '' "$CATALOG" illumos-distros &&
    expect stderr 'illumos-docgen: -T: the format name is empty' \
    '-T an empty name'
usage_error '-o an empty name' -o '' "$CATALOG" illumos-distros &&
    expect stderr 'illumos-docgen: -o: the file name is empty' \
    '-o an empty name'
usage_error 'an empty catalog name' '' illumos-distros &&
    expect stderr 'illumos-docgen: catalog: the file name is empty' \
    'an empty catalog name'
# It is named first, before a page that is missing.
usage_error 'an empty catalog name alone' '' &&
    expect stderr 'illumos-docgen: catalog: the file name is empty' \
    'an empty catalog name alone'
long=`awk 'BEGIN { while (n++ < 1000) printf "x" }'`
run 2 'a long unknown format' -T "$long" "$CATALOG" &&
    expect stderr "illumos-docgen: `echo $long | cut -c1-400`...: unknown" \
    'a long unknown format'
# Each wrong number of operands is named, not left to the usage alone.
usage_error 'a catalog but no page' "$CATALOG" &&
    expect stderr 'illumos-docgen: page: missing: -T mdoc writes a page' \
    'a catalog but no page'
usage_error 'too many arguments' "$CATALOG" illumos-distros extra &&
    expect stderr 'illumos-docgen: extra: not expected: a catalog and one' \
    'too many arguments'
usage_error '-S with -o' -S -o "$tmp/s" "$CATALOG" &&
    expect stderr 'illumos-docgen: -o: -S writes nothing' '-S with -o'
test -e "$tmp/s" && fail '-S with -o: the file was made'
usage_error '-S with -T' -T texinfo -S "$CATALOG" &&
    expect stderr 'illumos-docgen: -T: -S writes nothing' '-S with -T'
usage_error '-S with a page' -S "$CATALOG" illumos-distros &&
    expect stderr 'illumos-docgen: illumos-distros: not expected: -S takes' \
    '-S with a page'
usage_error 'markdown with a page' -T markdown "$CATALOG" - &&
    expect stderr 'illumos-docgen: -: not expected: -T markdown takes' \
    'markdown with a page'
usage_error 'no catalog after --' -- &&
    expect stderr 'illumos-docgen: catalog: missing' 'no catalog after --'
# After "--", a word that begins with "-" is an operand, not an option
# given too late; before it, it is one even where it could be a page.
usage_error 'a word after --' -- "$CATALOG" illumos-distros -o &&
    expect stderr 'illumos-docgen: -o: not expected' 'a word after --'
usage_error 'an option in the place of a page' "$CATALOG" -Tmarkdown &&
    expect stderr 'illumos-docgen: -Tmarkdown: an option after the catalog' \
    'an option in the place of a page'
run 2 'a page after --' -- "$CATALOG" -x &&
    expect stderr "no page named '-x'" 'a page after --'

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

# Names from the command line are written with their control
# characters escaped, so each diagnostic stays one line and sends the
# terminal nothing.
nl='
'
esc=`printf '\033'`
run 2 'a page name with a newline and an escape' "$CATALOG" \
    "x${nl}y${esc}[31m" &&
    expect stderr "no page named 'x\\ny\\x1b[31m'" \
    'a page name with a newline'
run 2 'a catalog name with a newline' -S "$tmp/no${nl}such" &&
    expect stderr "$tmp/no\\nsuch: error: " 'a catalog name with a newline'
n=`wc -l <"$tmp/stderr"`
test $n -eq 1 || fail "a catalog name with a newline: $n lines, not 1"
# A C1 control (CSI, which terminals obey) and a line separator too.
csi=`printf '\302\233'`
lsep=`printf '\342\200\250'`
run 2 'a catalog name with a C1 control' -S "$tmp/a${csi}b${lsep}c" &&
    expect stderr "$tmp/a\\u009bb\\u2028c: error: " \
    'a catalog name with a C1 control'

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

# ----------------------------------------------------------------------
# Where -o writes.  Each case runs in a directory of its own, whose
# listing afterwards shows what the run left behind.

"$DOCGEN" "$CATALOG" illumos-distros >"$tmp/want" ||
    hard_error "cannot generate illumos-distros"

# fresh NAME: an empty directory $tmp/NAME.
fresh()
{
	rm -rf "$tmp/$1"
	mkdir "$tmp/$1" || hard_error "cannot create $tmp/$1"
}

# listing DIR NAMES...: DIR holds exactly NAMES, sorted, and nothing
# else: no temporary file.
listing()
{
	listing_dir=$1
	shift
	ls -A "$tmp/$listing_dir" >"$tmp/listing"
	: >"$tmp/names"
	test $# -eq 0 || printf '%s\n' "$@" >"$tmp/names"
	if ! cmp "$tmp/names" "$tmp/listing" >/dev/null 2>&1; then
		fail "$listing_dir: holds other files than $*"
		show "$tmp/listing"
	fi
}

# same FILE DESCRIPTION: FILE holds the page.
same()
{
	cmp "$tmp/want" "$1" >/dev/null 2>&1 ||
	    fail "$2: $1 is not the page"
}

# A name of NAME_MAX bytes is legal, and the temporary file must not
# need a longer one.  One byte more is an error that leaves nothing.
fresh long
name_max=`getconf NAME_MAX "$tmp/long" 2>/dev/null` || name_max=255
case $name_max in
''|*[!0-9]*|?????*)	name_max=255 ;;
esac
long=`awk -v n=$name_max 'BEGIN { while (n-- > 0) printf "a" }'`
run 0 "-o a name of $name_max bytes" -o "$tmp/long/$long" "$CATALOG" \
    illumos-distros && same "$tmp/long/$long" "a name of $name_max bytes"
listing long "$long"
fresh long
run 2 "-o a name of $name_max + 1 bytes" -o "$tmp/long/${long}b" \
    "$CATALOG" illumos-distros &&
    expect stderr "${long}b" "a name of $name_max + 1 bytes"
listing long

# A symbolic link is written through: it stays a link, and the file it
# ends in gets the page, through a chain of relative links here.
fresh link
mkdir "$tmp/link/a" "$tmp/link/b" || hard_error "cannot create directories"
echo 'the old page' >"$tmp/link/b/page.7"
ln -s ../b/page.7 "$tmp/link/b/middle" &&
    ln -s ../b/middle "$tmp/link/a/page.7" ||
    hard_error "cannot make links"
run 0 '-o a link to a link' -o "$tmp/link/a/page.7" "$CATALOG" \
    illumos-distros && {
	test -h "$tmp/link/a/page.7" && test -h "$tmp/link/b/middle" ||
	    fail "-o a link to a link: a link was replaced"
	same "$tmp/link/b/page.7" '-o a link to a link'
}
listing link/a page.7
listing link/b middle page.7

# A link to nothing gets the file that it names created.
fresh dangling
mkdir "$tmp/dangling/to" || hard_error "cannot create a directory"
ln -s to/page.7 "$tmp/dangling/page.7" || hard_error "cannot make a link"
run 0 '-o a dangling link' -o "$tmp/dangling/page.7" "$CATALOG" \
    illumos-distros && {
	test -h "$tmp/dangling/page.7" ||
	    fail "-o a dangling link: the link was replaced"
	same "$tmp/dangling/to/page.7" '-o a dangling link'
}
listing dangling page.7 to
listing dangling/to page.7

# A loop of links leads nowhere: an error, and the links stay.
fresh loop
ln -s b "$tmp/loop/a" && ln -s a "$tmp/loop/b" ||
    hard_error "cannot make links"
run 2 '-o a loop of links' -o "$tmp/loop/a" "$CATALOG" illumos-distros &&
    expect stderr "$tmp/loop/a: error: " '-o a loop of links'
test -h "$tmp/loop/a" && test -h "$tmp/loop/b" ||
    fail "-o a loop of links: a link was replaced"
listing loop a b

# A link to a file that has no name any more, as /proc shows a deleted
# file open on a descriptor, leads nowhere that can be replaced: an
# error, and nothing is made in the file's old directory.
if test -d /proc/self/fd; then
	fresh gone
	exec 3>"$tmp/gone/page.7" && rm -f "$tmp/gone/page.7" ||
	    hard_error "cannot make a file without a name"
	run 2 '-o a link to a deleted file' -o /proc/self/fd/3 "$CATALOG" \
	    illumos-distros &&
	    expect stderr '/proc/self/fd/3: error: kept changing while it' \
	    '-o a link to a deleted file'
	exec 3>&-
	listing gone
else
	echo "note: no /proc/self/fd here; not trying a link to a deleted file"
fi

# Another program that replaces the target again and again, as other
# runs of this one do, changes it between two looks at it; each run
# must still succeed.  Before, about one run in ten failed here.  perl
# renames a new file over the target in a loop, faster than a shell
# could, until the runs are over.
if command -v perl >/dev/null 2>&1; then
	fresh race
	echo 'the old list' >"$tmp/race/urls" || hard_error "cannot write"
	: >"$tmp/race.go"
	(cd "$tmp/race" && exec perl -e 'while (-e $ARGV[0]) {
	    open(F, ">", "new") or die; close(F); rename("new", "urls"); }' \
	    "$tmp/race.go") &
	racer=$!
	n=0 failed=0
	while test $n -lt 200; do
		"$DOCGEN" -T urls -o "$tmp/race/urls" "$CATALOG" \
		    2>>"$tmp/race.err" || failed=`expr $failed + 1`
		n=`expr $n + 1`
	done
	rm -f "$tmp/race.go"
	wait $racer
	if test $failed -ne 0; then
		fail "-o a file replaced meanwhile: $failed of 200 runs failed"
		show "$tmp/race.err"
	fi
	rm -f "$tmp/race/new"
	listing race urls
else
	echo "note: perl is not installed; not replacing a target meanwhile"
fi

# /dev/fd/1 (like /dev/stdout) is a link to whatever standard output
# is.  When that is a regular file, the file gets the page and /dev/fd
# is left alone.  (/dev/stdout itself is not tried on a regular file: a
# generator that replaced the link would, run as root, replace the
# system's /dev/stdout.)
if test -h /dev/fd/1 || test -h /dev/fd; then
	fresh fd
	"$DOCGEN" -o /dev/fd/1 "$CATALOG" illumos-distros \
	    >"$tmp/fd/page.7" 2>"$tmp/stderr"
	rc=$?
	if test $rc -ne 0; then
		fail "-o /dev/fd/1 >file: exit status $rc, not 0"
		show "$tmp/stderr"
	fi
	same "$tmp/fd/page.7" '-o /dev/fd/1 >file'
	listing fd page.7
else
	echo "note: /dev/fd/1 is not a link here; not trying it"
fi

# When standard output is a pipe, it is written in place.
if test -e /dev/stdout; then
	"$DOCGEN" -o /dev/stdout "$CATALOG" illumos-distros 2>"$tmp/stderr" |
	    cat >"$tmp/piped"
	same "$tmp/piped" '-o /dev/stdout | cat'
	test -s "$tmp/stderr" && {
		fail '-o /dev/stdout | cat: printed something on stderr'
		show "$tmp/stderr"
	}
fi

# A regular file that is open already as the standard output is
# written through that descriptor, as the standard output is: what the
# shell's ">>" kept stays.  Renaming a new file over it would lose it,
# and still exit 0.  A file that is the standard error is refused, as
# the page would follow the warnings in it, and so is the standard
# input ("-o file <file"); each is left alone.
fresh stream
printf '\n%%rec: Extra\n\nFoo: bar\n' | cat "$CATALOG" - \
    >"$tmp/stream/warn.rec" || hard_error "cannot write warn.rec"
"$DOCGEN" "$tmp/stream/warn.rec" illumos-distros >/dev/null \
    2>"$tmp/stream.warnings" || hard_error "cannot run on warn.rec"
grep 'warning: record set Extra' "$tmp/stream.warnings" >/dev/null ||
    hard_error "warn.rec gives no warning"

# stream DESCRIPTION FILE [WARNINGS]: FILE holds its first line,
# "header", then WARNINGS, then the page.
stream()
{
	{ echo header; test $# -lt 3 || cat "$3"; cat "$tmp/want"; } \
	    >"$tmp/stream.want"
	cmp -s "$tmp/stream.want" "$2" || {
		fail "$1: $2 is not the header, then the page"
		diff "$tmp/stream.want" "$2" | sed 20q
	}
}

echo header >"$tmp/stream/own.7"
"$DOCGEN" -o "$tmp/stream/own.7" "$CATALOG" illumos-distros \
    >>"$tmp/stream/own.7" 2>"$tmp/stderr" ||
    fail "-o file >>file: exit status $?, not 0"
stream '-o file >>file' "$tmp/stream/own.7"
# Open at its start without truncation, the page would be written over
# the start of what the file holds: refused, and the file left alone.
awk 'BEGIN { for (i = 0; i < 2000; i++) print "an old line" }' \
    >"$tmp/stream/rw.7" && cp "$tmp/stream/rw.7" "$tmp/stream/rw.old" ||
    hard_error "cannot write rw.7"
"$DOCGEN" -o "$tmp/stream/rw.7" "$CATALOG" illumos-distros \
    1<>"$tmp/stream/rw.7" 2>"$tmp/stderr"
rc=$?
test $rc -eq 2 || fail "-o file 1<>file: exit status $rc, not 2"
expect stderr 'open neither to append nor at its end' '-o file 1<>file'
cmp -s "$tmp/stream/rw.old" "$tmp/stream/rw.7" ||
    fail '-o file 1<>file: the file was written'
# Truncated by the shell, it is at its end, and gets the page.
"$DOCGEN" -o "$tmp/stream/rw.7" "$CATALOG" illumos-distros \
    >"$tmp/stream/rw.7" 2>"$tmp/stderr" ||
    fail "-o file >file: exit status $?, not 0"
same "$tmp/stream/rw.7" '-o file >file'
if test -h /dev/fd/1 || test -h /dev/fd; then
	echo header >"$tmp/stream/out.7"
	"$DOCGEN" -o /dev/fd/1 "$CATALOG" illumos-distros \
	    >>"$tmp/stream/out.7" 2>"$tmp/stderr" ||
	    fail "-o /dev/fd/1 >>file: exit status $?, not 0"
	stream '-o /dev/fd/1 >>file' "$tmp/stream/out.7"
	echo header >"$tmp/stream/build.log"
	"$DOCGEN" -o /dev/fd/2 "$tmp/stream/warn.rec" illumos-distros \
	    2>>"$tmp/stream/build.log"
	rc=$?
	test $rc -eq 2 || fail "-o /dev/fd/2 2>>file: exit status $rc, not 2"
	{ echo header; echo "/dev/fd/2: error: is the standard error," \
	    "where the diagnostics go; not writing the page there"; } \
	    >"$tmp/stream.want"
	cmp -s "$tmp/stream.want" "$tmp/stream/build.log" || {
		fail "-o /dev/fd/2 2>>file: the log is not its header," \
		    "then the refusal"
		diff "$tmp/stream.want" "$tmp/stream/build.log" | sed 20q
	}
fi
echo header >"$tmp/stream/in.7"
run 2 '-o file <file' -o "$tmp/stream/in.7" "$CATALOG" illumos-distros \
    <"$tmp/stream/in.7" && expect stderr \
    "$tmp/stream/in.7: error: is the standard input" '-o file <file'
echo header | cmp -s - "$tmp/stream/in.7" ||
    fail '-o file <file: the file was written'
# Also when the file is the standard output as well.
run 2 '-o file <file >>file' -o "$tmp/stream/in.7" "$CATALOG" \
    illumos-distros <"$tmp/stream/in.7" >>"$tmp/stream/in.7"
echo header | cmp -s - "$tmp/stream/in.7" ||
    fail '-o file <file >>file: the file was written'
# A pipe that is the standard input or the standard error is refused
# as a file is: the page would block the run, or follow the warnings.
if test -h /dev/fd/1 || test -h /dev/fd; then
	: | "$DOCGEN" -o /dev/fd/0 "$CATALOG" illumos-distros \
	    >"$tmp/stdout" 2>"$tmp/stderr"
	rc=$?
	test $rc -eq 2 ||
	    fail "-o /dev/fd/0 from a pipe: exit status $rc, not 2"
	expect stderr 'is the standard input' '-o /dev/fd/0 from a pipe'
	"$DOCGEN" -o /dev/fd/2 "$CATALOG" illumos-distros 2>&1 \
	    >/dev/null | cat >"$tmp/stderr"
	expect stderr 'is the standard error' '-o /dev/fd/2 into a pipe'
	grep -F '.Dt' "$tmp/stderr" >/dev/null &&
	    fail '-o /dev/fd/2 into a pipe: the page was written'
fi
# And a file that is the standard error and the standard output.
"$DOCGEN" -o "$tmp/stream/in.7" "$tmp/stream/warn.rec" illumos-distros \
    >>"$tmp/stream/in.7" 2>&1
rc=$?
test $rc -eq 2 || fail "-o file >>file 2>&1: exit status $rc, not 2"
grep -F '.Dt' "$tmp/stream/in.7" >/dev/null &&
    fail '-o file >>file 2>&1: the page was written'
echo header >"$tmp/stream/in.7"
listing stream build.log in.7 out.7 own.7 rw.7 rw.old warn.rec

# Devices and FIFOs are written in place, and stay what they are.
run 0 '-o /dev/null' -o /dev/null "$CATALOG" illumos-distros &&
    quiet stdout '-o /dev/null'
test -c /dev/null || fail '-o /dev/null: /dev/null is no longer a device'
if test -c /dev/full; then
	run 2 '-o /dev/full' -o /dev/full "$CATALOG" illumos-distros &&
	    expect stderr '/dev/full: error: No space left on device' \
	    '-o /dev/full'
fi
# --help and --version fail, as a page does, when their text cannot be
# written: on a full disk, or with standard output closed.
for opt in --help --version; do
	if test -c /dev/full; then
		"$DOCGEN" $opt >/dev/full 2>"$tmp/stderr"
		rc=$?
		test $rc -eq 2 || fail "$opt >/dev/full: exit status $rc, not 2"
		expect stderr 'standard output: No space left on device' \
		    "$opt >/dev/full"
	fi
	(exec "$DOCGEN" $opt >&-) 2>"$tmp/stderr"
	rc=$?
	test $rc -eq 2 || fail "$opt >&-: exit status $rc, not 2"
	expect stderr 'illumos-docgen: standard output: ' "$opt >&-"
done

fresh fifo
mkfifo "$tmp/fifo/page.7" || hard_error "cannot make a FIFO"
cat "$tmp/fifo/page.7" >"$tmp/fifo.out" &
run 0 '-o a FIFO' -o "$tmp/fifo/page.7" "$CATALOG" illumos-distros
wait
same "$tmp/fifo.out" '-o a FIFO'
test -p "$tmp/fifo/page.7" || fail '-o a FIFO: it is no longer a FIFO'
listing fifo page.7

# Anything else that is not a regular file is refused.
fresh dir
mkdir "$tmp/dir/page.7" || hard_error "cannot create a directory"
run 2 '-o a directory' -o "$tmp/dir/page.7" "$CATALOG" illumos-distros &&
    expect stderr "$tmp/dir/page.7: error: not a regular file" \
    '-o a directory'
listing dir page.7

# With standard error closed, as "2>&-" leaves it, a warning must not
# end up in the page, which -o's temporary file would be if it took
# descriptor 2.  The catalog has one more record set, which no page
# uses: a warning.
fresh closed
{ cat "$CATALOG"; printf '\n%%rec: Unused\n\nX: 1\n'; } >"$tmp/closed/warn.rec" ||
    hard_error "cannot write $tmp/closed/warn.rec"
"$DOCGEN" -o "$tmp/closed/open.7" "$tmp/closed/warn.rec" illumos-distros \
    2>"$tmp/stderr" || fail "a catalog that warns: no page"
expect stderr 'warning: record set Unused is not used by any page' \
    'a catalog with an unused record set'
# The warning comes once for the set, not once for each of its records.
{ cat "$tmp/closed/warn.rec"; printf '\nX: 2\n\nX: 3\n'; } \
    >"$tmp/warn3.rec" || hard_error "cannot write $tmp/warn3.rec"
"$DOCGEN" -o "$tmp/three.7" "$tmp/warn3.rec" illumos-distros \
    2>"$tmp/stderr" || fail "a set of three unused records: no page"
n=`grep -c 'not used by any page' "$tmp/stderr"`
test "$n" -eq 1 ||
    fail "a set of three unused records: $n warnings, not 1"
# Past 50 warnings, one line says that no more are shown.
awk '{ print } END { for (i = 0; i < 60; i++)
    printf "\n%%rec: Unused%d\n\nX: 1\n", i }' "$CATALOG" \
    >"$tmp/warn60.rec" || hard_error "cannot write $tmp/warn60.rec"
"$DOCGEN" -o "$tmp/sixty.7" "$tmp/warn60.rec" illumos-distros \
    2>"$tmp/stderr" || fail "sixty unused record sets: no page"
n=`grep -c 'not used by any page' "$tmp/stderr"`
test "$n" -eq 50 || fail "sixty unused record sets: $n warnings, not 50"
tail -n 1 "$tmp/stderr" |
    grep 'warning: too many warnings, no more are shown$' >/dev/null ||
    fail "sixty unused record sets: no last line on the rest"
(exec 2>&- && exec "$DOCGEN" -o "$tmp/closed/closed.7" \
    "$CATALOG" illumos-distros) ||
    fail "with standard error closed: exit status $?, not 0"
cmp "$tmp/closed/open.7" "$tmp/closed/closed.7" >/dev/null 2>&1 ||
    fail "with standard error closed, the page is not the same"
# A warning that cannot be written, to a closed or a full standard
# error, fails the run as a failed write of the page does: status 2,
# and the earlier page is left as it was.
echo 'the old page' >"$tmp/closed/old.7"
for redirect in '2>&-' '2>/dev/full'; do
	test "$redirect" = '2>/dev/full' && test ! -w /dev/full && continue
	(eval "exec $redirect" && exec "$DOCGEN" -o "$tmp/closed/old.7" \
	    "$tmp/closed/warn.rec" illumos-distros)
	rc=$?
	test $rc -eq 2 ||
	    fail "a warning with $redirect: exit status $rc, not 2"
	echo 'the old page' | cmp -s - "$tmp/closed/old.7" ||
	    fail "a warning with $redirect: the earlier page was replaced"
done
listing closed closed.7 old.7 open.7 warn.rec

# A standard descriptor that is closed when the program starts can be
# neither read nor written, by any name: reading /dev/fd/N is a read
# error, not an empty catalog, and -o /dev/fd/N sends the page nowhere
# and fails.  -o a file still works with standard output closed.
if test -e /dev/fd/0; then
	for n in 0 1 2; do
		(eval "exec $n>&-" && exec "$DOCGEN" /dev/fd/$n \
		    illumos-distros) >"$tmp/stdout" 2>"$tmp/stderr"
		rc=$?
		test $rc -eq 2 ||
		    fail "reading /dev/fd/$n closed: exit status $rc, not 2"
		test $n -eq 2 || expect stderr "/dev/fd/$n: error: " \
		    "reading /dev/fd/$n closed"
		(eval "exec $n>&-" && exec "$DOCGEN" -o /dev/fd/$n \
		    "$CATALOG" illumos-distros) >"$tmp/stdout" 2>"$tmp/stderr"
		rc=$?
		test $rc -eq 2 ||
		    fail "-o /dev/fd/$n closed: exit status $rc, not 2"
		test $n -eq 2 || expect stderr "/dev/fd/$n: error: " \
		    "-o /dev/fd/$n closed"
		quiet stdout "-o /dev/fd/$n closed"
	done
fi
(exec >&- && exec "$DOCGEN" -o "$tmp/closed/out.7" "$CATALOG" \
    illumos-distros) || fail "-o with standard output closed: exit status $?"
same "$tmp/closed/out.7" '-o with standard output closed'

# A replaced file keeps its mode; a new one gets 0666 less the umask.
fresh mode
echo 'the old page' >"$tmp/mode/old.7"
chmod 640 "$tmp/mode/old.7" || hard_error "cannot chmod"
(umask 077 && exec "$DOCGEN" -o "$tmp/mode/old.7" -T mdoc \
    "$CATALOG" illumos-distros) || fail "cannot replace a file"
(umask 027 && exec "$DOCGEN" -o "$tmp/mode/new.7" "$CATALOG" \
    illumos-distros) || fail "cannot write a new file"
set -- `ls -l "$tmp/mode/old.7"`
test "$1" = -rw-r----- || fail "a replaced file of mode 640 has mode $1"
set -- `ls -l "$tmp/mode/new.7"`
test "$1" = -rw-r----- || fail "a new file under umask 027 has mode $1"
same "$tmp/mode/old.7" 'a replaced file'
listing mode new.7 old.7
finish
