# Shared by the tests in tests/render: where the inputs are, a scratch
# directory that is always removed, and the one place that says how a
# page is rendered for a reader.  Each test sources this file with
#
#	. "$srcdir/tests/render/common.sh"
#
# after setting srcdir (automake exports it; by hand, run the tests from
# the top of the tree and it defaults to ".").
#
# Exit status convention of every test here: 0 pass, 1 fail (the
# offending output is shown), 77 skip (a tool is not installed; the test
# says which), 99 hard error (the test could not be set up).

# The rendered text holds UTF-8 (dashes, quotes, hyphens), and col(1)
# and the formatters must agree on that; the C.UTF-8 locale is the one
# locale that every supported system has under the same name.
LC_ALL=C.UTF-8
export LC_ALL
unset MANOPT MANPAGER PAGER MANROFFOPT MANROFFSEQ GROFF_TMAC_PATH \
    INFO_PRINT_COMMAND 2>/dev/null

# Absolute, so that it stays right after a test changes directory.
# The outside tools, as configure found them (Makefile.am exports these
# variables to the tests); by hand, whatever PATH finds.
MANDOC=${MANDOC:-mandoc}
GROFF=${GROFF:-groff}
COL=${COL:-col}
MAKEINFO=${MAKEINFO:-makeinfo}
RECSEL=${RECSEL:-recsel}
INSTALL_INFO=${INSTALL_INFO:-install-info}

catalog=`cd "$srcdir/catalog" && pwd`/illumos.rec || exit 99
pages="illumos-distros illumos-books"

# need TOOL...: skip the whole test when one of the tools (a name or a
# path, such as "$MANDOC") is missing.
need()
{
	for _t in "$@"; do
		if ! have "$_t"; then
			echo "SKIP: $_t is not installed"
			exit 77
		fi
	done
}

# have TOOL: true if TOOL is on PATH.
have()
{
	command -v "$1" >/dev/null 2>&1
}

# fail MESSAGE: record a failure and say why; the test goes on so that
# one run shows every problem.
failed=0
fail()
{
	echo "FAIL: $*"
	failed=1
}

# show FILE: print a captured output, indented, for the test log.
show()
{
	sed 's/^/	| /' "$1"
}

# The scratch directory, removed however the test ends.
tmp=`mktemp -d "${TMPDIR:-/tmp}/render.XXXXXX" 2>/dev/null` || {
	tmp=${TMPDIR:-/tmp}/render.$$
	mkdir "$tmp" || exit 99
}
trap 'rm -rf "$tmp"' 0
# A test that is killed says so, rather than leave an empty log.
for _sig in HUP INT PIPE TERM; do
	trap "echo 'ERROR: killed by SIG$_sig' >&2; exit 99" $_sig
done

# find_input PATH: the generated file PATH (relative to the top), from
# the build directory when the build regenerated it there, else from
# the source directory, where the distributed copy lives.
find_input()
{
	if test -f "$1"; then
		echo "$1"
	elif test -f "$srcdir/$1"; then
		echo "$srcdir/$1"
	else
		echo "ERROR: $1 not found in . or $srcdir" >&2
		exit 99
	fi
}

# The renderings.  Each writes plain text to standard output and leaves
# diagnostics on standard error, for the test log.

# info_file PAGE DIR: put PAGE's Info manual into DIR: the one the build
# made, here or in the source tree, or else one made now from its
# Texinfo source.
info_file()
{
	if test -f "info/$1.info"; then
		cp "info/$1.info" "$2/" || exit 99
	elif test -f "$srcdir/info/$1.info"; then
		cp "$srcdir/info/$1.info" "$2/" || exit 99
	else
		need "$MAKEINFO"
		texi=`find_input "info/$1.texi"` || exit 99
		"$MAKEINFO" --no-split -o "$2/$1.info" "$texi" \
		    >"$tmp/makeinfo" 2>&1 || {
			echo "ERROR: makeinfo failed on $texi:"
			show "$tmp/makeinfo"
			exit 99
		}
	fi
}

# mandoc as on OpenBSD and illumos, 80 columns.  The footer shows the
# operating system of the machine when .Os is empty, so it is fixed
# here to keep the rendering the same everywhere.
render_mandoc()
{
	"$MANDOC" -Tutf8 -Owidth=80 -Ios=illumos "$1" | "$COL" -bx
}

# groff as man-db runs it for "MANWIDTH=80 man PAGE" in a UTF-8 locale:
# man-db keeps a margin of two columns at widths of 80 and more, so the
# line length is 78n.  The page is read from standard input so that a
# warning names "<standard input>", not a path of this machine.
render_groff()
{
	"$GROFF" -K utf-8 -mandoc -Tutf8 -rLL=78n -rLT=78n -P-c <"$1" |
	    "$COL" -bx
}

# makeinfo's plain text output, which is also what "info" shows.
render_info()
{
	"$MAKEINFO" --plaintext --no-split -o - "$1"
}

# recval TYPE NAME FIELD: the values of FIELD, one a line, in the record
# of TYPE whose key (Name, or Title for books) is NAME.  The record is
# chosen by its position, not with "recsel -e", whose string literals
# have no way to quote a title that holds both kinds of quotes.
recval()
{
	case $1 in
	Book|Choice)	_key=Title ;;
	*)	_key=Name ;;
	esac
	_n=`"$RECSEL" -t "$1" -C -P "$_key" "$catalog" |
	    awk -v k="$2" '$0 == k { print NR - 1; exit }'`
	test -n "$_n" || {
		echo "ERROR: no $1 \"$2\" in $catalog" >&2
		return 1
	}
	"$RECSEL" -t "$1" -n "$_n" -P "$3" "$catalog"
}

# recnames TYPE FILE: write every key of TYPE, one a line, in catalog
# order, to FILE.  An empty list means the catalog was not read, and the
# test cannot go on.
recnames()
{
	case $1 in
	Book|Choice)	"$RECSEL" -t $1 -C -P Title "$catalog" >"$2" ;;
	*)	"$RECSEL" -t "$1" -C -P Name "$catalog" >"$2" ;;
	esac
	test -s "$2" || {
		echo "ERROR: no $1 records read from $catalog"
		exit 99
	}
}
