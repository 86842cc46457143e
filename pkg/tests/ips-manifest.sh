#!/bin/sh
# The IPS manifests pkg/ips/TARGET.p5m, one for each distribution that
# pkg/ips/targets names, as configure writes them from
# pkg/ips/TARGET.p5m.in: every line is a known action with key=value
# attributes, the package metadata that OmniOS and OpenIndiana expect is
# there, each file carries the facet and the service that the table
# gives for its target, and the file actions deliver exactly the files
# that "make install DESTDIR=... prefix=/usr" installs (less the Info
# directory file, which is never delivered, and the Info manuals where
# the table says to omit them).  This test needs no IPS tool;
# pkg/tests/ips.sh runs the real ones.
#
# Run from the top of the build tree, with $srcdir set (automake's test
# harness does both).  Exit 0 pass, 1 fail, 77 skip, 99 hard error.

set -u
srcdir=${srcdir:-.}
MAKE=${MAKE:-make}
targets=$srcdir/pkg/ips/targets
me=ips-manifest

fail=0
bad() { printf '%s: FAIL: %s\n' "$me" "$*" >&2; fail=1; }
hard() { printf '%s: ERROR: %s\n' "$me" "$*" >&2; exit 99; }

[ -f Makefile ] || hard "run me from the top of the build tree"
[ -f "$targets" ] || hard "no $targets"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ips-manifest.XXXXXX") || hard "mktemp"
trap 'rm -rf "$tmp"' EXIT
trap 'exit 99' HUP INT TERM

# What make install delivers.
if ! $MAKE install DESTDIR="$tmp/proto" prefix=/usr \
    mandir=/usr/share/man infodir=/usr/share/info \
    AM_UPDATE_INFO_DIR=no >"$tmp/install.log" 2>&1; then
	cat "$tmp/install.log" >&2
	hard "make install failed"
fi
(cd "$tmp/proto" && find . \( -type f -o -type l \) -print) |
	sed 's|^\./||' | grep -vx 'usr/share/info/dir' | sort >"$tmp/installed"
[ -s "$tmp/installed" ] || bad "make install installed nothing"

# check TARGET FACET MAN-SERVICE INFO-SERVICE: one manifest against its
# row of pkg/ips/targets.
check()
{
	target=$1 facet=$2 man_fmri=$3 info_fmri=$4
	me="ips-manifest: $target"
	manifest=pkg/ips/$target.p5m
	[ -f "$manifest" ] || { bad "no $manifest: configure writes it"; return; }

	# Every @VARIABLE@ of the template must have been replaced by configure.
	if grep -n '@[A-Za-z_][A-Za-z_0-9]*@' "$manifest" >&2; then
		bad "$manifest holds a variable that configure did not replace"
	fi

	# Parse the manifest.  Continuation lines (ending in a backslash) are
	# joined first.  Each logical line becomes one output line per action:
	#   ACTION <name>
	#   ATTR <key> <value>      (quotes removed)
	#   PAYLOAD <token>         (the bare payload of file and license actions)
	#   ERROR <message>
	#   END
	awk '
	function err(msg) { printf "ERROR line %d: %s\n", lineno, msg; bad = 1 }
	function parse(line,    action, n, key, val, c, q, first) {
		sub(/^[ \t]+/, "", line)
		if (line == "" || line ~ /^#/)
			return
		n = match(line, /^[a-z]+/)
		if (!n) { err("no action name"); return }
		action = substr(line, 1, RLENGTH)
		line = substr(line, RLENGTH + 1)
		if (action !~ /^(set|file|dir|link|hardlink|license|depend|legacy|group|user|driver|signature)$/) {
			err("unknown action " action); return
		}
		print "ACTION " action
		first = 1
		while (1) {
			if (line !~ /^[ \t]/ && line != "") {
				err("junk after a value: " line); return
			}
			sub(/^[ \t]+/, "", line)
			if (line == "")
				break
			if (match(line, /^[A-Za-z][A-Za-z0-9_.:,-]*=/)) {
				key = substr(line, 1, RLENGTH - 1)
				line = substr(line, RLENGTH + 1)
				c = substr(line, 1, 1)
				if (c == "\"" || c == "\047") {
					q = index(substr(line, 2), c)
					if (q == 0) { err("unterminated quote after " key "="); return }
					val = substr(line, 2, q - 1)
					line = substr(line, q + 2)
				} else {
					match(line, /^[^ \t]*/)
					val = substr(line, 1, RLENGTH)
					line = substr(line, RLENGTH + 1)
					if (val == "") { err("empty value for " key); return }
					if (val ~ /["\047]/) { err("stray quote in " key "=" val); return }
				}
				print "ATTR " key " " val
			} else if (first && (action == "file" || action == "license")) {
				match(line, /^[^ \t=]+/)
				if (RLENGTH <= 0) { err("bad payload"); return }
				print "PAYLOAD " substr(line, 1, RLENGTH)
				line = substr(line, RLENGTH + 1)
			} else {
				err("not a key=value attribute: " line); return
			}
			first = 0
		}
		print "END"
	}
	{
		lineno = NR
		if (sub(/\\$/, "")) { buf = buf $0 " "; next }
		parse(buf $0)
		buf = ""
	}
	END { if (buf != "") parse(buf) }
	' "$manifest" >"$tmp/parsed" || hard "awk failed"

	if grep '^ERROR' "$tmp/parsed" >&2; then
		bad "syntax errors in $manifest"
	fi

	# Per action checks, and the lists of delivered files and directories.
	awk -v me="$me" -v facet="$facet" -v man_fmri="$man_fmri" \
	    -v info_fmri="$info_fmri" '
	function want_fmri(path, fmri) {
		if (fmri == "-" && ("restart_fmri" in attr))
			printf "%s: FAIL: %s restarts %s, which the target lacks\n", me, path, attr["restart_fmri"]
		else if (fmri != "-" && attr["restart_fmri"] != fmri)
			printf "%s: FAIL: %s lacks restart_fmri=%s\n", me, path, fmri
	}
	function check(   p) {
		if (action == "file") {
			for (p = 1; p <= 4; p++)
				if (!((need[p]) in attr))
					printf "%s: FAIL: file %s has no %s=\n", me, attr["path"], need[p]
			# Documentation is read-only for everyone, as the
			# distributions deliver their own manual pages.
			if (attr["mode"] != "0444")
				printf "%s: FAIL: file %s has mode %s, not 0444\n", me, attr["path"], attr["mode"]
			if (attr["path"] ~ /^\//)
				printf "%s: FAIL: path %s must be relative\n", me, attr["path"]
			if (attr["path"] ~ /^usr\/share\/man\//) {
				if (attr["facet.doc.man"] != facet)
					printf "%s: FAIL: %s lacks facet.doc.man=%s\n", me, attr["path"], facet
				want_fmri(attr["path"], man_fmri)
			}
			if (attr["path"] ~ /^usr\/share\/info\//) {
				if (attr["facet.doc.info"] != facet)
					printf "%s: FAIL: %s lacks facet.doc.info=%s\n", me, attr["path"], facet
				want_fmri(attr["path"], info_fmri)
			}
			print "FILE " attr["path"]
		} else if (action == "dir") {
			if (!("path" in attr) || !("owner" in attr) || !("group" in attr) || !("mode" in attr))
				printf "%s: FAIL: dir %s needs path, owner, group and mode\n", me, attr["path"]
			else if (attr["mode"] != "0755")
				printf "%s: FAIL: dir %s has mode %s, not 0755\n", me, attr["path"], attr["mode"]
			print "DIR " attr["path"]
		} else if (action == "set") {
			if (!("name" in attr) || !("value" in attr))
				printf "%s: FAIL: set action without name= and value=\n", me
			print "SET " attr["name"] " " attr["value"]
		} else if (action == "license") {
			if (payload == "" || !("license" in attr))
				printf "%s: FAIL: license action needs a payload and license=\n", me
			print "LICENSE " payload " " attr["license"]
		}
	}
	BEGIN { need[1] = "path"; need[2] = "owner"; need[3] = "group"; need[4] = "mode" }
	$1 == "ACTION" { action = $2; split("", attr); payload = ""; next }
	$1 == "PAYLOAD" { payload = $2; next }
	$1 == "ATTR" { k = $2; v = $0; sub(/^ATTR [^ ]* /, "", v); attr[k] = v; next }
	$1 == "END" { check() }
	' "$tmp/parsed" >"$tmp/actions"
	if grep 'FAIL' "$tmp/actions" >&2; then
		fail=1
	fi

	setvalue() { sed -n "s/^SET $1 //p" "$tmp/actions"; }
	for name in pkg.fmri pkg.summary pkg.description info.classification \
	    info.upstream-url info.source-url org.opensolaris.consolidation; do
		[ -n "$(setvalue "$name")" ] || bad "no set name=$name"
	done
	case $(setvalue info.classification) in
	org.opensolaris.category.2008:*/*) ;;
	*) bad "info.classification is not org.opensolaris.category.2008:Section/Category" ;;
	esac
	fmri=$(setvalue pkg.fmri)
	case $fmri in
	pkg:/*@*,5.11-*) ;;
	*) bad "pkg.fmri $fmri is not pkg:/name@version,5.11-branch" ;;
	esac
	if [ -n "${PACKAGE_VERSION:-}" ]; then
		case $fmri in
		*@"$PACKAGE_VERSION",*) ;;
		*) bad "pkg.fmri $fmri does not carry version $PACKAGE_VERSION" ;;
		esac
		# The source is the release tarball of this very version.
		case $(setvalue info.source-url) in
		https://*/illumos-resources-"$PACKAGE_VERSION".tar.gz) ;;
		*) bad "info.source-url is not the tarball of version $PACKAGE_VERSION" ;;
		esac
	fi
	grep -q '^LICENSE LICENSE ' "$tmp/actions" || bad "no license action for LICENSE"
	[ -f "$srcdir/LICENSE" ] || bad "no LICENSE file in the source tree"

	sed -n 's/^FILE //p' "$tmp/actions" | sort >"$tmp/manifest-files"
	sed -n 's/^DIR //p' "$tmp/actions" | sort >"$tmp/manifest-dirs"
	if grep -qx 'usr/share/info/dir' "$tmp/manifest-files"; then
		bad "the manifest delivers usr/share/info/dir"
	fi
	if [ -n "$(sort "$tmp/manifest-files" | uniq -d)" ]; then
		bad "a file is delivered twice"
	fi

	# Every parent directory of a delivered file has a dir action.
	while read -r f; do
		d=${f%/*}
		while [ "$d" != "$f" ] && [ -n "$d" ]; do
			grep -qx "$d" "$tmp/manifest-dirs" ||
				bad "no dir action for $d (parent of $f)"
			f=$d
			d=${d%/*}
		done
	done <"$tmp/manifest-files"

	# The installed files, less the Info manuals where the target omits
	# them.
	if [ "$info_fmri" = omit ]; then
		grep -v '^usr/share/info/' "$tmp/installed"
	else
		cat "$tmp/installed"
	fi >"$tmp/expected"
	if ! cmp -s "$tmp/manifest-files" "$tmp/expected"; then
		bad "file actions differ from the installed files (< manifest, > installed):"
		diff "$tmp/manifest-files" "$tmp/expected" >&2
	fi
	[ $fail -eq 0 ] && echo "$me: ok: $(wc -l <"$tmp/expected" | tr -d ' ') files, $fmri"
}

n=0
while read -r target facet man_fmri info_fmri extra; do
	case $target in ''|'#'*) continue ;; esac
	[ -n "$info_fmri" ] && [ -z "$extra" ] ||
		hard "$targets: a row needs four columns: $target"
	check "$target" "$facet" "$man_fmri" "$info_fmri"
	n=$((n + 1))
done <"$targets"
me=ips-manifest
[ $n -gt 0 ] || hard "$targets names no target"
exit $fail
