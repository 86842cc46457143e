#!/bin/sh
#
# makeinfo must turn each generated manual into Info, HTML, plain text
# and DocBook without a word on standard error, and install-info must
# find the directory entry that "info illumos-distros" relies on.

. "$srcdir/tests/lib.sh"
need MAKEINFO makeinfo texinfo

cd "$tmp" || hard_error "cannot enter $tmp"
for page in $PAGES; do
	texi=$abs_srcdir/info/$page.texi
	for mode in info html plaintext docbook; do
		case $mode in
		info)		flag='' output=$page.info ;;
		html)		flag=--html output=$page.html ;;
		plaintext)	flag=--plaintext output=$page.txt ;;
		docbook)	flag=--docbook output=$page.xml ;;
		esac
		# $flag is unquoted on purpose: empty means no option.
		"$MAKEINFO" $flag -o "$output" "$texi" >out 2>err
		rc=$?
		if test $rc -ne 0 || test -s err; then
			fail "makeinfo ${flag:---info} $page.texi:" \
			    "exit status $rc, messages:"
			show err
		elif test ! -e "$output"; then
			fail "makeinfo ${flag:---info} $page.texi" \
			    "did not write $output"
		fi
	done
	test -s "$page.info" || continue
	if test -n "${INSTALL_INFO:-}"; then
		mkdir -p infodir
		if ! "$INSTALL_INFO" --info-dir=infodir "$page.info" \
		    >out 2>&1; then
			fail "install-info rejects $page.info"
			show out
		elif test ! -e infodir/dir; then
			# pkgsrc's install-info, during a build, succeeds and
			# writes nothing by design: there is no entry to read.
			echo "$INSTALL_INFO wrote no dir file for $page.info:" \
			    "its dir entry is not checked here"
		elif ! grep "^\\* $page: ($page)\\." infodir/dir >/dev/null
		then
			fail "install-info wrote no entry for $page"
			show infodir/dir
		fi
	fi
done
finish
