#!/bin/sh
#
# The Markdown page (illumos-docgen -T markdown) must parse with the
# real Markdown tools, and every fact must reach pandoc's HTML of it.
# What the page is to show comes from the generator's list of facts
# (illumos-docgen -T facts), which walks the same table of fields as
# the writer, so a new fact needs no change here: the table of
# distributions, cell for cell as text (a check mark for yes in a
# column of bools, nothing for no), in catalog order; every link shown
# with a distribution; and, read from the catalog with recsel, each
# book's title linked to its Url and every Source of a distribution or
# a book linked, with the day it was checked.
#
# pandoc is required (the test is skipped without it); lowdown is used
# when it is installed.

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

# The facts as the page is to show them: the generator's own list of
# them (-T facts), which walks the same table of fields as the writer.
if ! "$DOCGEN" -T facts "$CATALOG" >"$tmp/facts" 2>"$tmp/err" ||
    test -s "$tmp/err"; then
	show "$tmp/err"
	hard_error "illumos-docgen -T facts failed or was not silent"
fi
"$RECSEL" -t Book -p Title,Url "$CATALOG" >"$tmp/books.rec" ||
    hard_error "recsel cannot read the books of $CATALOG"
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

# The same table as the list of facts has it: the headings, then a row
# for each distribution, its cells as the page must show them as text:
# a check mark for yes and nothing for no in a column of bools, and
# the cell itself elsewhere.  The HTML's cells are compared as text,
# their tags taken out and the character references undone; where a
# link goes is checked below.
tab=`printf '\t'`
web() {
	awk -F '\t' -v kind="$1" -v table=web -v sep="$tab" \
	    -f "$abs_srcdir/tests/facts.awk" "$tmp/facts"
}
web table >"$tmp/rows.want"
web type >"$tmp/types"
web row | awk -F '\t' -v types="$tmp/types" '
BEGIN	{ getline t <types; split(t, type, "\t") }
{
	for (i = 1; i <= NF; i++) {
		v = $i
		if (type[i] == "bool")
			v = v == "yes" ? "\342\234\223" : v == "no" ? "" : v
		printf "%s%s", v, (i < NF ? "\t" : "\n")
	}
}' >>"$tmp/rows.want"
test -s "$tmp/rows.want" || hard_error "-T facts lists no web table"
sed 's/<[^>]*>//g; s/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&#39;/'"'"'/g; s/&amp;/\&/g' \
    "$tmp/rows.tsv" >"$tmp/rows.got"
if ! cmp -s "$tmp/rows.want" "$tmp/rows.got"; then
	fail "the table of pandoc's HTML differs from -T facts" \
	    "(- facts, + HTML):"
	diff -u "$tmp/rows.want" "$tmp/rows.got" | sed 1,2d
fi

# Every link that the list of facts shows with a distribution is a link
# of the page: in the table or in the distribution's sources.
awk -F '\t' '$1 == "link" { print $5 }' "$tmp/facts" | sort -u \
    >"$tmp/links"
test -s "$tmp/links" || fail "-T facts lists no links"
while IFS= read -r url; do
	url=`printf '%s\n' "$url" | sed 's/&/\&amp;/g'`
	grep -F -e "href=\"$url\"" "$tmp/page.html" >/dev/null ||
	    fail "no link to $url in pandoc's HTML"
done <"$tmp/links"

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
