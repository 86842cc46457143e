# Shared by the whole-product tests under tests/; each sources it with
#
#	. "$srcdir/tests/lib.sh"
#
# The tests run from the top of the build tree under automake's
# harness, which sets srcdir; Makefile.am exports DOCGEN and the paths of
# the outside tools that configure found (MANDOC, GROFF, MAN, COL,
# MAKEINFO, RECFIX, RECSEL, INSTALL_INFO).  A test exits 0 when it
# passes, 1 when it fails, 77 when a tool it needs is missing and 99 when
# it cannot even set itself up.

me=`basename "$0" .sh`
: "${srcdir:=.}"
DOCGEN=${DOCGEN:-./src/illumos-docgen}
PAGES='illumos-distros illumos-books'
# The manual pages that the lint tests read, as paths in the source
# tree: the generated ones that the package installs, and the generator's
# own manual, which is written by hand and must meet the same bar.
MANUALS=
for lib_page in $PAGES; do
	MANUALS="$MANUALS man/$lib_page.7"
done
MANUALS="$MANUALS src/illumos-docgen.1"
failures=0

# Report a failure and carry on, so that one run shows every problem.
fail()
{
	echo "FAIL: $*"
	failures=`expr $failures + 1`
}

# Show a file's contents, marked off so that empty output is visible.
show()
{
	echo "--- $1"
	cat "$1"
	echo "--- end of $1"
}

# Stop here: something needed to run the test is missing.
skip()
{
	echo "SKIP: $*"
	exit 77
}

# On standard error, so that the message is seen even from inside a
# command substitution, whose output the test would swallow.
hard_error()
{
	echo "ERROR: $*" >&2
	exit 99
}

# need VAR program: the test cannot run without the program that
# configure stored in VAR.  Outside the harness, look for it on PATH.
need()
{
	eval "need_path=\${$1:-}"
	if test -z "$need_path"; then
		need_path=`command -v "$2" 2>/dev/null` ||
		    skip "$2 was not found when configure ran; install it" \
		    "(Debian: apt-get install $3) and run configure again"
		eval "$1=\$need_path"
	fi
}

# Every test needs the generator and the distributed files.  Make their
# names absolute, so that a test may change directory.
case $DOCGEN in
/*)	;;
*)	DOCGEN=`pwd`/$DOCGEN ;;
esac
test -x "$DOCGEN" || hard_error "no generator at $DOCGEN; run make first"
abs_srcdir=`cd "$srcdir" && pwd` || hard_error "no source tree at $srcdir"
CATALOG=$abs_srcdir/catalog/illumos.rec
test -f "$CATALOG" || hard_error "no catalog at $CATALOG"

# A scratch directory, removed however the test ends.
tmp=`mktemp -d "${TMPDIR:-/tmp}/$me.XXXXXX"` ||
    hard_error "cannot create a scratch directory"
trap 'rm -rf "$tmp"' 0
# A test that is killed says so, rather than leave an empty log.
for lib_sig in HUP INT PIPE TERM; do
	trap "hard_error 'killed by SIG$lib_sig'" $lib_sig
done

# End the test: pass only if nothing failed.
finish()
{
	if test "$failures" -gt 0; then
		echo "$me: $failures check(s) failed"
		exit 1
	fi
	echo "$me: all checks passed"
	exit 0
}
