#!/bin/sh
#
# The generator's output must depend on the catalog alone: not on the
# locale, the time zone, SOURCE_DATE_EPOCH, the umask, the working
# directory or the name the catalog is given.  And the pages and manuals
# in the source tree must be exactly what the generator makes now.

. "$srcdir/tests/lib.sh"

if command -v locale >/dev/null 2>&1 &&
    ! locale -a 2>/dev/null | grep -i '^de_DE\.utf-\{0,1\}8$' >/dev/null
then
	echo "note: the de_DE.UTF-8 locale is not installed" \
	    "(Debian: apt-get install locales-all); the C locale stands in"
fi

mkdir "$tmp/elsewhere" && cp "$CATALOG" "$tmp/elsewhere/catalog.rec" ||
    hard_error "cannot copy the catalog"

for page in $PAGES; do
	for format in mdoc texinfo; do
		case $format in
		mdoc)		dist=$abs_srcdir/man/$page.7 ;;
		texinfo)	dist=$abs_srcdir/info/$page.texi ;;
		esac
		a=$tmp/$page.$format.a
		b=$tmp/$page.$format.b
		(
			unset SOURCE_DATE_EPOCH
			LC_ALL=C TZ=UTC
			export LC_ALL TZ
			umask 022
			"$DOCGEN" -T $format -o "$a" "$CATALOG" $page
		) >"$tmp/err" 2>&1 || {
			fail "the first run for $page ($format) failed"
			show "$tmp/err"
			continue
		}
		(
			cd "$tmp/elsewhere" || exit 99
			LC_ALL=de_DE.UTF-8 TZ=Asia/Kolkata SOURCE_DATE_EPOCH=1
			export LC_ALL TZ SOURCE_DATE_EPOCH
			umask 077
			"$DOCGEN" -T $format catalog.rec $page >"$b"
		) 2>"$tmp/err" || {
			fail "the second run for $page ($format) failed"
			show "$tmp/err"
			continue
		}
		if ! cmp "$a" "$b"; then
			fail "$page ($format) differs between environments"
			diff "$a" "$b"
		fi
		if ! cmp "$a" "$dist"; then
			fail "$dist is not what the generator makes now;" \
			    "run make to regenerate it"
			diff "$dist" "$a"
		fi
	done
done
finish
