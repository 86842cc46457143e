#!/bin/sh
#
# README.md says exactly what happens.  The commands are taken from the
# README itself, from its indented code blocks and its ``` fences, so
# that a command edited there is the command tested here.  Each one that
# can run on Debian runs in a scratch directory, a scratch copy of the
# build tree or the unpacked release tarball, never in the tree under
# test.  In a block whose commands start with "$ ", the lines up to the
# next "$ " line are the command's output, and the real output must be
# exactly that.  Commands that cannot run here are listed below with the
# reason; a command that is neither run nor listed fails the test, so
# that the list stays complete.  The test also checks what the README
# says in prose about the build: two "make dist" runs, in two time
# zones, give the same bytes; the tarball builds without a C compiler;
# "make html", "make pdf", "make install" and "make uninstall" with
# DESTDIR; "make distinfo" against mkdistinfo, and "make recipes".
#
# It takes about ten seconds on two cores, most of it configuring and
# building the tree and the unpacked tarball.

. "$srcdir/tests/lib.sh"

need RECFIX recfix recutils
need RECSEL recsel recutils
command -v recinf >/dev/null 2>&1 ||
    skip "recinf was not found; install it (Debian: apt-get install recutils)"
MAKE=${MAKE:-make}
README=$abs_srcdir/README.md
test -f "$README" || hard_error "no README.md in the source tree"
VERSION=${PACKAGE_VERSION:-`sed -n 's/^PACKAGE_VERSION = //p' Makefile`}
test -n "$VERSION" || hard_error "the package version is unknown"
TARBALL=illumos-resources-$VERSION.tar.gz
tab=`printf '\t'`

# Extract the code blocks.  Every line of a block becomes a line of
# $tmp/cmds, "README line number, tab, text", except blank lines and the
# output lines of a "$ " block, which go, per command, to
# $tmp/want.LINE; the "$ " itself is dropped and the line number is
# listed in $tmp/prompts.  An indented block starts after a blank line
# with four or more spaces (inside a list item, more) and loses its
# first line's indentation; blank lines inside it are kept only when an
# indented line follows, as Markdown does.
awk -v dir="$tmp" '
function flush_blanks() { while (blanks > 0) { emit(""); blanks-- } }
function emit(text) {
	if (text ~ /^\$ /) {
		cmd = NR_of_line
		print cmd "\t" substr(text, 3) >(dir "/cmds")
		print cmd >(dir "/prompts")
		printf "" >(dir "/want." cmd)
		inprompt = 1
	} else if (inprompt) {
		print text >>(dir "/want." cmd)
	} else if (text != "") {
		print NR_of_line "\t" text >(dir "/cmds")
	}
}
function end_block() { inblock = 0; inprompt = 0; blanks = 0 }
BEGIN { printf "" >(dir "/cmds"); printf "" >(dir "/prompts") }
{ NR_of_line = NR }
fence {
	if ($0 ~ /^```/) { fence = 0; end_block(); next }
	emit($0); next
}
/^```/ { fence = 1; inblock = 1; inprompt = 0; prev_blank = 0; next }
inblock {
	if ($0 ~ /^[ \t]*$/) { blanks++; next }
	if (substr($0, 1, indent) == pad) {
		flush_blanks()
		emit(substr($0, indent + 1))
		next
	}
	end_block()
}
prev_blank && /^    / {
	match($0, /^ +/)
	indent = RLENGTH; pad = substr($0, 1, indent)
	inblock = 1; inprompt = 0; blanks = 0
	emit(substr($0, indent + 1))
	prev_blank = 0
	next
}
{ prev_blank = ($0 ~ /^[ \t]*$/) }
' "$README" || hard_error "cannot read the code blocks of README.md"
test -s "$tmp/cmds" || hard_error "no code blocks found in README.md"
: >"$tmp/claimed"

# lines GLOB: the numbers of the README lines whose text matches GLOB (a
# shell pattern), one a line.
lines()
{
	while IFS= read -r lines_l; do
		lines_n=${lines_l%%"$tab"*}
		lines_t=${lines_l#*"$tab"}
		case $lines_t in
		$1)	echo "$lines_n" ;;
		esac
	done <"$tmp/cmds"
}

# text N: the text of README line N.
text()
{
	sed -n "s/^$1$tab//p" "$tmp/cmds"
}

# claim HOW GLOB REASON: the lines matching GLOB are accounted for
# without being run here, for REASON.  An entry that matches nothing is
# stale and fails, so that the list says only what is true.
claim()
{
	claim_n=`lines "$2"`
	if test -z "$claim_n"; then
		fail "the list of commands not run names '$2', which README.md" \
		    "no longer has"
		return
	fi
	for claim_l in $claim_n; do
		echo "$claim_l" >>"$tmp/claimed"
		echo "$1: README.md:$claim_l: `text $claim_l` ($3)"
	done
}

# command GLOB: print the one README command matching GLOB and mark it
# run.  The caller runs the printed text, the README's own words.
command_line()
{
	command_n=`lines "$1"`
	case $command_n in
	'')	fail "README.md has no command matching '$1'"
		return 1 ;;
	*[!0-9]*)
		fail "README.md has several commands matching '$1'"
		return 1 ;;
	esac
	echo "$command_n" >>"$tmp/claimed"
	text "$command_n"
}

# run_in DIR COMMAND: run COMMAND with sh in DIR, output in $tmp/got, and
# report a non-zero exit status.
run_in()
{
	echo "run: (in $1) $2"
	(cd "$1" && sh -c "$2") >"$tmp/got" 2>&1
	in_rc=$?
	if test $in_rc -ne 0; then
		fail "'$2' exited with status $in_rc"
		show "$tmp/got"
		return 1
	fi
	return 0
}

# ----------------------------------------------------------------------
# Commands that do not run here, each with the reason.

# The top two commands: .ci/run reads them from README.md and runs them
# itself, on a fresh Debian 12, which is the only place where installing
# the packages and building in the checkout are harmless.
claim elsewhere 'apt-get update && apt-get install -y * && ./bootstrap && ./configure && make && MANPAGER=cat man -l man/illumos-distros.7' \
    'CI runs it from README.md'
claim elsewhere 'make check' 'CI runs it from README.md; this test is part of it'

# Installing or removing software, or changing the system's manual
# database, would change the machine the tests run on.
claim skipped 'apt-get install build-essential *' \
    'installs packages from the network'
claim skipped 'apt install ./deb-out/illumos-resources_*_all.deb' \
    'installs into this system; pkg/tests/deb.sh installs and purges the package where RUN_DPKG_INSTALL=1, as CI sets it'
claim skipped 'dpkg -i deb-out/illumos-resources_*_all.deb' \
    'installs into this system; see pkg/tests/deb.sh'
claim skipped 'rm -f /var/cache/man/cat7/illumos-*.7.gz && mandb' \
    "changes this system's manual page cache and apropos database; pkg/tests/deb.sh runs it after the purge where RUN_DPKG_INSTALL=1"

# The Debian package.  pkg/tests/deb.sh, in the same "make check", runs
# pkg/debian/build on a "make dist" tarball twice (about one to three
# minutes each) and checks the result with lintian; a third build here
# would double that time for nothing new.  Instead this test checks
# below that "make deb" and deb.sh run the very command line the README
# shows.
claim 'checked below' 'make deb' 'the same command as pkg/debian/build'
claim 'checked below' 'sh pkg/debian/build illumos-resources-*.tar.gz deb-out' \
    'pkg/tests/deb.sh runs it'

# IPS exists only on illumos (pfexec too); Debian has no package of
# the IPS tools.  pkg/tests/ips.sh runs "make p5p" where configure
# found them, as in CI.
claim skipped './configure && make p5p' \
    'needs the IPS tools; pkg/tests/ips.sh covers it where they are found'
claim skipped 'pfexec pkg install -g illumos-resources-*-omnios.p5p illumos-resources' \
    'IPS and pfexec are illumos only'
claim skipped 'pfexec pkg install -g illumos-resources-*-openindiana.p5p illumos-resources' \
    'IPS and pfexec are illumos only'
claim skipped 'pfexec pkg uninstall *' 'IPS and pfexec are illumos only'

# pkgsrc: there is no pkgsrc tree here (see "What is verified and what
# is not" in the README).  "make distinfo" does run, below.
claim skipped 'mkdir -p /usr/pkgsrc/*' 'needs a pkgsrc tree'
claim skipped 'cp pkg/pkgsrc/Makefile pkg/pkgsrc/DESCR pkg/pkgsrc/PLIST /usr/pkgsrc/*' \
    'needs a pkgsrc tree'
claim skipped 'cp pkg/pkgsrc/distinfo /usr/pkgsrc/*' 'needs a pkgsrc tree'
claim skipped 'cp illumos-resources-*.tar.gz /usr/pkgsrc/distfiles/' \
    'needs a pkgsrc tree'
claim skipped 'cd /usr/pkgsrc/*' 'needs a pkgsrc tree'
claim skipped 'bmake install clean*' "pkgsrc's package build; needs a pkgsrc tree"
claim skipped 'pkg_add illumos-resources-*.tgz' \
    'needs a pkgsrc binary package and installs it'

# Fuzzing needs clang and runs for minutes; "make fuzz" is not part of
# "make check", and CI runs it for a minute.
claim skipped 'make fuzz FUZZ_SECONDS=*' 'needs clang and runs for minutes'

# The benchmark runs pandoc for minutes on catalogs of up to a million
# records; it is not part of "make check".
claim skipped 'bench/run' 'runs for 20 to 30 minutes'
claim skipped 'bench/run --quick' 'runs for minutes and needs pandoc'

# "make linkcheck" fetches every link of the catalog: it needs the
# network, which make check never uses.  The README names it in prose
# only; its sample report is a code block, not commands.
echo "skipped: make linkcheck (needs the network)"
claim 'not a command' './catalog/illumos.rec:*:*: *' \
    'sample report of make linkcheck, which needs the network'
claim 'not a command' '...' 'sample report of make linkcheck'
claim 'not a command' '* ok, * redirected, * broken, * out of date' \
    'sample report of make linkcheck'

# "Adding a field" shows lines to paste into the catalog and the C
# sources, not commands.
claim 'not a command' '%allowed: *' 'a line for the catalog'
claim 'not a command' '%type: *' 'a line for the catalog'
claim 'not a command' 'Support: *' 'a line for the catalog'
claim 'not a command' 'const char*support;' 'a line for src/docgen.h'
claim 'not a command' '{ FIELD("Support",*' 'C for src/catalog.c'
claim 'not a command' '    .shown = FACT_ENTRY | FACT_WEB },' \
    'C for src/catalog.c'

# Shell comments in the blocks are not commands either.
claim 'not a command' '#*' 'a shell comment'

# ----------------------------------------------------------------------
# The catalog and the generator, in a scratch directory laid out like
# the top of the tree: the catalog, the built generator, and empty man/
# and info/ for its output.

q=$tmp/top
mkdir "$q" "$q/catalog" "$q/src" "$q/man" "$q/info" ||
    hard_error "cannot make $q"
cp "$CATALOG" "$q/catalog/" && ln -s "$DOCGEN" "$q/src/illumos-docgen" ||
    hard_error "cannot fill $q"

# Every "$ " command, with the output shown under it.  They run with the
# C locale, as the README's output does not depend on it.
for n in `cat "$tmp/prompts"`; do
	echo "$n" >>"$tmp/claimed"
	cmd=`text "$n"`
	if run_in "$q" "LC_ALL=C; export LC_ALL; $cmd" &&
	    ! cmp -s "$tmp/want.$n" "$tmp/got"; then
		fail "README.md:$n: '$cmd' prints otherwise than the README shows"
		diff -u "$tmp/want.$n" "$tmp/got" | sed 's/^/	/'
	fi
done

# "Without -C -R, recsel -t Distribution -p Name,Packaging prints the
# same as records": those records, a line each, are the rows shown.
n=`lines 'recsel -t Distribution -C -R Name,Packaging catalog/illumos.rec'`
if test -n "$n" && grep -F 'recsel -t Distribution -p Name,Packaging` prints the' \
    "$README" >/dev/null; then
	(cd "$q" && recsel -t Distribution -p Name,Packaging catalog/illumos.rec) |
	    awk '/^$/ { print row; row = ""; next }
		{ sub(/^[A-Za-z]*: /, ""); row = row == "" ? $0 : row " " $0 }
		END { if (row != "") print row }' >"$tmp/records"
	if ! cmp -s "$tmp/want.$n" "$tmp/records"; then
		fail "recsel -p Name,Packaging prints other records than the rows"
		diff -u "$tmp/want.$n" "$tmp/records" | sed 's/^/	/'
	fi
else
	fail 'README.md no longer compares -p Name,Packaging with -C -R'
fi

# "Check the file after every edit, with either of ... Both must be
# silent."
for glob in 'recfix --check catalog/illumos.rec' \
    './src/illumos-docgen -S catalog/illumos.rec'; do
	cmd=`command_line "$glob"` || continue
	if run_in "$q" "$cmd" && test -s "$tmp/got"; then
		fail "'$cmd' is not silent"
		show "$tmp/got"
	fi
done

# "One distribution, every field, exactly as the catalog has it": the
# record as it stands in the file, from its Name line to the blank line.
if cmd=`command_line 'recsel -t Distribution -e "Name = *" catalog/illumos.rec'` &&
    run_in "$q" "$cmd"; then
	name=`echo "$cmd" | sed -n "s/.*Name = '\([^']*\)'.*/\1/p"`
	awk -v name="$name" '$0 == "Name: " name { p = 1 }
	    p && /^$/ { exit } p' "$CATALOG" >"$tmp/record"
	if ! test -s "$tmp/record" || ! cmp -s "$tmp/record" "$tmp/got"; then
		fail "'$cmd' does not print the record '$name' as the catalog has it"
		diff -u "$tmp/record" "$tmp/got" | sed 's/^/	/'
	fi
fi

# "How the pages are made": the two generator commands, and "the same
# for illumos-books", write exactly the files in the source tree.
for glob in './src/illumos-docgen -T mdoc -o man/illumos-distros.7 *' \
    './src/illumos-docgen -T texinfo -o info/illumos-distros.texi *'; do
	cmd=`command_line "$glob"` || continue
	for page in $PAGES; do
		c=`echo "$cmd" | sed "s/illumos-distros/$page/g"`
		out=`echo "$c" | sed 's/.* -o \([^ ]*\) .*/\1/'`
		run_in "$q" "$c" || continue
		if ! cmp -s "$abs_srcdir/$out" "$q/$out"; then
			fail "'$c' writes another $out than the one in the tree"
		fi
	done
done

# "The generator": each line of the README's synopsis is a line of the
# usage that --help prints, and each usage line is in the synopsis.
"$DOCGEN" --help >"$tmp/help" 2>&1 || fail "--help does not exit 0"
sed -n '1,/^$/p' "$tmp/help" | sed -e 's/^usage: *//' -e 's/^ *//' \
    -e '/^$/d' >"$tmp/usage"
for n in `lines 'illumos-docgen *'`; do
	echo "$n" >>"$tmp/claimed"
	syn=`text "$n"`
	grep -x -F -e "$syn" "$tmp/usage" >/dev/null ||
	    fail "README.md:$n: '$syn' is not in the usage of --help"
done
cut -f 2 "$tmp/cmds" >"$tmp/texts"
while IFS= read -r u; do
	grep -x -F -e "$u" "$tmp/texts" >/dev/null ||
	    fail "the usage line '$u' is not in the README's synopsis"
done <"$tmp/usage"

# The documented options and exit statuses: -T mdoc is the default,
# -T markdown writes the web page, -o writes the file and nothing on
# standard output, -S writes nothing; 1 for a wrong catalog, 2 for a
# usage error, an unknown page and a file that cannot be read.
# status WANT DESCRIPTION ARGS...: the generator exits WANT.
status()
{
	status_want=$1
	status_what=$2
	shift 2
	(cd "$q" && "$DOCGEN" "$@") >"$tmp/stdout" 2>"$tmp/stderr"
	status_rc=$?
	if test $status_rc -ne $status_want; then
		fail "$status_what: exit status $status_rc, not $status_want"
		show "$tmp/stderr"
	fi
}
status 0 'no -T' catalog/illumos.rec illumos-distros
cmp -s "$tmp/stdout" "$abs_srcdir/man/illumos-distros.7" ||
    fail 'without -T the output is not the mdoc page'
status 0 '-T markdown' -T markdown catalog/illumos.rec
cmp -s "$tmp/stdout" "$abs_srcdir/web/illumos-resources.md" ||
    fail '-T markdown does not write web/illumos-resources.md'
status 0 '-o' -T markdown -o md catalog/illumos.rec
test -s "$tmp/stdout" && fail '-o file still writes to standard output'
cmp -s "$q/md" "$abs_srcdir/web/illumos-resources.md" ||
    fail '-o md does not write the Markdown page to md'
status 0 '-S' -S catalog/illumos.rec
test -s "$tmp/stdout" && fail '-S writes something'
cp "$abs_srcdir/tests/errors/bad-bool.rec" "$q/bad.rec" ||
    hard_error "no tests/errors/bad-bool.rec"
status 1 'a wrong catalog' -S bad.rec
status 2 'an unknown option' -Q catalog/illumos.rec illumos-distros
status 2 'an unknown page' catalog/illumos.rec no-such-page
status 2 'a catalog that cannot be read' -S no-such-file.rec
status 2 '-T markdown with a page' -T markdown catalog/illumos.rec illumos-distros

# ----------------------------------------------------------------------
# The build: a scratch copy of the tree, with its timestamps, so that
# make in it rebuilds nothing that is up to date.  A tarball or a
# distdir that another test is making in the build tree at this moment
# is left out.  Where the build tree is not the source tree (distcheck),
# the copy of the source tree is configured first.

# Under a parallel "make check" other tests create and remove files in
# the build tree while it is copied (their logs, and the tarball and
# distdir of pkg/tests/deb.sh), so cp may complain of a file that went
# away; that is noted, not fatal, and what the build needs is checked.
copy=$tmp/tree
cp -pR "$abs_srcdir" "$copy" 2>"$tmp/cp.err" ||
    { echo "note: cp reported files that changed under it:"; cat "$tmp/cp.err"; }
chmod -R u+w "$copy" && test -f "$copy/configure" &&
    test -f "$copy/README.md" && test -f "$copy/catalog/illumos.rec" ||
    hard_error "cannot copy the source tree"
rm -rf "$copy"/illumos-resources-* "$copy/deb-out"
if ! test -f "$copy/Makefile"; then
	(cd "$copy" && ./configure --quiet && $MAKE) >"$tmp/build.log" 2>&1 ||
	    { cat "$tmp/build.log"; hard_error "cannot configure the copy"; }
fi

# "make dist" twice: the tree makes the tarball reproducible, so the
# two must be the same bytes, the second made in another time zone and
# (where Debian's locales-all has it) another locale.
if run_in "$copy" "$MAKE dist" && mv "$copy/$TARBALL" "$tmp/first.tar.gz" &&
    run_in "$copy" "TZ=Asia/Tokyo LC_ALL=de_DE.UTF-8 $MAKE dist"; then
	if cmp "$tmp/first.tar.gz" "$copy/$TARBALL"; then
		echo "make dist twice, under UTC and Asia/Tokyo: the same bytes"
	else
		fail 'make dist gives other bytes under TZ=Asia/Tokyo LC_ALL=de_DE.UTF-8'
	fi
else
	hard_error 'make dist failed'
fi

# "make distinfo" in a build tree that made the tarball, and
# "pkg/mkdistinfo TARBALL", must write the same distinfo.
if cmd=`command_line 'make distinfo *'` && run_in "$copy" "$cmd"; then
	if run_in "$copy" "pkg/mkdistinfo $TARBALL"; then
		cmp -s "$tmp/got" "$copy/pkg/pkgsrc/distinfo" ||
		    fail 'make distinfo and mkdistinfo write different files'
		grep "^Size ($TARBALL) = `wc -c <"$copy/$TARBALL" |
		    tr -d ' '` bytes\$" "$tmp/got" >/dev/null ||
		    fail "mkdistinfo does not give the size of $TARBALL"
	fi
fi

# "make recipes" in the same tree: the recipes for omnios-extra and
# oi-userland carry the tarball's version and SHA-256 checksum.
claim 'run above' 'make dist' 'this test runs it twice'
if cmd=`command_line 'make recipes'` && run_in "$copy" "$cmd"; then
	if command -v sha256sum >/dev/null 2>&1; then
		sum=`sha256sum <"$copy/$TARBALL" | sed 's/ .*//'`
	elif command -v openssl >/dev/null 2>&1; then
		sum=`openssl dgst -sha256 <"$copy/$TARBALL" | sed 's/.*[= ]//'`
	else
		sum=
		echo "skipped: the recipes' checksum (no sha256sum or openssl)"
	fi
	r=$copy/recipes
	if test -n "$sum"; then
		grep -x "set_checksum sha256 \"$sum\"" \
		    "$r/omnios-extra/build/illumos-resources/build.sh" \
		    >/dev/null ||
		    fail "make recipes: build.sh lacks the sha256 of $TARBALL"
		grep -x "COMPONENT_ARCHIVE_HASH=${tab}sha256:$sum" \
		    "$r/oi-userland/components/text/illumos-resources/Makefile" \
		    >/dev/null ||
		    fail "make recipes: the Makefile lacks the sha256 of $TARBALL"
	fi
	grep -x "VER=$VERSION" \
	    "$r/omnios-extra/build/illumos-resources/build.sh" >/dev/null ||
	    fail "make recipes: build.sh lacks VER=$VERSION"
fi

# "make update-goldens" in the copy: it must run, and, the goldens of
# the tree being current, rewrite each with the same bytes.
if cmd=`command_line 'make update-goldens'` && run_in "$copy" "$cmd"; then
	for f in "$abs_srcdir"/tests/golden/*.* "$abs_srcdir"/tests/render/*.txt; do
		case $f in *.log|*.trs) continue ;; esac
		g=$copy/${f#"$abs_srcdir"/}
		cmp -s "$f" "$g" ||
		    fail "make update-goldens changed ${f#"$abs_srcdir"/}"
	done
fi

# The release tarball is all a user needs, without a C compiler:
# "./configure && make" there leaves the shipped pages as they are and
# builds no generator.  The compiler is hidden from configure by a PATH
# of links to every other program: configure looks for CC, gcc, cc,
# clang and c99.
nocc=$tmp/nocc-bin
mkdir "$nocc" || hard_error "mkdir $nocc"
save_ifs=$IFS
IFS=:
for d in $PATH; do
	IFS=$save_ifs
	for p in "$d"/*; do
		n=`basename "$p"`
		case $n in gcc|cc|clang|c99) continue ;; esac
		test -f "$p" && test -x "$p" && test ! -e "$nocc/$n" &&
		    ln -s "$p" "$nocc/$n"
	done
done
IFS=$save_ifs
rel=$tmp/rel
mkdir "$rel" && (cd "$rel" && gzip -dc "$copy/$TARBALL" | tar xf -) ||
    hard_error "cannot unpack $TARBALL"
rel=$rel/illumos-resources-$VERSION
run_in "$rel" "(unset CC; PATH='$nocc' ./configure --quiet) && $MAKE" ||
    hard_error 'the tarball does not build without a C compiler'
grep 'WARNING: no C compiler' "$tmp/got" >/dev/null ||
    fail 'configure found a C compiler where it should see none'
for f in src/illumos-docgen src/libdocgen.a src/main.o; do
	test -e "$rel/$f" && fail "building the tarball made $f"
done
for f in man/illumos-distros.7 man/illumos-books.7 \
    info/illumos-distros.texi info/illumos-books.texi; do
	cmp -s "$abs_srcdir/$f" "$rel/$f" ||
	    fail "building the tarball changed $f"
done

# "make html": the HTML manuals and the pages as HTML.
if run_in "$rel" "$MAKE html"; then
	for page in $PAGES; do
		test -f "$rel/info/$page.html/index.html" ||
		    fail "make html wrote no info/$page.html/"
		test -s "$rel/man/$page.7.html" ||
		    fail "make html wrote no man/$page.7.html"
	done
fi

# "make pdf": the printed manuals where configure found TeX; without it
# a message naming the Debian packages of the README, exit status 0, no
# PDF, and no TEXI2PDF step announced.
if run_in "$rel" "$MAKE pdf"; then
	if grep '^PDFTEX = .' "$rel/Makefile" >/dev/null; then
		for page in $PAGES; do
			test -s "$rel/info/$page.pdf" ||
			    fail "make pdf wrote no info/$page.pdf"
		done
	else
		echo "skipped: the PDF itself (configure found no TeX here)"
		grep -F 'apt-get install texlive-base texlive-plain-generic' \
		    "$tmp/got" >/dev/null ||
		    fail 'make pdf without TeX does not name the packages'
		grep TEXI2PDF "$tmp/got" >/dev/null &&
		    fail 'make pdf without TeX announces TEXI2PDF'
		grep -F 'apt-get install texlive-base texlive-plain-generic' \
		    "$README" >/dev/null ||
		    fail 'README.md names other TeX packages than make pdf'
		ls "$rel"/info/*.pdf >/dev/null 2>&1 &&
		    fail 'make pdf without TeX left a PDF'
	fi
fi

# "make ps" the same, through DVI and dvips: without TeX, dvips has
# nothing to read, and must not be run on it.
if run_in "$rel" "$MAKE ps"; then
	if grep '^PDFTEX = .' "$rel/Makefile" >/dev/null; then
		for page in $PAGES; do
			test -s "$rel/info/$page.ps" ||
			    fail "make ps wrote no info/$page.ps"
		done
	else
		grep -F 'TeX was not found' "$tmp/got" >/dev/null ||
		    fail 'make ps without TeX does not say why it skips'
		grep DVIPS "$tmp/got" >/dev/null &&
		    fail 'make ps without TeX announces DVIPS'
		ls "$rel"/info/*.ps >/dev/null 2>&1 &&
		    fail 'make ps without TeX left a PostScript file'
	fi
fi

# "make install-pdf", "install-dvi" and "install-ps" install what "make
# pdf", "dvi" and "ps" made; without TeX they skip as those do, where
# automake's rules would stop at the missing files.
printed="$tmp/printed"
if run_in "$rel" "$MAKE install-pdf install-dvi install-ps DESTDIR='$printed'"
then
	if grep '^PDFTEX = .' "$rel/Makefile" >/dev/null; then
		for page in $PAGES; do
			for ext in pdf dvi ps; do
				n=$(find "$printed" -name "$page.$ext" | wc -l)
				test "$n" -eq 1 ||
				    fail "make install-$ext installed $n $page.$ext"
			done
		done
	else
		n=$(grep -c 'TeX was not found' "$tmp/got")
		test "$n" -eq 3 ||
		    fail "make install-pdf, -dvi and -ps without TeX said why they skip $n times, not 3"
		test -z "$(find "$printed" -type f 2>/dev/null)" ||
		    fail 'make install-pdf without TeX installed a file'
	fi
fi

# "make install" with DESTDIR installs the two pages and the two
# manuals and lists them in the Info directory; "make uninstall" leaves
# what the README says: the Info directory file with an empty menu and
# the empty directories, nothing else.
dest=$tmp/dest
dir_pages=$PAGES
if run_in "$rel" "$MAKE install DESTDIR='$dest'"; then
	for f in man/man7/illumos-distros.7 man/man7/illumos-books.7 \
	    info/illumos-distros.info info/illumos-books.info; do
		test -s "$dest/usr/local/share/$f" ||
		    fail "make install did not install share/$f"
	done
	# Where the install-info on PATH succeeds and writes nothing (as
	# pkgsrc's does during a build), there is no Info directory to
	# read.  make install ignores a failing install-info, so ask it
	# once more here to tell the two apart.
	if test ! -e "$dest/usr/local/share/info/dir"; then
		mkdir "$tmp/probe-dir" &&
		install-info --info-dir="$tmp/probe-dir" \
		    "$dest/usr/local/share/info/illumos-distros.info" \
		    >"$tmp/probe.out" 2>&1
		probe=$?
		if test $probe -eq 0 && test ! -e "$tmp/probe-dir/dir"; then
			echo "install-info succeeds and writes no dir file" \
			    "here: the Info directory is not checked"
			dir_pages=
		else
			fail "make install wrote no Info directory file" \
			    "(install-info exits $probe)"
			show "$tmp/probe.out"
		fi
	fi
	for page in $dir_pages; do
		grep "^\* [^:]*: ($page)" "$dest/usr/local/share/info/dir" \
		    >/dev/null || fail "the Info directory has no entry for $page"
	done
fi
if run_in "$rel" "$MAKE uninstall DESTDIR='$dest'"; then
	(cd "$dest" && find . -type f) >"$tmp/files"
	if test -n "$dir_pages"; then
		echo ./usr/local/share/info/dir
	fi >"$tmp/want-files"
	if ! cmp -s "$tmp/want-files" "$tmp/files"; then
		fail 'make uninstall leaves other files than share/info/dir'
		show "$tmp/files"
	fi
	if test -n "$dir_pages"; then
		sed -n '/^\* Menu:/,$p' "$dest/usr/local/share/info/dir" |
		    grep '^\*' >"$tmp/menu"
		test "`cat "$tmp/menu"`" = '* Menu:' || fail \
		    'the Info directory menu is not empty after make uninstall'
	fi
	(cd "$dest" && find . -type d) | sort >"$tmp/dirs"
	printf '%s\n' . ./usr ./usr/local ./usr/local/share \
	    ./usr/local/share/info ./usr/local/share/man \
	    ./usr/local/share/man/man7 >"$tmp/want-dirs"
	if ! cmp -s "$tmp/want-dirs" "$tmp/dirs"; then
		fail 'make uninstall leaves other directories than those make install made'
		show "$tmp/dirs"
	fi
	grep -F 'It leaves behind the Info directory' "$README" >/dev/null ||
	    fail 'README.md does not say what make uninstall leaves'
fi

# Once the catalog is newer than the pages, make in that tarball must
# say that it needs a compiler, fail, and leave the pages as they were.
touch "$rel/catalog/illumos.rec"
if (cd "$rel" && $MAKE) >"$tmp/got" 2>&1; then
	fail 'make without a compiler succeeded after the catalog changed'
fi
grep 'found no C compiler; install one' "$tmp/got" >/dev/null ||
    { fail 'make without a compiler does not say what is missing'; show "$tmp/got"; }
cmp -s "$abs_srcdir/man/illumos-distros.7" "$rel/man/illumos-distros.7" ||
    fail 'a failed make without a compiler changed man/illumos-distros.7'

# "make deb" and the pkg/debian/build form: the rule in pkg/local.mk
# runs the command the README shows, and pkg/tests/deb.sh runs the same
# script on a "make dist" tarball (see the list above for why it does
# not run here).
grep '^	$(SHELL) $(srcdir)/pkg/debian/build $(PACKAGE)-$(VERSION).tar.gz deb-out$' \
    "$abs_srcdir/pkg/local.mk" >/dev/null ||
    fail 'make deb does not run pkg/debian/build TARBALL deb-out'
grep 'sh "$srcdir/pkg/debian/build" "$tarball" ' \
    "$abs_srcdir/pkg/tests/deb.sh" >/dev/null ||
    fail 'pkg/tests/deb.sh does not run pkg/debian/build on the tarball'

# The README names the tarball of this version wherever it names one.
grep -o 'illumos-resources-[0-9][0-9.]*[0-9]\.tar\.gz' "$README" |
    sort -u >"$tmp/names"
echo "$TARBALL" >"$tmp/want-names"
cmp -s "$tmp/want-names" "$tmp/names" ||
    fail "README.md names another tarball than $TARBALL: `cat "$tmp/names"`"

# ----------------------------------------------------------------------
# Every line of every code block must be run, checked or listed above.
while IFS= read -r l; do
	n=${l%%"$tab"*}
	grep -x "$n" "$tmp/claimed" >/dev/null ||
	    fail "README.md:$n: '${l#*"$tab"}' is neither run here nor listed" \
	        "with the reason it is not"
done <"$tmp/cmds"

finish
