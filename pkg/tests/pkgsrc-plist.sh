#!/bin/sh
# The pkgsrc package in pkg/pkgsrc: the PLIST lists exactly what
# "make install" installs with pkgsrc's layout (${PREFIX}/man and
# ${PREFIX}/info), the Makefile has the settings the package needs, and
# mkdistinfo writes a distinfo file in pkgsrc's format.
#
# Run from the top of the build tree, with $srcdir set (automake's test
# harness does both).  Exit 0 pass, 1 fail, 77 skip, 99 hard error.
# Where mkdistinfo finds no tool for one of its digests, the other checks
# still run: their failure fails the test, and otherwise the test is
# skipped, naming what to install, since part of it could not run.

set -u
srcdir=${srcdir:-.}
MAKE=${MAKE:-make}
dir=$srcdir/pkg/pkgsrc
me=pkgsrc-plist

fail=0
skipped=
bad() { printf '%s: FAIL: %s\n' "$me" "$*" >&2; fail=1; }
hard() { printf '%s: ERROR: %s\n' "$me" "$*" >&2; exit 99; }

for f in Makefile DESCR PLIST; do
	[ -f "$dir/$f" ] || hard "no $dir/$f"
done
mkdistinfo=$srcdir/pkg/mkdistinfo
[ -f "$mkdistinfo" ] || hard "no $mkdistinfo"
# The package directory holds only what pkgsrc expects there (distinfo
# is made from the tarball, and is not part of the source).
extra=$(cd "$dir" && ls | grep -v -x -e Makefile -e DESCR -e PLIST -e distinfo)
[ -z "$extra" ] || bad "files in $dir that pkgsrc does not expect: $extra"
[ -f Makefile ] || hard "run me from the top of the build tree"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/pkgsrc-plist.XXXXXX") || hard "mktemp"
trap 'rm -rf "$tmp"' EXIT
trap 'exit 99' HUP INT TERM

# PLIST: the RCS Id header, then sorted, unique entries.
[ "$(sed -n 1p "$dir/PLIST")" = '@comment $NetBSD$' ] ||
	bad 'PLIST does not start with "@comment $NetBSD$"'
grep -v '^@' "$dir/PLIST" >"$tmp/plist"
LC_ALL=C sort -u "$tmp/plist" | cmp -s - "$tmp/plist" ||
	bad "PLIST entries are not sorted and unique"
grep -q '^/' "$tmp/plist" && bad "PLIST entries must be relative to PREFIX"

# The Makefile: the variables pkgsrc needs for this package.
mk=$dir/Makefile
[ "$(sed -n 1p "$mk")" = '# $NetBSD$' ] || bad 'Makefile does not start with "# $NetBSD$"'
has() { grep -Eq "$1" "$mk" || bad "Makefile lacks $2"; }
has '^GNU_CONFIGURE=[[:space:]]*yes$' "GNU_CONFIGURE=yes"
has '^INFO_FILES=[[:space:]]*yes$' "INFO_FILES=yes"
has '^USE_TOOLS\+=.*[[:space:]]makeinfo([[:space:]]|$)' "USE_TOOLS+= makeinfo"
# The tests use mandoc and groff too, as pkgsrc's packages of them.
for dep in mandoc:textproc/mandoc groff:textproc/groff; do
	has "^TEST_DEPENDS\+=[[:space:]]*${dep%%:*}-\[0-9\]\*:\.\./\.\./${dep#*:}\$" \
	    "TEST_DEPENDS+= ${dep%%:*}-[0-9]*:../../${dep#*:}"
done
has '^LICENSE=[[:space:]]*isc$' "LICENSE=isc"
for v in CATEGORIES MASTER_SITES MAINTAINER HOMEPAGE COMMENT; do
	has "^$v=[[:space:]]*[^[:space:]]" "$v"
done
[ "$(sed -n '$p' "$mk")" = '.include "../../mk/bsd.pkg.mk"' ] ||
	bad 'Makefile does not end with .include "../../mk/bsd.pkg.mk"'
if [ -n "${PACKAGE_VERSION:-}" ]; then
	has "^DISTNAME=[[:space:]]*illumos-resources-$PACKAGE_VERSION\$" \
	    "DISTNAME=illumos-resources-$PACKAGE_VERSION"
fi
# pkgsrc's COMMENT starts with a capital and has no final period.
comment=$(sed -n 's/^COMMENT=[[:space:]]*//p' "$mk")
case $comment in
[A-Z]*.) bad "COMMENT ends with a period" ;;
[A-Z]*) ;;
*) bad "COMMENT does not start with a capital letter" ;;
esac
awk 'length > 80 { exit 1 }' "$dir/DESCR" || bad "DESCR has lines over 80 columns"

# The installed files, with pkgsrc's layout.
if ! $MAKE install DESTDIR="$tmp/dest" prefix=/usr/pkg \
    mandir=/usr/pkg/man infodir=/usr/pkg/info \
    AM_UPDATE_INFO_DIR=no >"$tmp/install.log" 2>&1; then
	cat "$tmp/install.log" >&2
	hard "make install failed"
fi
[ -d "$tmp/dest/usr/pkg" ] || hard "make install put nothing under /usr/pkg"
(cd "$tmp/dest/usr/pkg" && find . \( -type f -o -type l \) -print) |
	sed 's|^\./||' | grep -vx 'info/dir' | LC_ALL=C sort >"$tmp/installed"
if ! cmp -s "$tmp/plist" "$tmp/installed"; then
	bad "PLIST differs from the installed files (< PLIST, > installed):"
	diff "$tmp/plist" "$tmp/installed" >&2
fi
others=$(cd "$tmp/dest" && find . \( -type f -o -type l \) -print | grep -v '^\./usr/pkg/')
[ -z "$others" ] || bad "files installed outside PREFIX: $others"

# mkdistinfo: the format of pkgsrc's distinfo, with digests that agree
# with an independent implementation where one is at hand.
printf 'illumos-resources test payload\n' >"$tmp/payload-0.1.tar.gz"
if ! sh "$mkdistinfo" "$tmp/payload-0.1.tar.gz" >"$tmp/distinfo" \
    2>"$tmp/mkdistinfo.err"; then
	# mkdistinfo names the tools it lacks in a message of its own.
	if grep -q ': no [A-Za-z0-9]* tool: install ' "$tmp/mkdistinfo.err"; then
		skipped=$(sed 's/^mkdistinfo: //' "$tmp/mkdistinfo.err")
	else
		cat "$tmp/mkdistinfo.err" >&2
		bad "mkdistinfo failed"
	fi
else
	b='payload-0.1.tar.gz'
	x='[0-9a-f]'
	x8=$x$x$x$x$x$x$x$x
	x64=$x8$x8$x8$x8$x8$x8$x8$x8
	{
		printf '%s\n\n' '$NetBSD$'
		printf 'BLAKE2s (%s) = X\n' "$b"
		printf 'SHA512 (%s) = X\n' "$b"
		printf 'Size (%s) = 31 bytes\n' "$b"
	} >"$tmp/want"
	sed -e "s/^\(BLAKE2s .* = \)$x64\$/\1X/" \
	    -e "s/^\(SHA512 .* = \)$x64$x64\$/\1X/" "$tmp/distinfo" |
		cmp -s - "$tmp/want" ||
		{ bad "mkdistinfo output is not in distinfo format:"; cat "$tmp/distinfo" >&2; }
	if command -v sha512sum >/dev/null 2>&1; then
		want=$(sha512sum "$tmp/payload-0.1.tar.gz" | sed 's/ .*//')
		grep -q "^SHA512 .* = $want\$" "$tmp/distinfo" || bad "mkdistinfo: wrong SHA512"
	fi
	if command -v python3 >/dev/null 2>&1; then
		want=$(python3 -c 'import hashlib, sys
print(hashlib.blake2s(open(sys.argv[1], "rb").read()).hexdigest())' \
		    "$tmp/payload-0.1.tar.gz")
		grep -q "^BLAKE2s .* = $want\$" "$tmp/distinfo" || bad "mkdistinfo: wrong BLAKE2s"
	fi
fi

[ $fail -eq 0 ] || exit 1
echo "$me: ok: $(wc -l <"$tmp/plist" | tr -d ' ') PLIST entries"
if [ -n "$skipped" ]; then
	echo "$me: SKIP: mkdistinfo is not tested here: $skipped"
	exit 77
fi
exit 0
