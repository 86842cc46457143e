#!/bin/sh
#
# The man pages and the Info manuals say the same facts, and they are
# the catalog's.  What the pages are to show comes from the generator's
# list of facts (illumos-docgen -T facts), which walks the same table of
# fields as the writers, so a new fact needs no change here; its links
# are checked against the catalog with recsel.  From each rendering a
# reader sees (mandoc and makeinfo --plaintext always; groff as man-db
# runs it, where groff is installed) this test takes:
#
# - for each distribution, its section (heading = its Name), which must
#   hold every link that the list of facts shows with it;
# - the comparison tables, cut into cells at the columns of their
#   heading rows, which must equal those of the list of facts, a row
#   for each distribution in catalog order;
# - for each book, its section (heading = its Title), which must hold
#   its Url;
# - for each choice, its entry (heading = its Title), which must name
#   each of its distributions.

: "${srcdir:=.}"
. "$srcdir/tests/render/common.sh"

need "$MANDOC" "$MAKEINFO" "$COL" "$RECSEL"

renderers="mandoc info"
if have "$GROFF"; then
	renderers="mandoc groff info"
else
	echo "note: groff is not installed; its rendering is not checked"
fi

for page in $pages; do
	man=`find_input "man/$page.7"` || exit 99
	texi=`find_input "info/$page.texi"` || exit 99
	for r in $renderers; do
		case $r in
		info)	render_info "$texi" ;;
		*)	render_$r "$man" ;;
		esac >"$tmp/$page.$r" 2>"$tmp/stderr"
		# makeinfo writes typographic apostrophes; the catalog
		# and the man renderings have plain ones.
		sed "s/’/'/g" "$tmp/$page.$r" >"$tmp/x" &&
		    mv "$tmp/x" "$tmp/$page.$r"
	done
done

# section KIND FILE HEADING: the lines of the section whose heading is
# HEADING, up to the next heading of the same or a higher level.  In the
# man renderings a subsection heading is indented 3 columns and a list
# item's head 5 (KIND man-ss, man-it); in the Info text a heading is a
# numbered line underlined with "*" or "=" (KIND info).
section()
{
	awk -v kind="$1" -v want="$3" '
	function head(i,   s) {
		s = line[i]
		if (kind == "info") {
			if (line[i + 1] !~ /^[*=]+$/ || s == "")
				return ""
			sub(/^[0-9.]+ /, "", s)
			return s
		}
		if (s ~ /^[^ ]/ || s ~ /^   [^ ]/)
			return substr(s, 4)
		if (kind == "man-it" && s ~ /^     [^ ]/)
			return substr(s, 6)
		return ""
	}
	{ line[NR] = $0 }
	END {
		for (i = 1; i <= NR; i++) {
			h = head(i)
			if (on && h != "")
				exit
			if (h == want)
				on = 1
			if (on)
				print line[i]
		}
	}' "$2"
}

# The facts as the pages are to show them: the generator's own list of
# them (-T facts), which walks the same table of fields as its writers.
# Each of its links is first checked against the catalog, read by
# recsel, so that the list cannot claim a link the catalog lacks.
docgen=${DOCGEN:-./src/illumos-docgen}
if ! "$docgen" -T facts "$catalog" >"$tmp/facts" 2>"$tmp/stderr" ||
    test -s "$tmp/stderr" || ! test -s "$tmp/facts"; then
	cat "$tmp/stderr"
	echo "error: illumos-docgen -T facts failed or was not silent"
	exit 99
fi
# facts KIND: the lines of that kind, without it, with "|" between the
# fields and the escapes of -T facts undone.
facts()
{
	awk -F '	' -v kind="$1" -f "$srcdir/tests/facts.awk" "$tmp/facts"
}

# The distributions: each has a section headed by its Name, which holds
# every link that the list of facts shows with it (in Info alone, where
# only the manual shows it).
recnames Distribution "$tmp/distros"
facts link >"$tmp/links"
while IFS='|' read -r name field where url; do
	recval Distribution "$name" "$field" >"$tmp/values" || exit 99
	grep -x -F -e "$url" "$tmp/values" >/dev/null ||
	    fail "-T facts shows $url as the $field of $name," \
	    "which the catalog does not say"
done <"$tmp/links"
for r in $renderers; do
	case $r in
	info)	kind=info ;;
	*)	kind=man-ss ;;
	esac
	out=$tmp/illumos-distros.$r
	while read -r name; do
		section $kind "$out" "$name" >"$tmp/sec"
		if ! test -s "$tmp/sec"; then
			fail "$r: no section headed \"$name\""
			continue
		fi
		while IFS='|' read -r n field where url; do
			test "$n" = "$name" || continue
			test $where = entry || test $r = info || continue
			if grep -F -e "$url" "$tmp/sec" >/dev/null; then
				echo "ok: $r: $name: $field $url"
			else
				fail "$r: section \"$name\" lacks its" \
				    "$field $url:"
				show "$tmp/sec"
			fi
		done <"$tmp/links"
	done <"$tmp/distros"
done

# The comparison tables, one row a line with "|" between the cells, as
# -T facts has them, and the names of their columns.  Each has a row
# for every distribution of the catalog, in its order.
facts table | sed -n 's/^\([0-9][0-9]*\)|/\1 /p' >"$tmp/tables"
test -s "$tmp/tables" || fail "-T facts lists no comparison table"
while read -r t labels; do
	facts row | sed -n "s/^$t|//p" >"$tmp/table$t.want"
	cut -d '|' -f 1 "$tmp/table$t.want" | cmp -s - "$tmp/distros" ||
	    fail "-T facts: the rows of table $t are not the distributions"
done <"$tmp/tables"

# table FILE LABELS: the rows of the rendered table whose heading row
# holds LABELS ("|" between them, in order), cut at the columns where
# the labels start; rules of dashes are left out.
table()
{
	awk -v labels="$2" '
	function trim(s) { sub(/^ +/, "", s); sub(/ +$/, "", s); return s }
	BEGIN {
		n = split(labels, lab, "|")
		pat = "^ *"
		for (i = 1; i <= n; i++)
			pat = pat lab[i] (i < n ? " +" : " *$")
	}
	!on && $0 ~ pat {
		from = 1
		for (i = 1; i <= n; i++) {
			col[i] = from - 1 + index(substr($0, from), lab[i])
			from = col[i] + length(lab[i])
		}
		col[n + 1] = 10000
		on = 1
		next
	}
	on && /^ *$/ { exit }
	on && /^ *-+ *$/ { next }
	on {
		row = ""
		for (i = 1; i <= n; i++)
			row = row (i > 1 ? "|" : "") \
			    trim(substr($0, col[i], col[i + 1] - col[i]))
		print row
	}' "$1"
}

for r in $renderers; do
	while read -r t labels; do
		table "$tmp/illumos-distros.$r" "$labels" >"$tmp/table.got"
		if cmp -s "$tmp/table$t.want" "$tmp/table.got"; then
			echo "ok: $r: comparison table $t equals the catalog"
		else
			fail "$r: comparison table $t differs from the" \
			    "catalog (- catalog, + rendering):"
			diff -u "$tmp/table$t.want" "$tmp/table.got" |
			    sed 1,2d
		fi
	done <"$tmp/tables"
done

# entries SET PAGE FIELD: for each record of SET, its entry in each
# rendering of PAGE, headed by its Title, holds every value of FIELD.
entries()
{
	recnames $1 "$tmp/names.$1"
	for r in $renderers; do
		case $r in
		info)	kind=info ;;
		*)	kind=man-it ;;
		esac
		while read -r title; do
			section $kind "$tmp/$2.$r" "$title" >"$tmp/sec"
			if ! test -s "$tmp/sec"; then
				fail "$r: no entry headed \"$title\""
				continue
			fi
			recval $1 "$title" $3 >"$tmp/values" || exit 99
			while read -r value; do
				if grep -F -e "$value" "$tmp/sec" >/dev/null
				then
					echo "ok: $r: $title: $value"
				else
					fail "$r: entry \"$title\" lacks its" \
					    "$3 $value:"
					show "$tmp/sec"
				fi
			done <"$tmp/values"
		done <"$tmp/names.$1"
	done
}

# The books, with their links, and the choices, with the distributions
# that fit each.
entries Book illumos-books Url
entries Choice illumos-distros Distribution

exit $failed
