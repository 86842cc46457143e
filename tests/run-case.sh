#!/bin/sh
#
# Run one catalog test case through illumos-docgen and compare what it
# did with what the case expects.  This is the LOG_COMPILER of the .rec
# tests, so automake runs it from the build directory as
#
#	sh tests/run-case.sh path/to/NAME.rec
#
# and reads the exit status: 0 pass, 1 fail, 99 hard error (the test
# could not even be set up).
#
# The kind of case comes from the directory it lives in:
#
# errors/	NAME.rec is a bad (or, for valid.rec, a good) catalog.
#		NAME.status holds the expected exit status and NAME.err
#		the expected standard error, byte for byte.  A failed run
#		must leave its old output file alone and must leave no
#		temporary file behind.
# golden/	NAME.rec is a good catalog; NAME.7, NAME.texi and NAME.md,
#		where present, are the expected outputs, byte for byte.
#		The page is the one named in NAME.page, or
#		illumos-distros, for the formats that take one.
#
# The formats, with the extension of their files and whether they take
# a page, come from the table tests/formats, beside this script; a new
# format is a new line there.
#
# The generator runs inside a scratch directory that holds only a copy
# of the case, and is given the bare file name, so that its diagnostics
# read "NAME.rec:line:column: ..." wherever the source tree is.

if test $# -ne 1; then
	echo "usage: sh run-case.sh path/to/NAME.rec" >&2
	exit 99
fi

builddir=$(pwd)
case $1 in
/*)	casefile=$1 ;;
*)	casefile=$builddir/$1 ;;
esac
casedir=$(dirname "$casefile")
name=$(basename "$casefile" .rec)

# The generator under test; DOCGEN may name another one, for instance
# an installed copy.
docgen=${DOCGEN:-./src/illumos-docgen}
case $docgen in
/*)	;;
*)	docgen=$builddir/$docgen ;;
esac

formats=$(dirname "$0")/formats
if test ! -f "$formats"; then
	echo "$name: no table of formats: $formats"
	exit 99
fi
# The rows of the table as words "ext:format:takes", for a loop in this
# shell (a loop that read the file through a pipe would run in a
# subshell and lose what it found).
table=$(awk '!/^#/ && NF >= 3 { print $1 ":" $2 ":" $3 }' "$formats")
if test -z "$table"; then
	echo "$name: no format in $formats"
	exit 99
fi

# row ext:format:takes: set $ext, $fmt and $takes from a row.
row() {
	ext=${1%%:*}
	fmt=${1#*:}
	takes=${fmt#*:}
	fmt=${fmt%%:*}
	case $takes in
	page|catalog)	;;
	*)
		echo "$name: $formats: '$takes' is neither page nor catalog"
		exit 99
		;;
	esac
}

if test ! -f "$casefile"; then
	echo "$name: no such case: $casefile"
	exit 99
fi
if test ! -x "$docgen"; then
	echo "$name: the generator is not built: $docgen"
	exit 99
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/run-case.XXXXXX" 2>/dev/null) || {
	tmp=${TMPDIR:-/tmp}/run-case.$$
	mkdir "$tmp" || exit 99
}
trap 'rm -rf "$tmp"' 0
# A run that is killed says so, rather than leave an empty log.
for sig in HUP INT PIPE TERM; do
	trap "echo 'ERROR: killed by SIG$sig' >&2; exit 99" $sig
done

# The generator runs in $tmp/run; everything the driver itself keeps
# (captured standard error, listings) lives beside it, in $tmp.
run=$tmp/run
mkdir "$run" || exit 99
cp "$casefile" "$run/$name.rec" || exit 99

fail=0

# report message: note a failed check and go on with the others.
report() {
	echo "FAIL: $name: $*"
	fail=1
}

# expect_file message expected actual: compare two files byte for byte;
# when they differ, report the message and show the difference.
expect_file() {
	if ! cmp -s "$2" "$3"; then
		report "$1 (- expected, + actual):"
		diff -u "$2" "$3" | sed -n '3,$p'
	fi
}

# generate: run the generator with -T $fmt -o $out on the case, and on
# $page if the format takes a page; its standard error goes to
# $tmp/stderr, its status to $status.
generate() {
	if test "$takes" = page; then
		set -- "$page"
	else
		set --
	fi
	(cd "$run" && exec "$docgen" -T "$fmt" -o "$out" "$name.rec" "$@") \
	    2>"$tmp/stderr"
	status=$?
}

# check_number value file: an expected exit status must be a number.
check_number() {
	case $1 in
	''|*[!0-9]*)
		echo "$name: $2 does not hold an exit status: '$1'"
		exit 99
		;;
	esac
}

# listing: the names in the scratch directory, one a line.
listing() {
	(cd "$run" && ls -a) | sed '/^\.\.\{0,1\}$/d'
}

check_errors_case() {
	page=illumos-distros
	read -r want <"$casedir/$name.status"
	check_number "$want" "$name.status"
	if test ! -f "$casedir/$name.err"; then
		echo "$name: no $name.err"
		exit 99
	fi
	for r in $table; do
		row "$r"
		out=out.$ext
		printf 'old output\n' >"$tmp/old"
		cp "$tmp/old" "$run/$out" || exit 99
		listing >"$tmp/before"
		generate
		if test "$status" -ne "$want"; then
			report "-T $fmt: exit status $status, expected $want"
		fi
		expect_file "-T $fmt: standard error differs from $name.err" \
		    "$casedir/$name.err" "$tmp/stderr"
		listing >"$tmp/after"
		expect_file "-T $fmt: the files in the directory changed" \
		    "$tmp/before" "$tmp/after"
		if test "$want" -ne 0; then
			expect_file "-T $fmt: the failed run changed $out" \
			    "$tmp/old" "$run/$out"
			# A bad catalog is bad in every format.
			break
		elif test ! -s "$run/$out" || cmp -s "$tmp/old" "$run/$out"
		then
			report "-T $fmt: $out was not written"
		fi
		rm -f "$run/$out"
	done
}

check_golden_case() {
	page=illumos-distros
	if test -f "$casedir/$name.page"; then
		read -r page <"$casedir/$name.page" || exit 99
	fi
	want=0
	if test -f "$casedir/$name.status"; then
		read -r want <"$casedir/$name.status"
		check_number "$want" "$name.status"
	fi
	: >"$tmp/noerr"
	experr=$tmp/noerr
	errlabel="standard error is not empty"
	if test -f "$casedir/$name.err"; then
		experr=$casedir/$name.err
		errlabel="standard error differs from $name.err"
	fi
	# A file beside the case with an extension that no format has,
	# such as NAME.mdoc for NAME.7, would never be compared: refuse it.
	# The harness itself keeps NAME.log and NAME.trs there in a build
	# inside the source tree.
	known=" rec page status err log trs "
	for r in $table; do
		row "$r"
		known="$known$ext "
	done
	for f in "$casedir/$name".*; do
		case $known in
		*" ${f#"$casedir/$name".} "*)	;;
		*)
			echo "$name: $f is not a file of a known kind;" \
			    "the extensions of formats are in $formats"
			exit 99
			;;
		esac
	done
	found=0
	for r in $table; do
		row "$r"
		test -f "$casedir/$name.$ext" || continue
		found=1
		out=$name.$ext
		generate
		if test "$status" -ne "$want"; then
			report "-T $fmt: exit status $status, expected $want"
		fi
		expect_file "-T $fmt: $errlabel" "$experr" "$tmp/stderr"
		if test -f "$run/$name.$ext"; then
			expect_file "-T $fmt: $name.$ext differs" \
			    "$casedir/$name.$ext" "$run/$name.$ext"
		else
			report "-T $fmt: $name.$ext was not written"
		fi
	done
	if test "$found" -eq 0; then
		echo "$name: no expected output to compare with, such as" \
		    "$name.7"
		exit 99
	fi
	# Nothing but the outputs may appear beside the catalog.
	{
		echo "$name.rec"
		for r in $table; do
			row "$r"
			test -f "$casedir/$name.$ext" && echo "$name.$ext"
		done
	} | sort >"$tmp/want-files"
	listing | sort >"$tmp/files"
	expect_file "the files in the directory are not just the outputs" \
	    "$tmp/want-files" "$tmp/files"
}

case $casedir in
*/errors)	check_errors_case ;;
*/golden)	check_golden_case ;;
*)
	echo "$name: unknown kind of case: $casedir"
	exit 99
	;;
esac

if test "$fail" -eq 0; then
	echo "PASS: $name"
fi
exit $fail
