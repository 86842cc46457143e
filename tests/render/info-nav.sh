#!/bin/sh
#
# The Info manuals as a reader reaches them with the standalone reader:
#
# - "info -f FILE -n NODE -o -" prints each distribution's and each
#   book's node, with its web address (info falls back to Top without
#   an error when a node is missing, so the header line is checked);
# - the Index node of illumos-distros lists LX, KVM, SPARC and each
#   packaging system, pointing at exactly the distributions that have
#   it in the catalog, plus the node that explains it; the Index of
#   illumos-books lists every title;
# - install-info reads the @direntry: on a scratch dir file the entry
#   "* illumos-distros: (illumos-distros)." sits under "illumos";
# - with that dir file, "info illumos-distros" opens Top and
#   "info illumos-distros OmniOS" follows the menu to a distribution.
#
# The manuals are the .info files the build made (in the build or the
# source directory); without them, they are made here with makeinfo.

: "${srcdir:=.}"
. "$srcdir/tests/render/common.sh"

need info "$INSTALL_INFO" "$RECSEL"

infodir=$tmp/info
mkdir "$infodir" || exit 99
for page in $pages; do
	info_file $page "$infodir"
done
cd "$infodir" || exit 99

# node MANUAL NODE: print NODE of MANUAL to $tmp/node; fail unless the
# reader really went there.
node()
{
	info -f "./$1.info" -n "$2" -o - >"$tmp/node" 2>&1
	if sed -n 1p "$tmp/node" | grep -F "Node: $2," >/dev/null; then
		return 0
	fi
	fail "info -n '$2' on $1.info did not print that node; it printed:"
	sed 5q "$tmp/node" | show /dev/stdin
	return 1
}

# has FILE TEXT WHAT: FILE contains TEXT.
has()
{
	if grep -F -e "$2" "$1" >/dev/null; then
		return 0
	fi
	fail "$3 lacks \"$2\""
	return 1
}

# slug TITLE: the node name the generator makes of a title.
slug()
{
	echo "$1" | sed 's/[.,:()]//g; s/  */ /g; s/^ //; s/ $//'
}

# Every distribution's node, with its web site.
recnames Distribution "$tmp/distros"
while read -r name; do
	node illumos-distros "$name" || continue
	url=`recval Distribution "$name" Url`
	has "$tmp/node" "$url" "node '$name'" &&
	    echo "ok: node '$name' shows $url"
done <"$tmp/distros"

# Every book's node, with its address.
recnames Book "$tmp/books"
while read -r title; do
	s=`slug "$title"`
	node illumos-books "$s" || continue
	url=`recval Book "$title" Url`
	has "$tmp/node" "$url" "node '$s'" &&
	    echo "ok: node '$s' shows $url"
done <"$tmp/books"

# index MANUAL: the Index node as "TERM<tab>NODE" lines, with the " <N>"
# that tells repeated terms apart removed and curly apostrophes made
# plain.  A long entry puts its "(line N)" on the next line.
index()
{
	node "$1" Index || return 1
	sed -n "s/’/'/g
	    s/^\* \(.*\):[[:space:]]\{1,\}\([^[:space:]].*\)\.\([[:space:]]*(line *[0-9]*)\)\{0,1\}\$/\1	\2/p" \
	    "$tmp/node" | sed 's/ <[0-9]*>	/	/' >"$tmp/index.$1"
	test -s "$tmp/index.$1" || {
		fail "no index entries found in $1's Index node:"
		show "$tmp/node"
		return 1
	}
}

# check_term TERM NODE EXPRESSION: the Index lists TERM at NODE (the
# node that explains it) and at every distribution for which the recsel
# EXPRESSION holds, and nowhere else.
check_term()
{
	{
		echo "$2"
		"$RECSEL" -t Distribution -e "$3" -C -P Name "$catalog"
	} | sort -u >"$tmp/want"
	awk -F '	' -v t="$1" '$1 == t { print $2 }' \
	    "$tmp/index.illumos-distros" | sort -u >"$tmp/got"
	if cmp -s "$tmp/want" "$tmp/got"; then
		echo "ok: Index entry $1 ->" `cat "$tmp/got"`
	else
		fail "Index entry $1 should point at exactly these nodes:"
		show "$tmp/want"
		echo "but points at:"
		show "$tmp/got"
	fi
}

if index illumos-distros; then
	check_term LX Virtualization "Lx = 'yes'"
	check_term KVM Virtualization "Kvm = 'yes'"
	check_term SPARC Platforms "Arch = 'sparc'"
	for p in IPS pkgsrc APT SVR4; do
		check_term $p "Packaging systems" "Packaging = '$p'"
	done
	# A distribution's name points at its own node only: the
	# expression selects no record, so no more nodes are wanted.
	while read -r name; do
		check_term "$name" "$name" "Name = ''"
	done <"$tmp/distros"
fi

if index illumos-books; then
	while read -r title; do
		s=`slug "$title"`
		# The entry is the title, or its slug where the title
		# holds a colon, which an Info menu entry cannot.
		if awk -F '	' -v t="$title" -v n="$s" \
		    '($1 == t || $1 == n) && $2 == n { f = 1 }
		    END { exit !f }' \
		    "$tmp/index.illumos-books"; then
			echo "ok: Index entry '$title' -> $s"
		else
			fail "illumos-books Index has no entry '$title' -> '$s'"
		fi
	done <"$tmp/books"
fi

# The dir file, as "make install" would make it.
for page in $pages; do
	"$INSTALL_INFO" --dir-file="$infodir/dir" --info-file="$page.info" \
	    >"$tmp/ii" 2>&1 || {
		fail "install-info failed on $page.info:"
		show "$tmp/ii"
	}
done
# The entries must follow the "illumos" category line, before any
# other category (a line that starts neither with "* " nor a blank).
# An install-info that succeeds and writes no dir file (pkgsrc's, during
# a build, by design) leaves nothing to read here.
dir_pages=$pages
if test ! -e "$infodir/dir"; then
	echo "$INSTALL_INFO wrote no dir file: its entries are not checked here"
	dir_pages=
fi
for page in $dir_pages; do
	if awk -v e="* $page: ($page)." '
	    /^illumos$/ { c = 1; next }
	    c && /^[^* \t]/ { c = 0 }
	    c && index($0, e) == 1 { f = 1 }
	    END { exit !f }' "$infodir/dir"; then
		echo "ok: dir lists \"* $page: ($page).\" under illumos"
	else
		fail "dir file lacks \"* $page: ($page).\" under illumos:"
		show "$infodir/dir"
	fi
done

# go WHAT NODE ARGS...: "info ARGS" through the dir file lands on NODE.
go()
{
	_what=$1 _want=$2
	shift 2
	INFOPATH=$infodir info --directory "$infodir" -o - "$@" \
	    >"$tmp/go" 2>&1
	if sed -n 1p "$tmp/go" | grep -F "Node: $_want," >/dev/null; then
		echo "ok: info $_what opens $_want"
	else
		fail "info $_what should open node $_want; it printed:"
		sed 5q "$tmp/go" | show /dev/stdin
	fi
}

go "illumos-distros" Top illumos-distros
go "illumos-books" Top illumos-books
go "illumos-distros OmniOS" "OmniOS" illumos-distros OmniOS
go "illumos-distros 'Danube Cloud'" "Danube Cloud" illumos-distros \
    "Danube Cloud"
go "illumos-books Guides" Guides illumos-books Guides
go "illumos-books Guides 'Dynamic Tracing'" "Dynamic Tracing Guide" \
    illumos-books Guides "Dynamic Tracing"
go "illumos-books Books" "Books papers and articles" illumos-books Books

exit $failed
