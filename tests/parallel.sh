#!/bin/sh
#
# A parallel make after a change to the generator: in a scratch copy of
# the tree, every source of the generator is touched, and then one
# "make -j8" of the documented targets that make the pages and manuals
# (all, info and html) must succeed, make the pages again with the same
# bytes, and leave no stray file behind.  The generator, its library
# and every page must be made once, by the one rule that makes the pages
# (stamp-docs), however many jobs run, and so again once every page is
# removed.  The make program is the one that runs the test suite (MAKE),
# so CI's bmake build runs this test with bmake.

. "$srcdir/tests/lib.sh"

MAKE=${MAKE:-make}

# The copy: where the build tree is the source tree it is configured
# already; otherwise (distcheck) it is configured here.  Its path holds
# a blank, which every rule of the package's own must quote.
copy="$tmp/a tree"
: >"$tmp/start"
cp -pR "$abs_srcdir" "$copy" 2>"$tmp/cp.err" ||
    { echo "note: cp reported files that changed under it:"; cat "$tmp/cp.err"; }
chmod -R u+w "$copy" && test -f "$copy/configure" ||
    hard_error "cannot copy the source tree"
rm -rf "$copy"/illumos-resources-* "$copy/deb-out"
if ! test -f "$copy/Makefile"; then
	(cd "$copy" && ./configure --quiet && $MAKE) >"$tmp/build.log" 2>&1 ||
	    { cat "$tmp/build.log"; hard_error "cannot configure the copy"; }
fi
(cd "$copy" && find . -type f -print | sort) >"$tmp/before"

touch "$copy"/src/*.c
if (cd "$copy" && $MAKE -j8 V=0 all info html) >"$tmp/make.log" 2>&1; then
	echo "ok: $MAKE -j8 all info html after touching src/*.c"
else
	fail "$MAKE -j8 all info html failed after touching src/*.c:"
	show "$tmp/make.log"
fi

# The rule that makes the pages ran once, and the generator and its
# library were each built once.
for step in 'GEN .*stamp-docs' 'CCLD .*src/illumos-docgen' 'AR .*src/libdocgen\.a' \
    'CC .*src/catalog\.o'; do
	n=`grep -c -e "$step" "$tmp/make.log"`
	test "$n" -eq 1 ||
	    fail "'$step' ran $n times, not once"
done

for f in man/illumos-distros.7 man/illumos-books.7 \
    info/illumos-distros.texi info/illumos-books.texi \
    web/illumos-resources.md; do
	cmp -s "$abs_srcdir/$f" "$copy/$f" || fail "$f changed"
done

# Every page is removed, and one parallel make must make them all
# again, by one run of the rule that makes them, not one for each.
rm -f "$copy/man/illumos-distros.7" "$copy/man/illumos-books.7" \
    "$copy/info/illumos-distros.texi" "$copy/info/illumos-books.texi" \
    "$copy/web/illumos-resources.md"
if (cd "$copy" && $MAKE -j8 V=0 all) >"$tmp/missing.log" 2>&1; then
	echo "ok: $MAKE -j8 all with every page missing"
else
	fail "$MAKE -j8 all failed with every page missing:"
	show "$tmp/missing.log"
fi
n=`grep -c -e 'GEN ' "$tmp/missing.log"`
test "$n" -eq 1 || fail "with every page missing, the pages were made" \
    "$n times, not once"
test -d "$copy/stamp-docs.lock" && fail "the lock of the pages was left"

# A page missing while a make beside it copies the tree for a release,
# which needs the stamp as it is: the rule of the missing page must not
# remove it (the stamp was made twice at once, and the make failed).
rm -f "$copy/man/illumos-books.7"
if (cd "$copy" && $MAKE -j8 V=0 all distdir) >"$tmp/distdir.log" 2>&1; then
	echo "ok: $MAKE -j8 all distdir with a page missing"
else
	fail "$MAKE -j8 all distdir failed with a page missing:"
	show "$tmp/distdir.log"
fi
rm -rf "$copy"/illumos-resources-*

# Nothing but what the targets make: no temporary file of the
# generator, of ar or of the stamp rule is left.
(cd "$copy" && find . -type f -print | sort) >"$tmp/after"
# The generator and its objects are new where the copy was built from a
# tarball, which needs no generator until a source changes.
comm -13 "$tmp/before" "$tmp/after" |
    grep -v -e '^\./info/[^/]*\.html/' -e '^\./man/[^/]*\.html$' \
    -e '^\./man/mandoc\.css$' -e '/\.dirstamp$' -e '^\./src/[a-z_]*\.o$' \
    -e '^\./src/illumos-docgen$' -e '^\./src/libdocgen\.a$' >"$tmp/new"
if test -s "$tmp/new"; then
	fail "the parallel make left files behind:"
	show "$tmp/new"
fi

# The copy's make wrote into the copy alone: a rule that names a file by
# its absolute path would have written the tree under test instead.
(cd "$abs_srcdir" && find man info src web stamp-docs -newer "$tmp/start" \
    -type f -print 2>/dev/null) >"$tmp/written"
if test -s "$tmp/written"; then
	fail "the copy's make wrote into the tree under test:"
	show "$tmp/written"
fi

finish
