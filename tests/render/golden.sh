#!/bin/sh
#
# Golden renderings: what a reader sees of each page and manual, byte
# for byte, so that a change to the generator or the catalog that
# changes the reading shows up in review as a change to these files.
#
#	tests/render/PAGE.mandoc.txt	mandoc, 80 columns
#	tests/render/PAGE.groff.txt	groff as man-db runs it, MANWIDTH=80
#	tests/render/PAGE.info.txt	makeinfo --plaintext of info/PAGE.texi
#
# To accept a change on purpose, regenerate them from the top of the
# source tree and review the diff before committing:
#
#	sh tests/render/golden.sh --update
#
# The formatters' versions at that moment are kept in
# tests/render/golden.versions; another version of mandoc, groff or
# makeinfo may lay the text out differently, and a failure then prints
# both versions so the cause is plain.

: "${srcdir:=.}"
. "$srcdir/tests/render/common.sh"

update=no
case $1 in
--update)	update=yes ;;
'')		;;
*)		echo "usage: sh tests/render/golden.sh [--update]" >&2
		exit 99 ;;
esac

need "$COL"

versions()
{
	# mandoc has no version option before 1.14.7; ask the package
	# system then.
	if have "$MANDOC"; then
		if "$MANDOC" -V >/dev/null 2>&1; then
			echo "mandoc: `"$MANDOC" -V 2>&1 | sed -n 1p`"
		elif have dpkg-query; then
			echo "mandoc: `dpkg-query -W -f '${Version}' mandoc`"
		else
			echo "mandoc: version unknown"
		fi
	fi
	have "$GROFF" && echo "groff: `"$GROFF" -v 2>&1 | sed -n 1p`"
	have "$MAKEINFO" && echo "makeinfo: `"$MAKEINFO" --version | sed -n 1p`"
}

# The tool behind each kind of rendering, and the source it renders.
tool_of()
{
	case $1 in
	mandoc)	echo "$MANDOC" ;;
	groff)	echo "$GROFF" ;;
	info)	echo "$MAKEINFO" ;;
	esac
}

source_of()
{
	case $2 in
	info)	find_input "info/$1.texi" ;;
	*)	find_input "man/$1.7" ;;
	esac
}

skipped=
checked=0
for page in $pages; do
	for kind in mandoc groff info; do
		tool=`tool_of $kind`
		if ! have "$tool"; then
			case " $skipped " in
			*" $tool "*) ;;
			*) skipped="$skipped $tool" ;;
			esac
			continue
		fi
		input=`source_of $page $kind` || exit 99
		golden=$srcdir/tests/render/$page.$kind.txt
		out=$tmp/$page.$kind.txt
		render_$kind "$input" >"$out" 2>"$tmp/stderr"
		if test -s "$tmp/stderr"; then
			echo "NOTE: $tool wrote to standard error for $page:"
			show "$tmp/stderr"
		fi
		if test $update = yes; then
			cp "$out" "$golden" || exit 99
			echo "updated $golden"
			continue
		fi
		checked=`expr $checked + 1`
		if ! test -f "$golden"; then
			fail "$golden is missing; run golden.sh --update"
		elif ! cmp -s "$golden" "$out"; then
			fail "$page rendered by $tool differs from $golden:"
			diff -u "$golden" "$out"
			mismatch=yes
		fi
	done
done

if test $update = yes; then
	versions >"$srcdir/tests/render/golden.versions"
	exit 0
fi

if test "${mismatch-}" = yes; then
	echo "Golden files were made with:"
	show "$srcdir/tests/render/golden.versions"
	echo "This run used:"
	versions >"$tmp/versions"
	show "$tmp/versions"
	echo "If the change is wanted: sh tests/render/golden.sh --update"
fi

test $failed -eq 0 || exit 1
if test -n "$skipped"; then
	echo "SKIP: not installed:$skipped (their renderings not checked;" \
	    "$checked others passed)"
	exit 77
fi
echo "PASS: $checked renderings equal their golden files"
exit 0
