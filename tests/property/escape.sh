#!/bin/sh
#
# Property test of the escaping: no text in the catalog may become a
# roff request, an mdoc macro, a Texinfo command or Markdown markup, and
# every text field must read in the rendered pages exactly as it was
# written.
#
# gen.awk writes a few dozen small catalogs whose text fields hold the
# fixed attacks (each in every field) and pseudo-random strings from a
# fixed seed: printable ASCII, the characters that mean something to
# roff, mdoc or Texinfo, words that mdoc would call as macros, the
# names of the BSDs, which mdoc has macros for, words ending in "()",
# which mandoc takes for functions, and UTF-8 letters, Unicode's
# combining marks, compatibility characters and white space, and what
# Markdown's extensions make links and emoji of; the links are random
# too, many of them longer than a line.  For each catalog both pages
# are generated in both formats, and the Markdown page, and then
#
#  - mandoc -Tutf8 and groff -mandoc -Tutf8 (bold and underline taken
#    out) show every field of the page verbatim, and makeinfo
#    --plaintext shows it too, once runs of white space are folded to
#    one space on both sides (and canon() below has made canonically
#    equivalent text the same);
#  - mandoc -Tlint -Wall reports nothing but "referenced manual not found"
#    and "outdated mandoc.db lacks" (with an empty MANPATH, so that the
#    installed manuals do not matter),
#    groff -ww prints nothing, at 80 columns too (where it would warn
#    of a line it cannot break), and makeinfo prints nothing, with
#    every table 79 columns wide at most;
#  - every link in mandoc -Thtml is one of the catalog's, as written,
#    and every link to a subsection leads to one;
#  - pandoc -f gfm and lowdown read the Markdown page without a word,
#    their HTML holds no markup but what the page's layout and the
#    inline markup of prose make (no link, emoji, superscript or
#    definition made of other text), its links are exactly those of
#    the catalog, as written, and of the manual pages that its prose
#    marks up, and its text shows every field that the page shows, as
#    written (a marked-up word as each rendering shows it, which
#    gen.awk works out); lowdown is run with
#    --out-no-smarty, as its typographic quotes and dashes are not
#    markup;
#  - no rendering shows a line of /etc/passwd or the output of id(1).
#
# Then a control character in any text field must be rejected with exit
# status 1 and a file:line:column error, and so must U+0085, the Bidi
# controls and Unicode's noncharacters.
#
# pandoc and lowdown are used when they are installed; the Markdown
# checks of a missing one are left out, and the test says so.
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
for tool in mandoc groff makeinfo; do
	if ! command -v $tool >/dev/null 2>&1; then
		echo "escape: SKIP: $tool is not installed"
		exit 77
	fi
done

# The overstrikes of bold and underline are taken out of the rendered
# pages character by character, which needs a UTF-8 locale; the rest of
# the test works on bytes.  (col -b would do it, but it drops combining
# marks and some of Unicode's spaces.)
utf8=
for l in C.UTF-8 C.utf8 en_US.UTF-8 en_US.utf8; do
	if test "`LC_ALL=$l locale charmap 2>/dev/null`" = UTF-8; then
		utf8=$l
		break
	fi
done
if test -z "$utf8"; then
	echo "escape: SKIP: no UTF-8 locale to read the rendered pages"
	exit 77
fi
bs=`printf '\b'`

# unstrike: standard input without the character before each backspace.
unstrike() {
	LC_ALL=$utf8 sed "s/.$bs//g"
}
md=
for tool in pandoc lowdown; do
	if command -v $tool >/dev/null 2>&1; then
		md="$md $tool"
	else
		echo "escape: $tool is not installed: its checks are left out"
	fi
done

# hard message: the test cannot go on.  Every way out says why, so that
# a run that ends early never leaves an empty log.
hard() {
	echo "escape: ERROR: $*"
	exit 99
}

if test -n "$KEEP"; then
	tmp=$KEEP
	mkdir -p "$tmp" || hard "cannot make $tmp"
	rm -f "$tmp/expect"
	rm -rf "$tmp"/c*.d
else
	tmp=`mktemp -d "${TMPDIR:-/tmp}/escape.XXXXXX" 2>/dev/null` || {
		tmp=${TMPDIR:-/tmp}/escape.$$
		mkdir "$tmp" || hard "cannot make $tmp"
	}
	trap 'rm -rf "$tmp"' 0
fi
for sig in HUP INT PIPE TERM; do
	trap "hard 'killed by SIG$sig'" $sig
done

awk -v dir="$tmp" -v seed="$seed" -v nrandom="$nrandom" \
    -f "$here/utf8.awk" -f "$here/gen.awk" ||
    hard "gen.awk failed (exit status $?)"
# A full disk leaves gen.awk's files short without a word from awk.
read ncat <"$tmp/count" && test -s "$tmp/c$ncat.rec" ||
    hard "gen.awk did not write its catalogs whole into $tmp (disk full?)"

fail=0
nfail=0

# program name: standard input, an awk program, becomes $tmp/name.awk.
# The programs that call u() are kept in files: awk takes a program
# either from its command line or from files named with -f, never both,
# and u() is in a file, utf8.awk, which every such run loads first.
program() {
	cat >"$tmp/$1.awk" || hard "cannot write $tmp/$1.awk"
}

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

# probe hex field: write ctl.rec, the first catalog with the value of
# the first such field of a distribution made "x", the character of
# code point hex, and "y"; ctl.where gets the line and column of the
# character.  Then run the generator on it.
program probe <<'EOF'
BEGIN {
	for (i = 1; i <= length(hex); i++)
		cp = cp * 16 + index("0123456789ABCDEF", substr(hex, i, 1)) - 1
	ch = u(cp)
}
$0 ~ "^" field ": " && !done && inset {
	line = NR
	col = length(field) + 4
	$0 = field ": x" ch "y"
	done = 1
}
/^%rec: Distribution/ { inset = 1 }
{ print }
END { print line ":" col > "/dev/stderr" }
EOF
probe() {
	awk -v field="$2" -v hex="$1" \
	    -f "$here/utf8.awk" -f "$tmp/probe.awk" \
	    "$tmp/c1.rec" >"$tmp/ctl.rec" 2>"$tmp/ctl.where"
	read where <"$tmp/ctl.where"
	(cd "$tmp" &&
	    $DOCGEN_WRAP "$docgen" -T mdoc ctl.rec illumos-distros) \
	    >"$tmp/ctl.out" 2>"$tmp/ctl.err"
	status=$?
}

# refused what: the generator, run by probe, must have refused the
# character with exit status 1 and an error at its place, and written
# nothing.
refused() {
	if test $status -ne 1; then
		report "$1: exit $status, expected 1"
	fi
	if test -s "$tmp/ctl.out"; then
		report "$1: output written"
	fi
	if ! grep "^ctl.rec:$where: error: " "$tmp/ctl.err" >/dev/null; then
		report "$1: no error at ctl.rec:$where:"
		cat "$tmp/ctl.err"
	fi
}

# Canonically equivalent text is the same text, as Unicode has it, and
# groff and pandoc write U+2126 OHM SIGN as U+03A9, U+212B ANGSTROM SIGN
# as U+00C5 and U+2000 and U+2001 as U+2002 and U+2003, their
# equivalents: canon() makes the same change wherever text is compared.
# It also makes every white space character of Unicode a space, as
# makeinfo folds them with the spaces around them.
canon='
function canon(s,	i, n, w) {
	gsub("\342\204\246", "\316\251", s)
	gsub("\342\204\253", "\303\205", s)
	n = split("\302\240 \341\232\200 \342\200\250 \342\200\251 " \
	    "\342\200\257 \342\201\237 \343\200\200", w, " ")
	for (i = 1; i <= n; i++)
		gsub(w[i], " ", s)
	# U+2000 to U+200A.
	gsub("\342\200[\200-\212]", " ", s)
	return s
}'

# squeeze file: the file on one line, every run of white space one space.
squeeze() {
	awk "$canon"'
	BEGIN { ORS = "" }
	{ gsub(/[ \t\r]+/, " "); s = s " " canon($0) }
	END { gsub(/  +/, " ", s); print s " " }' "$1"
}

# decode(s): s with HTML's character references decoded, for hrefs and
# html.
program decode <<'EOF'
function decode(s,	out, ref, cp, i, d) {
	out = ""
	while (match(s, /&(#[0-9]+|#[xX][0-9A-Fa-f]+|amp|lt|gt|quot|apos);/)) {
		ref = substr(s, RSTART + 1, RLENGTH - 2)
		out = out substr(s, 1, RSTART - 1)
		s = substr(s, RSTART + RLENGTH)
		if (ref == "amp")
			out = out "&"
		else if (ref == "lt")
			out = out "<"
		else if (ref == "gt")
			out = out ">"
		else if (ref == "quot")
			out = out "\""
		else if (ref == "apos")
			out = out "\047"
		else {
			cp = 0
			if (ref ~ /^#[xX]/)
				for (i = 3; i <= length(ref); i++) {
					d = index("0123456789abcdef",
					    tolower(substr(ref, i, 1)))
					cp = cp * 16 + d - 1
				}
			else
				cp = substr(ref, 2) + 0
			out = out u(cp)
		}
	}
	return out s
}
EOF

# hrefs: the links of the HTML on standard input, one a line, decoded.
program hrefs <<'EOF'
{
	s = $0
	while (match(s, /href="[^"]*"/)) {
		# decode() calls match(), which sets RSTART.
		h = substr(s, RSTART + 6, RLENGTH - 7)
		s = substr(s, RSTART + RLENGTH)
		print decode(h)
	}
}
EOF
hrefs() {
	awk -f "$here/utf8.awk" -f "$tmp/decode.awk" -f "$tmp/hrefs.awk"
}

# html file: the text of the HTML of the Markdown page, decoded, on one
# line, each tag made a space; the names of the tags that the page's
# layout does not make go to standard error.  A '<' in the text is
# written "&lt;", so each '<' starts a tag or a comment.
program html <<'EOF'
BEGIN {
	split("h1 h2 h3 h4 p a table thead tbody tr th td ul li code", t,
	    " ")
	for (i = 1; i in t; i++)
		ok[t[i]] = 1
	ORS = ""
}
{ all = all $0 "\n" }
END {
	s = all
	text = ""
	while ((i = index(s, "<")) > 0) {
		text = text substr(s, 1, i - 1) " "
		s = substr(s, i)
		if (substr(s, 1, 4) == "<!--") {
			j = index(s, "-->")
			s = j > 0 ? substr(s, j + 3) : ""
			continue
		}
		j = index(s, ">")
		tag = j > 0 ? substr(s, 1, j) : s
		s = j > 0 ? substr(s, j + 1) : ""
		name = tag
		sub(/^<\/?/, "", name)
		sub(/[^A-Za-z0-9].*/, "", name)
		if (!(tolower(name) in ok))
			print tag "\n" > "/dev/stderr"
	}
	print decode(text s) "\n"
}
EOF
html() {
	awk -f "$here/utf8.awk" -f "$tmp/decode.awk" -f "$tmp/html.awk" "$1"
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

		# An empty MANPATH here too: mandoc looks up the pages that .Xr
		# names, and a mandoc.db elsewhere on the machine, made while a
		# package was being installed, must not speak in this test.
		MANPATH=$tmp/noman mandoc -Tutf8 -O width=1000 "$base.7" \
		    2>"$base.mandoc.err" |
		    unstrike >"$base.mandoc"
		# mandoc also says "outdated mandoc.db lacks" of a page
		# that is installed but not yet in its database, such as
		# one of ours on a machine that has the package.
		MANPATH=$tmp/noman mandoc -Tlint -Wall "$base.7" 2>&1 |
		    grep -v -e 'STYLE: referenced manual not found' \
		    -e 'outdated mandoc\.db lacks' >"$base.lint"
		test -s "$base.mandoc.err" && cat "$base.mandoc.err" >>"$base.lint"
		if test -s "$base.lint"; then
			report "$cat $page: mandoc -Tlint:"
			cat "$base.lint"
		fi

		groff -mandoc -Tutf8 -ww -P-c -rLL=1000n "$base.7" \
		    2>"$base.groff.err" | unstrike >"$base.groff"
		if test -s "$base.groff.err"; then
			report "$cat $page: groff -ww:"
			cat "$base.groff.err"
		fi
		# At the width of a terminal, every line must break: a long
		# link after its '/'s, and the rest between words, which the
		# generator keeps narrow enough, as it keeps every table.
		groff -mandoc -Tutf8 -ww -z "$base.7" >"$base.groff80.err" 2>&1
		if test -s "$base.groff80.err"; then
			report "$cat $page: groff -ww at 80 columns:"
			cat "$base.groff80.err"
		fi

		# The break points of a long link must not reach its href.
		mandoc -Thtml "$base.7" 2>/dev/null >"$base.html"
		hrefs <"$base.html" | grep '^http' | sort -u >"$base.hrefs"
		sort -u "$tmp/$cat.urls" | comm -23 "$base.hrefs" - \
		    >"$base.badhrefs"
		if test -s "$base.badhrefs"; then
			report "$cat $page: mandoc -Thtml links to what the" \
			    "catalog does not:"
			cat "$base.badhrefs"
		fi
		# Each reference to a subsection leads to the one of its
		# name: mandoc names a heading's anchor after its text,
		# unless a cell or a heading took that name before, and
		# makes one anchor of names that differ in some characters.
		tr '\n' ' ' <"$base.html" | sed 's/  */ /g' >"$base.html1"
		grep -o '<a class="Sx" href="#[^"]*">[^<]*<' "$base.html1" |
		    sed 's/.*href="#//; s/">/ /; s/<$//' | sort -u >"$base.sx"
		grep -o '<h2 class="Ss" id="[^"]*"><a class="permalink"[^>]*>[^<]*<' \
		    "$base.html1" | sed 's/.*id="//; s/".*">/ /; s/<$//' |
		    sort -u >"$base.ss"
		comm -23 "$base.sx" "$base.ss" >"$base.badsx"
		if test -s "$base.badsx"; then
			report "$cat $page: mandoc -Thtml links to no" \
			    "subsection:"
			cat "$base.badsx"
		fi
	done

	# makeinfo is slow to start, so each run takes both manuals of the
	# catalog: the plain text of both goes to one file, which then
	# stands for either page, and the Info files to a directory.
	mkdir "$tmp/$cat.d" || hard "cannot make $tmp/$cat.d"
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
	# A table lays out its columns whatever the fill column, and the
	# rule under its headings is as wide as it: each must fit an Info
	# window of 80 columns.
	awk '/^---*$/ && length > 79' "$tmp/$cat.txt" >"$tmp/$cat.rules"
	if test -s "$tmp/$cat.rules"; then
		report "$cat: an Info table is wider than 79 columns:"
		cat "$tmp/$cat.rules"
	fi

	# The Markdown page holds both pages; pandoc and lowdown read it.
	(cd "$tmp" && $DOCGEN_WRAP "$docgen" -T markdown "$cat.rec") \
	    >"$tmp/$cat.md" 2>"$tmp/$cat.md.err"
	status=$?
	if test $status -ne 0 || test -s "$tmp/$cat.md.err"; then
		report "$cat: -T markdown: exit $status:"
		cat "$tmp/$cat.md.err"
	fi
	for r in $md; do
		case $r in
		pandoc)	pandoc -f gfm -t html --wrap=none "$tmp/$cat.md" ;;
		lowdown) lowdown -Thtml --out-no-smarty "$tmp/$cat.md" ;;
		esac >"$tmp/$cat.$r.html" 2>"$tmp/$cat.$r.err"
		status=$?
		if test $status -ne 0 || test -s "$tmp/$cat.$r.err"; then
			report "$cat: $r: exit $status:"
			cat "$tmp/$cat.$r.err"
		fi
		html "$tmp/$cat.$r.html" >"$tmp/$cat.$r" 2>"$tmp/$cat.$r.tags"
		if test -s "$tmp/$cat.$r.tags"; then
			report "$cat: $r makes markup of text:" \
			    `sort -u "$tmp/$cat.$r.tags"`
		fi
		hrefs <"$tmp/$cat.$r.html" | sort >"$tmp/$cat.$r.hrefs"
		if ! sort "$tmp/$cat.links" | cmp -s - "$tmp/$cat.$r.hrefs"
		then
			report "$cat: the links that $r reads are not the" \
			    "catalog's (<) but (>):"
			sort "$tmp/$cat.links" |
			    diff - "$tmp/$cat.$r.hrefs" | grep '^[<>]'
		fi
	done

	for page in illumos-distros illumos-books; do
		base=$tmp/$cat.$page
		test -f "$tmp/$cat.txt" && cp "$tmp/$cat.txt" "$base.txt"
		test -f "$tmp/$cat.d/$page.info" &&
		    cp "$tmp/$cat.d/$page.info" "$base.info"
		for r in $md; do
			cp "$tmp/$cat.$r" "$base.$r"
		done
		for r in mandoc groff txt info $md; do
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
awk -F '\t' -v dir="$tmp" -v max="${MAXFAIL:-40}" -v md="$md" "$canon"'
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
# The expected text is in field 5 as the manual pages show it, in 6 as
# the Info manuals do and in 7 as the web page does.
{
	base = dir "/c" $1 "." $2
	n = split(($4 ~ /m/ ? "mandoc groff" : "") " " \
	    ($4 ~ /t/ ? "txt info" : "") " " ($4 ~ /i/ ? "info" : "") " " \
	    ($4 ~ /w/ ? md : ""), r, " ")
	for (i = 1; i <= n; i++) {
		if (r[i] == "")
			continue
		want = canon(r[i] ~ /^(mandoc|groff)$/ ? $5 : \
		    r[i] ~ /^(txt|info)$/ ? $6 : $7)
		gsub(/[ \t]+/, " ", want)
		gsub(/  +/, " ", want)
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

# A character that must be refused is an error at its place, in any
# text field.  The C0 controls SOH, BS, VT, FF and ESC and DEL, and
# U+0085, a C1 control, are obeyed by terminals; the Bidi controls
# (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) reorder
# the text around them unseen; the line and paragraph separators
# (U+2028, U+2029) vanish in mandoc and groff; the noncharacters (a few
# of the 66) are not for interchange.
for hex in 0001 0008 000B 000C 001B 007F 0085 \
    061C 200E 200F 2028 2029 202A 202B 202C 202D 202E 2066 2067 2068 2069 \
    FDD0 FDEF FFFE FFFF 1FFFE 10FFFF; do
	for field in Name Provider LinuxAnalog Summary Description; do
		probe $hex $field
		refused "U+$hex in $field"
	done
done

if test $fail -eq 0; then
	echo "PASS: escape: $ncat catalogs (seed $seed), both pages," \
	    "mdoc, Texinfo and Markdown"
fi
exit $fail
