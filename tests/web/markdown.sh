#!/bin/sh
#
# The Markdown page (illumos-docgen -T markdown) must parse with the
# real Markdown tools, and every fact of the catalog must reach pandoc's
# HTML of it: for each distribution its name linked to its Url, its
# provider (linked to its ProviderUrl where it has one), its Status
# ("?" where not known), a check mark in the Open source, bhyve, KVM and
# LX zones columns exactly where the catalog says yes and a question
# mark where it says unknown, and in the Platforms column the title of
# each of its Arch
# terms (or the Arch itself where no term names it), in catalog order;
# for each book its title linked to its Url; and every Source of a
# distribution or a book linked, with the day it was checked.
#
# pandoc is required (the test is skipped without it); lowdown is used
# when it is installed; recsel (GNU recutils) reads the expected facts
# straight from the catalog, independently of the generator.

. "$srcdir/tests/lib.sh"

PANDOC=${PANDOC:-`command -v pandoc 2>/dev/null`}
test -n "$PANDOC" ||
    skip "pandoc was not found; install it (Debian: apt-get install pandoc)"
LOWDOWN=${LOWDOWN:-`command -v lowdown 2>/dev/null`}
RECSEL=${RECSEL:-`command -v recsel 2>/dev/null`}
test -n "$RECSEL" ||
    hard_error "recsel was not found; install GNU recutils" \
    "(Debian: apt-get install recutils)"

# The page itself.
if ! "$DOCGEN" -T markdown "$CATALOG" >"$tmp/page.md" 2>"$tmp/err" ||
    test -s "$tmp/err"; then
	fail "illumos-docgen -T markdown failed or was not silent"
	show "$tmp/err"
fi
test -s "$tmp/page.md" || fail "the Markdown page is empty"

# lowdown, when installed, must parse it without a word.
if test -n "$LOWDOWN"; then
	if ! "$LOWDOWN" -Thtml "$tmp/page.md" >"$tmp/lowdown.html" \
	    2>"$tmp/err" || test -s "$tmp/err"; then
		fail "lowdown cannot parse the Markdown page"
		show "$tmp/err"
	fi
else
	echo "lowdown not found: that part of the test is left out"
fi

# So must pandoc, reading it as GitHub Flavored Markdown.
if ! "$PANDOC" -f gfm -t html --wrap=none "$tmp/page.md" \
    >"$tmp/page.html" 2>"$tmp/err" || test -s "$tmp/err"; then
	fail "pandoc -f gfm -t html cannot parse the Markdown page"
	show "$tmp/err"
fi

# The facts, from the catalog.
"$RECSEL" -t Distribution \
    -p Name,Url,Provider,ProviderUrl,Status,OpenSource,Arch,Bhyve,Kvm,Lx \
    "$CATALOG" >"$tmp/distros.rec" ||
    hard_error "recsel cannot read the distributions of $CATALOG"
"$RECSEL" -t Term -p Name,Title "$CATALOG" >"$tmp/terms.rec" ||
    hard_error "recsel cannot read the terms of $CATALOG"
"$RECSEL" -t Book -p Title,Url "$CATALOG" >"$tmp/books.rec" ||
    hard_error "recsel cannot read the books of $CATALOG"
test -s "$tmp/distros.rec" || hard_error "recsel found no distributions"
test -s "$tmp/books.rec" || hard_error "recsel found no books"

# The distributions table of the HTML as one line per row, the cells
# separated by tabs, with the header row first.  pandoc writes each
# <th> and <td> on a line of its own.
awk '
/<table>/	{ intable = 1; next }
/<\/table>/	{ intable = 0; exit }
!intable	{ next }
/^<tr/		{ row = ""; n = 0; next }
/^<\/tr>/	{ print row; next }
/^<t[hd][ >]/ {
	cell = $0
	sub(/^<t[hd][^>]*>/, "", cell)
	sub(/<\/t[hd]>$/, "", cell)
	row = (n++ ? row "\t" : "") cell
}' "$tmp/page.html" >"$tmp/rows.tsv"
test -s "$tmp/rows.tsv" || fail "pandoc's HTML has no distributions table"

# Compare.  Each distribution must have exactly one row, found by its
# first cell; then its cells by the column headings.
awk -F '\t' -v rows="$tmp/rows.tsv" -v terms="$tmp/terms.rec" '
function esc(s) {
	gsub(/&/, "\\&amp;", s)
	gsub(/</, "\\&lt;", s)
	gsub(/>/, "\\&gt;", s)
	gsub(/"/, "\\&quot;", s)
	return s
}
function link(text, url) {
	return "<a href=\"" esc(url) "\">" esc(text) "</a>"
}
# A three-valued fact: a check for yes, nothing for no, and a question
# mark for unknown, or where the catalog does not give it.
function mark(v) {
	if (v == "yes" || v == "true" || v == "1")
		return check_mark
	if (v == "no" || v == "false" || v == "0")
		return ""
	return "?"
}
# The titles of the Arch values, joined as the page joins them: the
# first term of a name gives its title.
function platforms(arch,    a, n, i, s) {
	n = split(arch, a, " ")
	s = ""
	for (i = 1; i <= n; i++)
		s = s (i > 1 ? ", " : "") \
		    esc(a[i] in title ? title[a[i]] : a[i])
	return s
}
function bad(msg) {
	print "FAIL: " msg
	nbad++
}
function want(name, col, expect,    c, got) {
	if (!(col in colno)) {
		bad("the table has no column " col)
		return
	}
	got = cells[colno[col]]
	if (got != expect)
		bad(name ": column " col " is \"" got "\", want \"" expect "\"")
}
function check(    i, e, found) {
	if (f["Name"] == "")
		return
	ndistros++
	key = link(f["Name"], f["Url"])
	found = 0
	for (i = 2; i <= nrows; i++) {
		split(row[i], c, "\t")
		if (c[1] == key) {
			found++
			split(row[i], cells, "\t")
		}
	}
	if (found != 1) {
		bad(f["Name"] ": want one table row whose first cell is " \
		    key ", found " found)
		split("", f)
		return
	}
	if (f["ProviderUrl"] != "")
		e = link(f["Provider"], f["ProviderUrl"])
	else
		e = esc(f["Provider"])
	want(f["Name"], "Provider", e)
	want(f["Name"], "Status", f["Status"] == "" || \
	    f["Status"] == "unknown" ? "?" : f["Status"])
	want(f["Name"], "Open source", mark(f["OpenSource"]))
	want(f["Name"], "Platforms", platforms(f["Arch"]))
	want(f["Name"], "bhyve", mark(f["Bhyve"]))
	want(f["Name"], "KVM", mark(f["Kvm"]))
	want(f["Name"], "LX zones", mark(f["Lx"]))
	split("", f)
}
BEGIN {
	check_mark = "\342\234\223"	# U+2713 CHECK MARK in UTF-8
	while ((getline line < terms) > 0) {
		if (line ~ /^Name: /)
			name = substr(line, 7)
		else if (line ~ /^Title: / && !(name in title))
			title[name] = substr(line, 8)
	}
	while ((getline line < rows) > 0)
		row[++nrows] = line
	n = split(row[1], head, "\t")
	for (i = 1; i <= n; i++)
		colno[head[i]] = i
	FS = "\n"
}
/^$/	{ check(); next }
{
	k = $0
	sub(/: .*/, "", k)
	v = substr($0, length(k) + 3)
	if (k == "Arch")
		f[k] = f[k] " " v
	else
		f[k] = v
}
END {
	check()
	if (nrows - 1 != ndistros)
		bad("the table has " nrows - 1 " rows for " ndistros \
		    " distributions")
	exit nbad > 0
}' "$tmp/distros.rec" >"$tmp/out" 2>&1 || {
	fail "distribution facts are missing from pandoc's HTML"
	cat "$tmp/out"
}

# Every book, its title linked to its Url, somewhere on the page.
awk '
function esc(s) {
	gsub(/&/, "\\&amp;", s)
	gsub(/</, "\\&lt;", s)
	gsub(/>/, "\\&gt;", s)
	gsub(/"/, "\\&quot;", s)
	return s
}
function emit() {
	if (t != "")
		print "<a href=\"" esc(u) "\">" esc(t) "</a>"
	t = u = ""
}
/^Title: /	{ t = substr($0, 8) }
/^Url: /	{ u = substr($0, 6) }
/^$/		{ emit() }
END		{ emit() }' "$tmp/books.rec" >"$tmp/books.want"
nbooks=0
while IFS= read -r want; do
	nbooks=`expr $nbooks + 1`
	grep -F -e "$want" "$tmp/page.html" >/dev/null ||
	    fail "no book link $want in pandoc's HTML"
done <"$tmp/books.want"
test "$nbooks" -gt 0 || fail "no books were read from the catalog"

# Every source of a distribution or a book is a link on the page, and
# so is every day on which one was checked.
for set in Distribution Book; do
	"$RECSEL" -t $set -P Source "$CATALOG" | sed '/^$/d'
done | sort -u >"$tmp/sources"
test -s "$tmp/sources" || fail "no sources were read from the catalog"
while IFS= read -r url; do
	grep -F -e "href=\"$url\"" "$tmp/page.html" >/dev/null ||
	    fail "no link to the source $url in pandoc's HTML"
done <"$tmp/sources"
for set in Distribution Book; do
	"$RECSEL" -t $set -P Checked "$CATALOG" | sed '/^$/d'
done | sort -u >"$tmp/checked"
while IFS= read -r day; do
	grep -F -e "checked $day" "$tmp/page.html" >/dev/null ||
	    fail "pandoc's HTML does not say that anything was checked $day"
done <"$tmp/checked"

finish
