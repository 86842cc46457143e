#!/bin/sh
#
# The man pages and the Info manuals say the same facts, and they are
# the catalog's.  From each rendering a reader sees (mandoc and makeinfo
# --plaintext always; groff as man-db runs it, where groff is
# installed) this test takes:
#
# - for each distribution, its section (heading = its Name), which must
#   hold its Url, ProviderUrl and PackagingUrl where it has them;
# - the four comparison tables, cut into cells at the columns of their
#   heading rows, which must equal the tables made here from the
#   catalog: Name, Status, Packaging and platforms; Name, Open source,
#   bhyve, KVM and LX zones ("?" for what is not known); Name, Linux
#   analogue ("-" where there is none) and Focus; Name and Provider.
#   In Info each name is a cross reference, "*note NAME::";
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

# The distributions.
recnames Distribution "$tmp/distros"
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
		for field in Url ProviderUrl PackagingUrl; do
			recval Distribution "$name" $field >"$tmp/urls" ||
			    exit 99
			while read -r url; do
				if grep -F -e "$url" "$tmp/sec" >/dev/null
				then
					echo "ok: $r: $name: $field $url"
				else
					fail "$r: section \"$name\" lacks" \
					    "its $field $url:"
					show "$tmp/sec"
				fi
			done <"$tmp/urls"
		done
	done <"$tmp/distros"
done

# The comparison tables the catalog calls for, one row a line, cells
# separated by "|": status, packaging and platforms; what each offers;
# what each is for; who makes each.
# What the catalog leaves open ("unknown", or a Status or Packaging it
# does not give) is a question mark.
ask() { case $1 in ''|unknown) echo '?' ;; *) echo "$1" ;; esac; }
while read -r name; do
	focus=`recval Distribution "$name" Focus | sed -n 'H; ${x; s/^\n//; s/\n/, /g; p; }'`
	status=`recval Distribution "$name" Status`
	pkg=`recval Distribution "$name" Packaging`
	arch=`recval Distribution "$name" Arch |
	    sed 's/^sparc$/SPARC/' | sed -n 'H; ${x; s/^\n//; s/\n/, /g; p; }'`
	echo "$name|`ask "$status"`|`ask "$pkg"`|$arch"
	linux=`recval Distribution "$name" LinuxAnalog`
	echo "$name|${linux:--}|$focus" >>"$tmp/table3.want"
	echo "$name|`recval Distribution "$name" Provider`" >>"$tmp/table4.want"
done <"$tmp/distros" >"$tmp/table1.want"
while read -r name; do
	row=$name
	for field in OpenSource Bhyve Kvm Lx; do
		row="$row|`ask "\`recval Distribution "$name" $field\`"`"
	done
	echo "$row"
done <"$tmp/distros" >"$tmp/table2.want"

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
	for t in 1 2 3 4; do
		case $t in
		1)	labels='Name|Status|Packaging|Platforms' ;;
		2)	labels='Name|Open source|bhyve|KVM|LX zones' ;;
		3)	labels='Name|Linux analogue|Focus' ;;
		4)	labels='Name|Provider' ;;
		esac
		# Info's cross references, "*note NAME::" or "*note
		# NAME: NODE.", are shown here as the NAME they show.
		table "$tmp/illumos-distros.$r" "$labels" |
		    sed 's/^\*note \([^:]*\)::/\1/; s/^\*note \([^:]*\): [^.]*\./\1/' \
		    >"$tmp/table.got"
		if cmp -s "$tmp/table$t.want" "$tmp/table.got"; then
			echo "ok: $r: comparison table $t equals the catalog"
		else
			fail "$r: comparison table $t differs from the" \
			    "catalog (- catalog, + rendering):"
			diff -u "$tmp/table$t.want" "$tmp/table.got" |
			    sed 1,2d
		fi
	done
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
