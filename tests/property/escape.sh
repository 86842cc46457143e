#!/bin/sh
#
# Property test of the escaping: no text in the catalog may become a
# roff request, an mdoc macro or a Texinfo command, and every text field
# must read in the rendered pages exactly as it was written.
#
# gen.awk writes a few dozen small catalogs whose text fields hold the
# fixed attacks (each in every field) and pseudo-random strings from a
# fixed seed: printable ASCII, the characters that mean something to
# roff, mdoc or Texinfo, words that mdoc would call as macros, and UTF-8
# letters.  For each catalog both pages are generated in both formats,
# and then
#
#  - mandoc -Tutf8 and groff -mandoc -Tutf8 (through col -bx) show every
#    field of the page verbatim, and makeinfo --plaintext shows it too,
#    once runs of white space are folded to one space on both sides;
#  - mandoc -Tlint reports nothing but "referenced manual not found"
#    (with an empty MANPATH, so that every .Xr is such a message and
#    the installed manuals do not matter),
#    groff -ww prints nothing, and makeinfo prints nothing;
#  - no rendering shows a line of /etc/passwd or the output of id(1).
#
# Then a control character in any text field must be rejected with exit
# status 1 and a file:line:column error.
#
# Environment: DOCGEN names the generator (default ./src/illumos-docgen
# in the build directory); DOCGEN_WRAP a command to run it under, such
# as "valgrind -q --error-exitcode=99 --leak-check=full" (whatever the
# wrapper prints or a status it returns fails the test); SEED and
# NRANDOM choose the random strings (defaults 1 and 8 catalogs; the
# strings also depend on the awk at hand, as its rand() does); KEEP=dir
# keeps the scratch files in dir, a new or scratch directory; MAXFAIL
# is the number of failures after which the test stops (40).
# Exit status: 0 pass, 1 fail, 77 skip (a checker is not installed),
# 99 hard error, as automake's test harness reads it.

LC_ALL=C
export LC_ALL

: "${srcdir:=`dirname "$0"`/../..}"
here=$srcdir/tests/property
builddir=`pwd`
docgen=${DOCGEN:-./src/illumos-docgen}
case $docgen in
/*)	;;
*)	docgen=$builddir/$docgen ;;
esac
seed=${SEED:-1}
nrandom=${NRANDOM:-8}

if test ! -x "$docgen"; then
	echo "escape: the generator is not built: $docgen"
	exit 99
fi
for tool in mandoc groff col makeinfo; do
	if ! command -v $tool >/dev/null 2>&1; then
		echo "escape: SKIP: $tool is not installed"
		exit 77
	fi
done

# col(1) must know UTF-8 to pass the rendered pages through unharmed;
# the rest of the test works on bytes.
utf8=
for l in C.UTF-8 C.utf8 en_US.UTF-8 en_US.utf8; do
	if test "`LC_ALL=$l locale charmap 2>/dev/null`" = UTF-8; then
		utf8=$l
		break
	fi
done
if test -z "$utf8"; then
	echo "escape: SKIP: no UTF-8 locale for col(1)"
	exit 77
fi

if test -n "$KEEP"; then
	tmp=$KEEP
	mkdir -p "$tmp" || exit 99
	rm -f "$tmp/expect"
	rm -rf "$tmp"/c*.d
else
	tmp=`mktemp -d "${TMPDIR:-/tmp}/escape.XXXXXX" 2>/dev/null` || {
		tmp=${TMPDIR:-/tmp}/escape.$$
		mkdir "$tmp" || exit 99
	}
	trap 'rm -rf "$tmp"' 0
fi
trap 'exit 99' 1 2 13 15

awk -v dir="$tmp" -v seed="$seed" -v nrandom="$nrandom" \
    -f "$here/gen.awk" || exit 99
read ncat <"$tmp/count" || exit 99

fail=0
nfail=0

# report message: note a failed check, and stop after a screenful.
report() {
	echo "FAIL: $*"
	fail=1
	nfail=`expr $nfail + 1`
	if test $nfail -ge ${MAXFAIL:-40}; then
		echo "escape: too many failures, giving up"
		exit 1
	fi
}

# squeeze file: the file on one line, every run of white space one space.
squeeze() {
	awk 'BEGIN { ORS = "" }
	{ gsub(/[ \t\r]+/, " "); s = s " " $0 }
	END { gsub(/  +/, " ", s); print s " " }' "$1"
}

# The lines of /etc/passwd, and what id(1) prints, must never show.
secret=
if test -r /etc/passwd; then
	secret=`sed -n '/^root:/{p;q;}' /etc/passwd`
fi

k=1
while test $k -le $ncat; do
	cat=c$k
	for page in illumos-distros illumos-books; do
		base=$tmp/$cat.$page
		for fmt in mdoc texinfo; do
			case $fmt in
			mdoc)		ext=7 ;;
			texinfo)	ext=texi ;;
			esac
			# Standard output rather than -o, which would fsync.
			(cd "$tmp" &&
			    $DOCGEN_WRAP "$docgen" -T $fmt "$cat.rec" $page) \
			    >"$base.$ext" 2>"$base.docgen"
			status=$?
			if test $status -ne 0 || test -s "$base.docgen"; then
				report "$cat $page: -T $fmt: exit $status:"
				cat "$base.docgen"
			fi
		done
		test -f "$base.7" && test -f "$base.texi" || continue

		mandoc -Tutf8 -O width=1000 "$base.7" 2>"$base.mandoc.err" |
		    LC_ALL=$utf8 col -bx >"$base.mandoc"
		MANPATH=$tmp/noman mandoc -Tlint "$base.7" 2>&1 |
		    grep -v 'STYLE: referenced manual not found' \
		    >"$base.lint"
		test -s "$base.mandoc.err" && cat "$base.mandoc.err" >>"$base.lint"
		if test -s "$base.lint"; then
			report "$cat $page: mandoc -Tlint:"
			cat "$base.lint"
		fi

		groff -mandoc -Tutf8 -ww -P-c -rLL=1000n "$base.7" \
		    2>"$base.groff.err" | LC_ALL=$utf8 col -bx >"$base.groff"
		if test -s "$base.groff.err"; then
			report "$cat $page: groff -ww:"
			cat "$base.groff.err"
		fi

	done

	# makeinfo is slow to start, so each run takes both manuals of the
	# catalog: the plain text of both goes to one file, which then
	# stands for either page, and the Info files to a directory.
	mkdir "$tmp/$cat.d" || exit 99
	(cd "$tmp" && makeinfo --plaintext --no-split --fill-column=10000 \
	    "$cat.illumos-distros.texi" "$cat.illumos-books.texi" \
	    >"$cat.txt" &&
	    makeinfo --no-split --fill-column=10000 -o "$cat.d/" \
	    "$cat.illumos-distros.texi" "$cat.illumos-books.texi") \
	    2>"$tmp/$cat.makeinfo.err"
	if test -s "$tmp/$cat.makeinfo.err"; then
		report "$cat: makeinfo:"
		cat "$tmp/$cat.makeinfo.err"
	fi

	for page in illumos-distros illumos-books; do
		base=$tmp/$cat.$page
		test -f "$tmp/$cat.txt" && cp "$tmp/$cat.txt" "$base.txt"
		test -f "$tmp/$cat.d/$page.info" &&
		    cp "$tmp/$cat.d/$page.info" "$base.info"
		for r in mandoc groff txt info; do
			test -f "$base.$r" || continue
			squeeze "$base.$r" >"$base.$r.fold"
			if test -n "$secret" && grep -F "$secret" "$base.$r" \
			    >/dev/null; then
				report "$cat $page: $r shows /etc/passwd"
			fi
			if grep 'uid=[0-9]' "$base.$r" >/dev/null; then
				report "$cat $page: $r shows the output of id"
			fi
		done
	done
	k=`expr $k + 1`
done

# Every expected text in every rendering that should show it.
awk -F '\t' -v dir="$tmp" -v max="${MAXFAIL:-40}" '
function load(name,	line) {
	if (name in text)
		return text[name]
	text[name] = ""
	if ((getline line <name) > 0)
		text[name] = line
	close(name)
	return text[name]
}
function alnum(c) {
	return c ~ /[A-Za-z0-9]/
}
# Does the text show want as a whole?  A text that begins or ends with a
# letter or digit must not run into a neighbouring letter or digit, or
# "ab" would be found in "cabs"; punctuation may follow or precede it.
function shows(s, want,	p, w) {
	w = length(want)
	while ((p = index(s, want)) > 0) {
		if ((p == 1 || !alnum(substr(want, 1, 1)) ||
		    !alnum(substr(s, p - 1, 1))) &&
		    (p + w > length(s) || !alnum(substr(want, w, 1)) ||
		    !alnum(substr(s, p + w, 1))))
			return 1
		s = substr(s, p + 1)
	}
	return 0
}
{
	want = $5
	gsub(/[ \t]+/, " ", want)
	base = dir "/c" $1 "." $2
	n = split(($4 ~ /m/ ? "mandoc groff" : "") " " \
	    ($4 ~ /t/ ? "txt info" : "") " " ($4 ~ /i/ ? "info" : ""), r, " ")
	for (i = 1; i <= n; i++) {
		if (r[i] == "")
			continue
		if (!shows(load(base "." r[i] ".fold"), want)) {
			if (++bad <= max)
				printf "FAIL: c%s %s: %s: %s does not show: %s\n",
				    $1, $2, $3, r[i], $5
		}
	}
}
END {
	if (bad > max)
		printf "escape: %d more texts not shown\n", bad - max
	exit bad > 0
}' "$tmp/expect" || fail=1

# A control character in any text field is an error at its place.
ctl_fields="Name Provider LinuxAnalog Summary Description"
# The characters, in decimal: SOH, BS, VT, FF, ESC, DEL.
for c in 1 8 11 12 27 127; do
	for field in $ctl_fields; do
		awk -v field="$field" -v c="$c" '
		BEGIN { ch = sprintf("%c", c + 0) }
		$0 ~ "^" field ": " && !done && inset {
			line = NR
			col = length(field) + 4
			$0 = field ": x" ch "y"
			done = 1
		}
		/^%rec: Distribution/ { inset = 1 }
		{ print }
		END { print line ":" col > "/dev/stderr" }' \
		    "$tmp/c1.rec" >"$tmp/ctl.rec" 2>"$tmp/ctl.where"
		read where <"$tmp/ctl.where"
		(cd "$tmp" &&
		    $DOCGEN_WRAP "$docgen" -T mdoc ctl.rec illumos-distros) \
		    >"$tmp/ctl.out" 2>"$tmp/ctl.err"
		status=$?
		if test $status -ne 1; then
			report "character $c in $field: exit $status, expected 1"
		fi
		if test -s "$tmp/ctl.out"; then
			report "character $c in $field: output written"
		fi
		if ! grep "^ctl.rec:$where: error: " "$tmp/ctl.err" \
		    >/dev/null; then
			report "character $c in $field: no error at" \
			    "ctl.rec:$where:"
			cat "$tmp/ctl.err"
		fi
	done
done

if test $fail -eq 0; then
	echo "PASS: escape: $ncat catalogs (seed $seed), both pages," \
	    "mdoc and Texinfo"
fi
exit $fail
