#!/bin/sh
# The IPS packages, one for each distribution that pkg/ips/targets
# names, checked by the tools of the Image Packaging System itself, as
# OmniOS and OpenIndiana run them.  Each target is checked by a run of
# this script of its own, with IPS_TARGET and IPS_INFO (the last column
# of its row) set:
#
#  1. pkgfmt -c: the manifest that configure wrote is in pkgfmt form.
#  2. pkglint: no error and no warning on the manifest.
#  3. pkgsend publish into a file repository, from a "make install"
#     staging tree; "pkgrepo contents -m" then lists exactly the staged
#     files (less the Info directory file, and the Info manuals where
#     the target omits them), each with the SHA-512/256 content hash of
#     the staged file, and the LICENSE.
#  4. pkglint -l: no error and no warning on the published package.
#  5. make p5p: the archive holds the package at this version, with the
#     same actions as the repository.
#  6. pkg install -g from that archive into a user image, then pkg
#     verify; every installed file is byte for byte the staged one, with
#     the manifest's mode; pkg uninstall leaves none of them behind.
#
# The tools are those that configure found: PKGFMT, PKGLINT (with
# PKGLINTRC for its -f option, if set), PKGREPO, PKGSEND, PKGRECV and
# IPS_PKG.  Where the harness did not set one (a run by hand) the
# command of that name on PATH is used.  Without them the test is
# skipped, naming the missing commands.
#
# Run from the top of the build tree, with $srcdir set (automake's test
# harness does both).  Exit 0 pass, 1 fail, 77 skip, 99 hard error.

set -u
srcdir=${srcdir:-.}
MAKE=${MAKE:-make}
me=ips${IPS_TARGET:+ $IPS_TARGET}
manifest=pkg/ips/${IPS_TARGET:-}.p5m

fail=0
bad() { printf '%s: FAIL: %s\n' "$me" "$*" >&2; fail=1; }
hard() { printf '%s: ERROR: %s\n' "$me" "$*" >&2; exit 99; }
skip() { printf '%s: SKIP: %s\n' "$me" "$*"; exit 77; }
# A stage that fails leaves nothing for the later ones to check.
give_up() { bad "$@"; exit 1; }
stage() { printf '\n%s: ==== %s\n' "$me" "$*"; }
# show FILE: a tool's output in the log, indented under the stage.
show() { sed 's/^/    /' "$1"; }

# find_tool VARIABLE COMMAND: the configured program, or the command on
# PATH when the variable is not set at all.  configure leaves a variable
# empty when it found nothing, and then the command is missing.
missing=
find_tool()
{
	if eval "[ -z \"\${$1+set}\" ]"; then
		found=$(command -v "$2" 2>/dev/null) || found=
		eval "$1=\$found"
	fi
	eval "[ -n \"\$$1\" ]" || missing="$missing $2"
}
find_tool PKGFMT pkgfmt
find_tool PKGLINT pkglint
find_tool PKGREPO pkgrepo
find_tool PKGSEND pkgsend
find_tool PKGRECV pkgrecv
find_tool IPS_PKG pkg
# pkglint's configuration: as configure chose it, or by hand, where it
# would have looked (beside a pkglint installed under PREFIX/bin, then
# pkglint's own default, which exists on illumos only).
if [ -z "${PKGLINTRC+set}" ] && [ -n "$PKGLINT" ]; then
	PKGLINTRC=$(dirname "$PKGLINT")/../etc/pkglintrc
	[ -f "$PKGLINTRC" ] || PKGLINTRC=
fi
PKGLINTRC=${PKGLINTRC:-}

# IPS names each file's content by its SHA-512/256 hash.  OpenSSL's
# dgst computes it (1.1.1 and later), and so does Python's hashlib;
# OmniOS has both, Debian has either where pkg5 runs.  Each is tried on
# the empty input first, whose hash is known, so that a tool that lacks
# the algorithm or prints something else is never used.
empty_hash=c672b8d1ef56ed28ab87c3622c5114069bdd3ad7b8f9737498d0c01ecef0967a
openssl_hash() { openssl dgst -sha512-256 -r | sed 's/ .*//'; }
python_hash()
{
	python3 -c 'import hashlib, sys
print(hashlib.new("sha512_256", sys.stdin.buffer.read()).hexdigest())'
}
hasher=
for h in openssl_hash python_hash; do
	if [ "$($h </dev/null 2>/dev/null)" = "$empty_hash" ]; then
		hasher=$h
		break
	fi
done
[ -n "$hasher" ] || missing="$missing openssl-or-python3"

[ -z "$missing" ] ||
	skip "missing:$missing (the IPS tools of OmniOS and OpenIndiana, and a SHA-512/256 tool; rerun configure once they are on PATH)"
[ -f Makefile ] || hard "run me from the top of the build tree"

# Without a target, run once for each; the worst status is the result.
if [ -z "${IPS_TARGET:-}" ]; then
	rc=0
	while read -r t facet man info extra; do
		case $t in ''|'#'*) continue ;; esac
		IPS_TARGET=$t IPS_INFO=$info sh "$0" </dev/null
		status=$?
		[ $status -gt $rc ] && rc=$status
	done <"$srcdir/pkg/ips/targets"
	exit $rc
fi
[ -f "$manifest" ] || hard "no $manifest: configure writes it"
[ -f "$srcdir/LICENSE" ] || hard "no $srcdir/LICENSE"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ips-test.XXXXXX") || hard "mktemp"
trap 'rm -rf "$tmp"' EXIT
trap 'exit 99' HUP INT TERM
# Repository URIs need an absolute path.
tmp=$(cd "$tmp" && pwd) || hard "cannot enter $tmp"

# The version the package must carry: the one of AC_INIT, which the
# harness passes; run by hand, the one configure put in the manifest.
version=${PACKAGE_VERSION:-$(sed -n \
    's|^set name=pkg\.fmri value=pkg:/[^@]*@\([^,]*\),.*|\1|p' "$manifest")}
[ -n "$version" ] || hard "no version in the pkg.fmri of $manifest"

echo "$me: pkgfmt=$PKGFMT pkglint=$PKGLINT pkglintrc=${PKGLINTRC:-default}"
echo "$me: pkgrepo=$PKGREPO pkgsend=$PKGSEND pkgrecv=$PKGRECV pkg=$IPS_PKG"
echo "$me: hashes by $hasher"

# lint WHAT ARGUMENT...: run pkglint and count what it reports.  It
# prints one line per finding, starting with the level; it exits 1 on
# errors but 0 on warnings, so the lines are what is counted.
lint()
{
	what=$1
	shift
	if [ -n "$PKGLINTRC" ]; then
		"$PKGLINT" -f "$PKGLINTRC" "$@" >"$tmp/lint.out" 2>&1
	else
		"$PKGLINT" "$@" >"$tmp/lint.out" 2>&1
	fi
	status=$?
	show "$tmp/lint.out"
	errors=$(grep -c -E '^(ERROR|CRITICAL) ' "$tmp/lint.out")
	warnings=$(grep -c '^WARNING ' "$tmp/lint.out")
	echo "$me: pkglint $what: $errors errors, $warnings warnings"
	if [ $status -ne 0 ] || [ "$errors" -ne 0 ] || [ "$warnings" -ne 0 ]; then
		bad "pkglint $what: $errors errors, $warnings warnings, exit status $status"
	fi
}

# actions FILE: the published actions of a "pkgrepo contents -m" listing
# that this test compares, one a line, sorted:
#   dir PATH MODE
#   file PATH MODE HASH
#   license NAME HASH
# where HASH is the file:sha512t_256 content hash (the hash of the file
# as installed, not of its compressed form in the repository).  These
# attribute values never hold blanks, so splitting on blanks is safe.
actions()
{
	awk '
	function value(field, key) {
		if (index(field, key) != 1)
			return ""
		return substr(field, length(key) + 1)
	}
	$1 == "dir" || $1 == "file" || $1 == "license" {
		path = mode = hash = lic = ""
		for (i = 2; i <= NF; i++) {
			if ((v = value($i, "path=")) != "") path = v
			else if ((v = value($i, "mode=")) != "") mode = v
			else if ((v = value($i, "license=")) != "") lic = v
			else if ((v = value($i, "pkg.content-hash=file:sha512t_256:")) != "")
				hash = v
		}
		if ($1 == "dir") print "dir", path, mode
		else if ($1 == "file") print "file", path, mode, (hash == "" ? "NO-HASH" : hash)
		else print "license", lic, (hash == "" ? "NO-HASH" : hash)
	}' "$1" | LC_ALL=C sort
}

# ----------------------------------------------------------------------
stage "1. pkgfmt -c $manifest"
if "$PKGFMT" -c "$manifest" >"$tmp/pkgfmt.out" 2>&1 &&
    ! [ -s "$tmp/pkgfmt.out" ]; then
	echo "$me: pkgfmt: $manifest is in pkgfmt form"
else
	show "$tmp/pkgfmt.out"
	"$PKGFMT" -d "$manifest" >"$tmp/pkgfmt.diff" 2>&1
	show "$tmp/pkgfmt.diff"
	bad "pkgfmt -c: $manifest is not in pkgfmt form (the diff is above; fix pkg/ips/$IPS_TARGET.p5m.in)"
fi

# ----------------------------------------------------------------------
stage "2. pkglint $manifest"
lint "$manifest" "$manifest"

# ----------------------------------------------------------------------
stage "3. pkgsend publish into a file repository"
# Staged as "make p5p" stages: under /usr, without the Info directory
# file, which is never delivered, and without the Info manuals where
# the target omits them.
proto=$tmp/proto
$MAKE install DESTDIR="$proto" prefix=/usr datarootdir=/usr/share \
    mandir=/usr/share/man infodir=/usr/share/info AM_UPDATE_INFO_DIR=no \
    >"$tmp/install.log" 2>&1 || {
	show "$tmp/install.log"
	hard "make install failed"
}
if [ "${IPS_INFO:-}" = omit ]; then
	omit='usr/share/info/.*'
else
	omit='usr/share/info/dir'
fi
(cd "$proto" && find . \( -type f -o -type l \) -print) | sed 's|^\./||' |
	grep -vx "$omit" | LC_ALL=C sort >"$tmp/staged"
[ -s "$tmp/staged" ] || hard "make install installed nothing"
echo "$me: make install staged $(wc -l <"$tmp/staged" | tr -d ' ') files"

repo=$tmp/repo
{
	"$PKGREPO" create "$repo" &&
	"$PKGREPO" -s "$repo" set publisher/prefix=ips-test &&
	"$PKGSEND" -s "$repo" publish -d "$proto" -d "$srcdir" "$manifest"
} >"$tmp/publish.out" 2>&1
status=$?
show "$tmp/publish.out"
[ $status -eq 0 ] || give_up "pkgsend publish failed"

"$PKGREPO" -s "$repo" contents -m >"$tmp/published" 2>&1 ||
	{ show "$tmp/published"; give_up "pkgrepo contents -m failed"; }
fmri=$(sed -n 's/^set name=pkg\.fmri value=//p' "$tmp/published")
echo "$me: published $fmri"
case $fmri in
pkg://ips-test/text/illumos-resources@"$version",*) ;;
*) bad "the published FMRI $fmri is not text/illumos-resources@$version" ;;
esac
actions "$tmp/published" >"$tmp/actions"

# Exactly the staged files, and no other.
awk '$1 == "file" { print $2 }' "$tmp/actions" >"$tmp/published-files"
if cmp -s "$tmp/published-files" "$tmp/staged"; then
	echo "$me: the repository holds the $(wc -l <"$tmp/staged" | tr -d ' ') staged files"
else
	bad "the published files differ from the staged ones (< published, > staged):"
	diff "$tmp/published-files" "$tmp/staged" >&2
fi

# Documentation is read by everyone and changed by pkg alone: files are
# read-only (0444), directories 0755, as the distributions deliver
# their own manual pages.
awk '($1 == "file" && $3 != "0444") || ($1 == "dir" && $3 != "0755")' \
    "$tmp/actions" >"$tmp/modes"
if [ -s "$tmp/modes" ]; then
	bad "files must be published with mode 0444 and directories with 0755:"
	show "$tmp/modes" >&2
fi

# Each published content hash is the staged file's own.
checked=0
while read -r kind path mode hash; do
	[ "$kind" = file ] || continue
	[ -f "$proto/$path" ] || continue
	want=$($hasher <"$proto/$path")
	if [ "$hash" = "$want" ]; then
		checked=$((checked + 1))
	else
		bad "$path: published with hash $hash, the staged file has $want"
	fi
done <"$tmp/actions"
echo "$me: $checked file hashes equal the staged files' SHA-512/256"
lichash=$(awk '$1 == "license" && $2 == "ISC" { print $3 }' "$tmp/actions")
if [ "$lichash" = "$($hasher <"$srcdir/LICENSE")" ]; then
	echo "$me: the license action carries LICENSE"
else
	bad "the ISC license action (hash ${lichash:-none}) does not carry LICENSE"
fi

# ----------------------------------------------------------------------
stage "4. pkglint -l on the published repository"
lint "of the repository" -c "$tmp/lint-cache" -l "file://$repo"

# ----------------------------------------------------------------------
stage "5. make p5p"
# The archive's name is a make variable per target (see pkg/local.mk).
p5p=$tmp/illumos-resources.p5p
var=P5P_$(echo "$IPS_TARGET" | tr '[:lower:]' '[:upper:]')
$MAKE "$p5p" "$var=$p5p" >"$tmp/p5p.out" 2>&1
status=$?
show "$tmp/p5p.out"
[ $status -eq 0 ] && [ -s "$p5p" ] || give_up "make p5p failed"
"$PKGREPO" -s "$p5p" contents -m >"$tmp/archived" 2>&1 ||
	{ show "$tmp/archived"; give_up "pkgrepo cannot read the archive"; }
afmri=$(sed -n 's/^set name=pkg\.fmri value=//p' "$tmp/archived")
echo "$me: the archive holds $afmri"
case $afmri in
pkg://illumos-resources/text/illumos-resources@"$version",*) ;;
*) bad "the archive holds $afmri, not illumos-resources's text/illumos-resources@$version" ;;
esac
if actions "$tmp/archived" | cmp -s - "$tmp/actions"; then
	echo "$me: the archive has the same files, modes and hashes as the repository"
else
	bad "the archive differs from the repository (< repository, > archive):"
	actions "$tmp/archived" | diff "$tmp/actions" - >&2
fi

# ----------------------------------------------------------------------
stage "6. pkg install -g the archive into a user image"
# pkg works on the image that holds the running pkg command unless told
# otherwise; PKG_CMDPATH tells it that the command belongs to the test
# image.
image=$tmp/image
PKG_CMDPATH=$image/usr/bin/pkg
export PKG_CMDPATH
"$IPS_PKG" image-create --user "$image" >"$tmp/image.out" 2>&1 ||
	{ show "$tmp/image.out"; give_up "pkg image-create failed"; }
"$IPS_PKG" -R "$image" install -g "$p5p" illumos-resources \
    >"$tmp/install.out" 2>&1
status=$?
show "$tmp/install.out"
[ $status -eq 0 ] || give_up "pkg install -g failed"
echo "$me: installed from the archive"
"$IPS_PKG" -R "$image" list illumos-resources >"$tmp/list.out" 2>&1 ||
	bad "pkg list does not show the package as installed"
show "$tmp/list.out"

# ----------------------------------------------------------------------
stage "7. pkg verify"
"$IPS_PKG" -R "$image" verify -v illumos-resources >"$tmp/verify.out" 2>&1
status=$?
show "$tmp/verify.out"
if [ "$(id -u)" -eq 0 ]; then
	if [ $status -eq 0 ] && ! grep -q 'ERROR' "$tmp/verify.out"; then
		echo "$me: pkg verify: no error"
	else
		bad "pkg verify found errors"
	fi
else
	# Without root, pkg cannot give the files to root and bin, and
	# verify says so for each; every other error counts.
	grep 'ERROR:' "$tmp/verify.out" |
		grep -v -E "ERROR: (owner|group): '[^']*' should be '[^']*'\$" \
		>"$tmp/verify.errors"
	if [ -s "$tmp/verify.errors" ]; then
		bad "pkg verify found errors other than the owners of a user's image"
	else
		echo "$me: not root: only owner and group differences, as expected"
	fi
fi

# The image holds exactly the staged files, the same bytes, with the
# modes of the manifest; its directories have their modes too.  Its own
# metadata lives in .org.opensolaris,pkg (var/pkg in a full image).
(cd "$image" && find . \( -name '.org.opensolaris,pkg' -o -path ./var/pkg \) \
    -prune -o \( -type f -o -type l \) -print) | sed 's|^\./||' |
	LC_ALL=C sort >"$tmp/image-files"
if ! cmp -s "$tmp/image-files" "$tmp/staged"; then
	bad "the image holds other files than the staged ones (< image, > staged):"
	diff "$tmp/image-files" "$tmp/staged" >&2
fi
same=0
while read -r kind path mode hash; do
	case $kind in
	file)
		if ! cmp -s "$proto/$path" "$image/$path"; then
			bad "$path: installed file differs from the staged one"
			continue
		fi
		same=$((same + 1)) ;;
	dir) ;;
	*) continue ;;
	esac
	[ -n "$(find "$image/$path" -prune -perm "$mode" -print)" ] ||
		bad "$path: installed with mode $(ls -ld "$image/$path" | cut -c1-10), not $mode"
done <"$tmp/actions"
echo "$me: $same installed files equal the staged ones; modes as in the manifest"

# ----------------------------------------------------------------------
stage "8. pkg uninstall"
"$IPS_PKG" -R "$image" uninstall illumos-resources >"$tmp/uninstall.out" 2>&1
status=$?
show "$tmp/uninstall.out"
[ $status -eq 0 ] || give_up "pkg uninstall failed"
if "$IPS_PKG" -R "$image" list illumos-resources >/dev/null 2>&1; then
	bad "pkg list still shows the package"
fi
# Nothing of ours may be left: no file, and no directory, which in an
# image of this package alone are its own.
(cd "$image" && find . \( -name '.org.opensolaris,pkg' -o -path ./var/pkg \) \
    -prune -o -print) | grep -vx '\.' >"$tmp/left"
if [ -s "$tmp/left" ]; then
	bad "pkg uninstall left these behind:"
	show "$tmp/left" >&2
else
	echo "$me: the image holds nothing of the package any more"
fi
# pkg moves what it did not deliver out of a directory that it removes
# into lost+found; there must have been nothing such.
for d in "$image/.org.opensolaris,pkg/lost+found" "$image/var/pkg/lost+found"; do
	[ -d "$d" ] || continue
	if [ -n "$(find "$d" -type f -print)" ]; then
		bad "pkg uninstall found files it did not deliver, now in $d:"
		find "$d" -type f -print >&2
	fi
done

echo
if [ $fail -eq 0 ]; then
	echo "$me: ok: pkgfmt, pkglint (0 errors, 0 warnings), publish, p5p, install, verify, uninstall"
fi
exit $fail
