#!/bin/sh
# The Debian package: pkg/debian/build makes it from the "make dist"
# tarball with dpkg-buildpackage and lintian passes it with no error and
# no warning; the .deb holds exactly the installed pages and manuals (no
# Info dir file) plus the Debian documentation; a second build with the
# same SOURCE_DATE_EPOCH gives a byte-identical .deb.
#
# With RUN_DPKG_INSTALL=1 (for a disposable CI machine, as root) the
# package is also installed with dpkg -i and its autopkgtest,
# debian/tests/installed, must pass (man, info and apropos find the pages
# and manuals), and dpkg --purge must remove every file and the Info dir
# entries.  As README.md says, apropos still lists the pages after the
# purge, and the command README.md gives root must make it forget them.
#
# DEB_TARBALL=file uses that release tarball instead of running
# "make dist".  Run from the top of the build tree, with $srcdir set.
# Exit 0 pass, 1 fail, 77 skip, 99 hard error.

set -u
srcdir=${srcdir:-.}
MAKE=${MAKE:-make}
me=deb

fail=0
bad() { printf '%s: FAIL: %s\n' "$me" "$*" >&2; fail=1; }
hard() { printf '%s: ERROR: %s\n' "$me" "$*" >&2; exit 99; }
skip() { printf '%s: SKIP: %s\n' "$me" "$*"; exit 77; }

# Inside a Debian package build (dh_auto_test runs "make check") a
# nested dpkg-buildpackage would be wrong; dpkg-buildpackage exports the
# DEB_*_ARCH variables to everything it runs.
[ -z "${DEB_BUILD_ARCH:-}${DEB_HOST_ARCH:-}" ] ||
	skip "running inside a Debian package build"

missing=
for tool in dpkg-buildpackage dpkg-deb dpkg-parsechangelog dh lintian; do
	command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
[ -z "$missing" ] ||
	skip "missing:$missing (apt-get install dpkg-dev debhelper lintian texinfo)"
# debhelper runs dh_autoreconf, which needs a working autoreconf.  Some
# build environments put a stand-in on PATH that only fails (pkgsrc's
# tools directory does, for a package that does not ask for autoconf).
autoreconf --version 2>/dev/null | grep 'GNU Autoconf' >/dev/null ||
	skip "autoreconf does not work here (apt-get install autoconf automake)"
[ -f Makefile ] || hard "run me from the top of the build tree"

debdir=$srcdir/pkg/debian/debian
name=$(dpkg-parsechangelog -l "$debdir/changelog" -S Source) || hard "bad changelog"
version=$(dpkg-parsechangelog -l "$debdir/changelog" -S Version)
upversion=${version%-*}
if [ -n "${PACKAGE_VERSION:-}" ] && [ "$upversion" != "$PACKAGE_VERSION" ]; then
	bad "debian/changelog has upstream version $upversion, the package is $PACKAGE_VERSION"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/deb-test.XXXXXX") || hard "mktemp"
trap 'rm -rf "$tmp"' EXIT
trap 'exit 99' HUP INT TERM

if [ -n "${DEB_TARBALL:-}" ]; then
	tarball=$DEB_TARBALL
else
	# "make dist" writes the tarball into the build tree.  Keep a
	# tarball that was there before, and move the new one into the
	# temporary directory, so that the build tree is left as it was
	# (distcheck's distcleancheck wants that).
	made=$name-$upversion.tar.gz
	if [ -e "$made" ]; then
		mv "$made" "$tmp/saved.tar.gz" || hard "cannot move $made aside"
		trap 'mv -f "$tmp/saved.tar.gz" "$made"; rm -rf "$tmp"' EXIT
	fi
	if ! $MAKE dist >"$tmp/dist.log" 2>&1; then
		cat "$tmp/dist.log" >&2
		hard "make dist failed"
	fi
	mkdir "$tmp/dist" && mv "$made" "$tmp/dist/" || hard "make dist wrote no $made"
	tarball=$tmp/dist/$made
fi
[ -f "$tarball" ] || hard "no tarball $tarball"

# This test checks the package, not the test suite, which "make check"
# is running already: the package builds skip dh_auto_test, as
# DEB_BUILD_OPTIONS=nocheck asks.  A real Debian build runs the suite.
DEB_BUILD_OPTIONS="nocheck${DEB_BUILD_OPTIONS:+ $DEB_BUILD_OPTIONS}"
export DEB_BUILD_OPTIONS

build() {
	if ! sh "$srcdir/pkg/debian/build" "$tarball" "$tmp/$1" \
	    >"$tmp/$1.log" 2>&1; then
		cat "$tmp/$1.log" >&2
		return 1
	fi
}

build out1 || { bad "pkg/debian/build failed (see above)"; exit 1; }
deb=$(ls "$tmp"/out1/*.deb)
[ "$(echo "$deb" | wc -l)" -eq 1 ] || hard "expected one .deb, got: $deb"
for f in "${name}_$version.dsc" "${name}_${version}_all.deb"; do
	[ -f "$tmp/out1/$f" ] || bad "pkg/debian/build did not copy $f"
done
ls "$tmp"/out1/*.changes >/dev/null 2>&1 || bad "no .changes copied"
ls "$tmp"/out1/*.buildinfo >/dev/null 2>&1 || bad "no .buildinfo copied"

# lintian ran inside build with --fail-on error,warning; run it again
# here so that the log shows its verdict, and look for E: and W: lines.
lintian --fail-on error,warning "$tmp"/out1/*.changes >"$tmp/lintian.log" 2>&1 ||
	bad "lintian failed"
if grep -E '^[EW]: ' "$tmp/lintian.log" >&2; then
	bad "lintian reports errors or warnings"
fi

# Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Architecture)" = all ] || bad "Architecture is not all"
[ "$(field Section)" = doc ] || bad "Section is not doc"

# The file list: what make install installs, compressed as dh_compress
# does, plus the Debian copyright and changelog and the lintian override
# file (see debian/illumos-resources.lintian-overrides).
if ! $MAKE install DESTDIR="$tmp/dest" prefix=/usr \
    mandir=/usr/share/man infodir=/usr/share/info \
    AM_UPDATE_INFO_DIR=no >"$tmp/install.log" 2>&1; then
	cat "$tmp/install.log" >&2
	hard "make install failed"
fi
{
	(cd "$tmp/dest" && find . -type f -print) | sed 's|^\./||' |
		grep -vx 'usr/share/info/dir' | sed 's/$/.gz/'
	echo "usr/share/doc/$name/copyright"
	echo "usr/share/doc/$name/changelog.Debian.gz"
	echo "usr/share/lintian/overrides/$name"
} | LC_ALL=C sort >"$tmp/expected"
dpkg-deb -x "$deb" "$tmp/x" || hard "dpkg-deb -x failed"
(cd "$tmp/x" && find . \( -type f -o -type l \) -print) | sed 's|^\./||' |
	LC_ALL=C sort >"$tmp/got"
if ! cmp -s "$tmp/expected" "$tmp/got"; then
	bad "the .deb's files differ from the expected list (< expected, > .deb):"
	diff "$tmp/expected" "$tmp/got" >&2
fi
dpkg-deb -c "$deb" | grep -q ' \./usr/share/info/dir' && bad "the .deb ships usr/share/info/dir"
dpkg-deb -I "$deb" | grep -Eq '^ +[0-9]+ bytes, +[0-9]+ lines +\*? *(pre|post)(inst|rm)' &&
	bad "the .deb has maintainer scripts; none are needed"

# Reproducibility: a second build from the same tarball, byte for byte.
build out2 || { bad "second pkg/debian/build failed"; exit 1; }
if ! cmp "$deb" "$tmp/out2/${deb##*/}"; then
	bad "two builds with the same SOURCE_DATE_EPOCH differ"
	if command -v diffoscope >/dev/null 2>&1; then
		diffoscope "$deb" "$tmp/out2/${deb##*/}" >&2
	fi
fi

# A real install on this machine, only where asked to.
if [ "${RUN_DPKG_INSTALL:-0}" = 1 ]; then
	[ "$(id -u)" -eq 0 ] || hard "RUN_DPKG_INSTALL=1 needs root"
	for tool in man mandb apropos info; do
		command -v "$tool" >/dev/null 2>&1 ||
			hard "RUN_DPKG_INSTALL=1 needs $tool (apt-get install man-db info)"
	done
	if dpkg-query -W -f '${Status}' "$name" 2>/dev/null | grep -q installed; then
		hard "$name is already installed here; not touching it"
	fi
	infodir_file=/usr/share/info/dir
	# Minimal images exclude documentation with path-exclude in
	# /etc/dpkg/dpkg.cfg.d; let this package's files through.
	if ! dpkg --path-include="/usr/share/man/man7/illumos-*" \
	    --path-include="/usr/share/info/illumos-*" \
	    --path-include="/usr/share/doc/$name/*" \
	    -i "$deb" >"$tmp/dpkg-i.log" 2>&1; then
		cat "$tmp/dpkg-i.log" >&2
		bad "dpkg -i failed"
	else
		# What a reader meets is checked by the package's own
		# autopkgtest, so that the two cannot drift apart.
		if ! sh "$debdir/tests/installed" >"$tmp/installed.log" 2>&1; then
			cat "$tmp/installed.log" >&2
			bad "debian/tests/installed failed after dpkg -i"
		fi
	fi
	dpkg-query -L "$name" >"$tmp/owned" 2>/dev/null || :
	if ! dpkg --purge "$name" >"$tmp/dpkg-purge.log" 2>&1; then
		cat "$tmp/dpkg-purge.log" >&2
		bad "dpkg --purge failed"
	fi
	while read -r f; do
		[ -f "$f" ] && bad "$f is left after dpkg --purge"
	done <"$tmp/owned"
	grep -q 'illumos-' "$infodir_file" 2>/dev/null &&
		bad "$infodir_file still has illumos entries after dpkg --purge"
	# README.md says that man-db's trigger purges nothing, so that
	# apropos still lists the pages after the purge.  Check that this
	# is still so; if it is not, README.md is out of date.
	ap=$(apropos illumos 2>&1)
	for m in illumos-distros illumos-books; do
		printf '%s\n' "$ap" | grep -q "^$m (7)" ||
			bad "after dpkg --purge apropos no longer lists $m, but README.md says it does: $ap"
	done
	# README.md then tells root to run one command to make apropos
	# forget the pages at once.  Run exactly that command, taken from
	# here and found in README.md, so that the two cannot drift apart.
	# "man illumos-distros" above ran as root at 80 columns, so man-db
	# has normally cached a cat page of it, and the command must deal
	# with that too.
	forget='rm -f /var/cache/man/cat7/illumos-*.7.gz && mandb'
	grep -Fqx "    $forget" "$srcdir/README.md" ||
		bad "README.md does not give root the command: $forget"
	ls /var/cache/man/cat7/illumos-* >"$tmp/cats" 2>/dev/null || :
	if ! sh -c "$forget" >"$tmp/forget.log" 2>&1; then
		cat "$tmp/forget.log" >&2
		bad "the command README.md gives failed: $forget"
	fi
	ap=$(apropos illumos 2>&1)
	if printf '%s\n' "$ap" | grep -E '^illumos-(distros|books) ' >&2; then
		bad "apropos still lists the pages above after: $forget"
	fi
	for m in illumos-distros illumos-books; do
		w=$(whatis "$m" 2>&1) &&
			bad "whatis still finds $m after: $forget: $w"
	done
	# A cat page left behind would come back as a stray cat at the next
	# run of man-db's periodic job, so none may be left.
	if ls /var/cache/man/cat7/illumos-* >&2 2>/dev/null; then
		bad "cat pages above are left after: $forget"
	fi
fi

if [ $fail -eq 0 ]; then
	echo "$me: ok: ${deb##*/}, lintian clean, reproducible"
	if [ "${RUN_DPKG_INSTALL:-0}" = 1 ]; then
		echo "$me: ok: installed, used and purged"
		echo "$me: ok: apropos listed the pages after the purge until: $forget"
		echo "$me: cat pages it removed: $(tr '\n' ' ' <"$tmp/cats")"
		echo "$me: mandb ended with:"; tail -n 4 "$tmp/forget.log"
	fi
	echo "$me: lintian said:"; cat "$tmp/lintian.log"
fi
exit $fail
