#!/bin/sh
# Check an installed tree the way a user meets it: man(1) renders the
# pages, info(1) opens the manuals from the dir file, and apropos(1) and
# whatis(1) find both pages once mandb(8) has indexed them.
#
# Usage: installcheck.sh MANDIR INFODIR
# Run by "make installcheck" (and so by "make distcheck").

set -u
mandir=$1
infodir=$2
fail=0
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT HUP INT TERM

bad() {
	echo "FAIL: $*" >&2
	fail=1
}

for page in illumos-distros illumos-books; do
	test -f "$mandir/man7/$page.7" || bad "$mandir/man7/$page.7 is missing"
	test -f "$infodir/$page.info" || bad "$infodir/$page.info is missing"
done

if command -v man >/dev/null 2>&1; then
	for page in illumos-distros illumos-books; do
		MANPAGER=cat MANWIDTH=80 man -M "$mandir" 7 "$page" \
		    >"$tmp/out" 2>"$tmp/err" || bad "man -M $mandir $page"
		grep -q NAME "$tmp/out" || bad "man $page printed no NAME"
		test -s "$tmp/err" && { cat "$tmp/err" >&2; bad "man $page warned"; }
	done
else
	echo "man not found: skipping the man(1) checks" >&2
fi

if command -v info >/dev/null 2>&1; then
	if test -f "$infodir/dir"; then
		info --directory "$infodir" illumos-distros -o - \
		    >"$tmp/info" 2>"$tmp/err" ||
		    bad "info --directory $infodir illumos-distros"
		grep -q 'Node: Top' "$tmp/info" ||
		    bad "info illumos-distros did not open the Top node"
		info --directory "$infodir" illumos-books Guides -o - \
		    >"$tmp/info" 2>"$tmp/err" ||
		    bad "info --directory $infodir illumos-books Guides"
		grep -q 'Node: Guides' "$tmp/info" ||
		    bad "info illumos-books Guides did not open that node"
	else
		echo "no $infodir/dir (AM_UPDATE_INFO_DIR=no?):" \
		    "skipping the dir checks" >&2
	fi
else
	echo "info not found: skipping the info(1) checks" >&2
fi

# mandb indexes a copy, so that the installed tree stays as installed.
if command -v mandb >/dev/null 2>&1 && command -v apropos >/dev/null 2>&1
then
	mkdir -p "$tmp/man/man7"
	cp "$mandir/man7/illumos-distros.7" "$mandir/man7/illumos-books.7" \
	    "$tmp/man/man7/"
	mandb -q -u "$tmp/man" 2>"$tmp/err" >/dev/null || true
	MANPATH="$tmp/man" apropos illumos >"$tmp/apropos" 2>&1
	for page in illumos-distros illumos-books; do
		grep -q "^$page (7)" "$tmp/apropos" ||
		    bad "apropos illumos did not find $page"
	done
	# whatis must give each page with the description of its NAME
	# section, which the generator writes on the one .Nd line.
	for page in illumos-distros illumos-books; do
		nd=$(sed -n 's/^\.Nd //p' "$mandir/man7/$page.7")
		test -n "$nd" || bad "$page.7 has no .Nd line"
		MANPATH="$tmp/man" whatis "$page" >"$tmp/whatis" 2>&1 ||
		    bad "whatis $page"
		awk -v p="$page (7)" -v d="$nd" '
		    index($0, p) == 1 && substr($0, index($0, " - ") + 3) == d {
			found = 1
		    }
		    END { exit !found }' "$tmp/whatis" ||
		    { cat "$tmp/whatis" >&2; bad "whatis $page gave no description"; }
	done
else
	echo "mandb or apropos not found: skipping the index checks" >&2
fi

test $fail = 0 && echo "installcheck: all passed"
exit $fail
