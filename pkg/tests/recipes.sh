#!/bin/sh
# The recipes for omnios-extra and oi-userland, as pkg/mkrecipes writes
# them for a release tarball: laid out as those trees expect, with the
# tarball's version and its SHA-256 checksum (computed here by another
# tool than the one mkrecipes prefers), the files that "make install"
# installs, and nothing left unreplaced.  The tarball is a stand-in of
# the right name: the checksum must be that of whatever file is given.
#
# Run from the top of the build tree, with $srcdir set (automake's test
# harness does both).  Exit 0 pass, 1 fail, 77 skip, 99 hard error.

set -u
srcdir=${srcdir:-.}
MAKE=${MAKE:-make}
me=recipes
name=illumos-resources

fail=0
bad() { printf '%s: FAIL: %s\n' "$me" "$*" >&2; fail=1; }
hard() { printf '%s: ERROR: %s\n' "$me" "$*" >&2; exit 99; }
skip() { printf '%s: SKIP: %s\n' "$me" "$*"; exit 77; }

[ -f Makefile ] || hard "run me from the top of the build tree"
version=${PACKAGE_VERSION:-$(sed -n 's/^PACKAGE_VERSION = //p' Makefile)}
[ -n "$version" ] || hard "the package version is unknown"

# SHA-256 by Python or OpenSSL, so that a slip in the tool mkrecipes
# uses first (sha256sum) shows.
if command -v python3 >/dev/null 2>&1; then
	sha256() { python3 -c 'import hashlib, sys
print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())'; }
elif command -v openssl >/dev/null 2>&1; then
	sha256() { openssl dgst -sha256 | sed 's/.*[= ]//'; }
else
	skip "no python3 or openssl to check the checksums with"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/recipes.XXXXXX") || hard "mktemp"
trap 'rm -rf "$tmp"' EXIT
trap 'exit 99' HUP INT TERM

tarball=$tmp/$name-$version.tar.gz
{ cat "$srcdir/LICENSE"; date; } | gzip -c >"$tarball" || hard "gzip"
sum=$(sha256 <"$tarball")
[ ${#sum} -eq 64 ] || hard "bad checksum: $sum"

out=$tmp/recipes
if ! sh "$srcdir/pkg/mkrecipes" "$tarball" "$srcdir" "$out" \
    >"$tmp/mkrecipes.log" 2>&1; then
	cat "$tmp/mkrecipes.log" >&2
	hard "mkrecipes failed"
fi
[ -d "$out.tmp" ] && bad "mkrecipes left $out.tmp behind"

# The layout, file by file.
omnios=omnios-extra/build/$name
oi=oi-userland/components/text/$name
(cd "$out" && find . -type f -print) | sed 's|^\./||' | sort >"$tmp/got"
sort >"$tmp/want" <<LIST
$omnios/build.sh
$omnios/local.mog
$oi/Makefile
$oi/$name.license
$oi/$name.p5m
$oi/pkg5
LIST
if ! cmp -s "$tmp/want" "$tmp/got"; then
	bad "the recipes hold other files (< expected, > written):"
	diff "$tmp/want" "$tmp/got" >&2
fi
if grep -rn '@[A-Z0-9_]*@' "$out" >&2; then
	bad "a variable above is left unreplaced"
fi

# omnios-extra: build.sh runs as a program, is bash, and names this
# version and checksum, from the mirror path download_source uses.
b=$out/$omnios/build.sh
[ -x "$b" ] || bad "$omnios/build.sh is not executable"
[ "$(sed -n 1p "$b")" = '#!/usr/bin/bash' ] || bad "$omnios/build.sh is not a bash script"
if command -v bash >/dev/null 2>&1; then
	bash -n "$b" || bad "$omnios/build.sh: bash -n fails"
fi
grep -qx "PROG=$name" "$b" || bad "$omnios/build.sh: PROG is not $name"
grep -qx "VER=$version" "$b" || bad "$omnios/build.sh: VER is not $version"
grep -qx "PKG=ooce/text/$name" "$b" || bad "$omnios/build.sh: PKG is not ooce/text/$name"
grep -qx "set_checksum sha256 \"$sum\"" "$b" ||
	bad "$omnios/build.sh does not carry the tarball's sha256 $sum"
grep -qx '\. \.\./\.\./lib/build\.sh' "$b" || bad "$omnios/build.sh does not source lib/build.sh"
grep -qx 'license LICENSE license=ISC' "$out/$omnios/local.mog" ||
	bad "$omnios/local.mog has no license action for LICENSE"

# omnios-extra delivers under /opt/ooce.  Its global transforms must
# meet our files as we expect: the manual pages get the update-man-index
# restart (path opt/ooce/share/man/...\.<digit>), and the Info
# directory file is dropped (path .../share/info/dir).
if ! $MAKE install DESTDIR="$tmp/ooce" prefix=/opt/ooce \
    >"$tmp/install.log" 2>&1; then
	cat "$tmp/install.log" >&2
	hard "make install failed"
fi
(cd "$tmp/ooce" && find . -type f -print) | sed 's|^\./||' | sort >"$tmp/ooce-files"
grep -E -x 'opt/ooce/share/man/.*\.[0-9][a-z]*' "$tmp/ooce-files" >"$tmp/man" ||
	bad "no manual page under opt/ooce/share/man"
[ "$(wc -l <"$tmp/man")" -eq 2 ] || bad "not two manual pages under opt/ooce/share/man"
grep -v -x -E 'opt/ooce/share/(man/man7/[^/]*\.7|info/[^/]*\.info|info/dir)' \
    "$tmp/ooce-files" >"$tmp/other" &&
	{ bad "files that the transforms do not expect:"; cat "$tmp/other" >&2; }

# oi-userland: the Makefile's version, checksum and name; the manifest
# delivers exactly what make install installs under /usr (its own
# transforms supply owners, modes and facets); the licence file is
# LICENSE; pkg5 names the package.
m=$out/$oi/Makefile
value() { sed -n "s/^$1=[ 	]*//p" "$m"; }
[ "$(value COMPONENT_NAME)" = "$name" ] || bad "$oi/Makefile: COMPONENT_NAME is not $name"
[ "$(value COMPONENT_VERSION)" = "$version" ] || bad "$oi/Makefile: COMPONENT_VERSION is not $version"
[ "$(value COMPONENT_ARCHIVE_HASH)" = "sha256:$sum" ] ||
	bad "$oi/Makefile does not carry the tarball's sha256 $sum"
[ "$(value COMPONENT_ARCHIVE)" = '$(COMPONENT_SRC).tar.gz' ] &&
    [ "$(value COMPONENT_SRC)" = '$(COMPONENT_NAME)-$(COMPONENT_VERSION)' ] ||
	bad "$oi/Makefile does not name the tarball $name-$version.tar.gz"
fmri=$(value COMPONENT_FMRI)
grep -qx 'include \$(WS_MAKE_RULES)/common.mk' "$m" || bad "$oi/Makefile does not include common.mk"
cmp -s "$srcdir/LICENSE" "$out/$oi/$name.license" || bad "$oi/$name.license is not LICENSE"

if ! $MAKE install DESTDIR="$tmp/usr" prefix=/usr AM_UPDATE_INFO_DIR=no \
    >"$tmp/install.log" 2>&1; then
	cat "$tmp/install.log" >&2
	hard "make install failed"
fi
(cd "$tmp/usr" && find . -type f -print) | sed 's|^\./||' | sort >"$tmp/usr-files"
sed -n 's/^file path=\([^ ]*\).*/\1/p' "$out/$oi/$name.p5m" | sort >"$tmp/p5m-files"
if ! cmp -s "$tmp/usr-files" "$tmp/p5m-files"; then
	bad "$oi/$name.p5m delivers other files than make install installs (< installed, > manifest):"
	diff "$tmp/usr-files" "$tmp/p5m-files" >&2
fi
grep -q "^license \$(COMPONENT_LICENSE_FILE) license='\$(COMPONENT_LICENSE)'\$" \
    "$out/$oi/$name.p5m" || bad "$oi/$name.p5m has no license action"
if command -v python3 >/dev/null 2>&1; then
	python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
assert sorted(d) == ["dependencies", "fmris", "name"], d
assert d["name"] == sys.argv[2] and d["fmris"] == [sys.argv[3]], d' \
	    "$out/$oi/pkg5" "$name" "$fmri" || bad "$oi/pkg5 does not name $fmri"
fi

[ $fail -eq 0 ] && echo "$me: ok: omnios-extra and oi-userland recipes for $name-$version, sha256 $sum"
exit $fail
