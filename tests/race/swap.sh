#!/bin/sh
#
# -o against a target that changes at the worst moment, made certain by
# a library preloaded into the generator (tests/race/shim.c).  Each case
# changes the target, or the temporary file, just before one system
# call, and says what the run must do then:
#
# - a link to a device becomes a regular file before it is opened: the
#   file is replaced whole, as every regular file is (written in place,
#   it kept the end of its old text);
# - a link to a device is removed before it is opened: a new file is
#   made, as for a target that was never there;
# - a link to a device becomes a link to a FIFO that a reader waits on:
#   the FIFO gets the page (closing it ended the reader's page early);
# - a link to a device becomes a regular file at every open, and a link
#   to the device again at every stat: the run gives up, with an error,
#   rather than look again for ever;
# - nothing becomes a link to a FIFO before the links are followed: the
#   FIFO gets the page (a regular file was renamed over it);
# - a link to a file is removed before it is read: a new file is made
#   (the run failed, "Invalid argument" or "No such file");
# - the target becomes a link to a FIFO once the page is written: the
#   link stays, with an error (it was renamed over);
# - the temporary file, where it has a name, is removed or becomes a
#   link once the page is written, or once it has its name for good,
#   just before it is compared with the file written: an error that
#   says so, and the target is left as it was (the link was renamed
#   over the target);
# - every name the file without a name could take is taken: an error
#   that says so (it said that the target exists);
# - the look at the temporary file fails: an error that says why, and
#   the file goes (it was left, with a message that it was replaced);
# - another writer's file takes the temporary name and the run then
#   fails, or is killed: the other file stays (it was removed);
# - the target's directory is renamed, and a new one made of its old
#   name, once the page is written: the page goes to the directory that
#   the run started in, under its new name, and nothing is left in
#   either (the run failed, or wrote into the new directory); if a
#   signal then ends the run, the old target stays and the temporary
#   file goes (it was left behind, its name no longer reached);
# - on Linux, SIGPWR or SIGSTKFLT ends the run: the temporary file goes
#   (it was left).
#
# Where no shared library can be built and preloaded, the test skips.

. "$srcdir/tests/lib.sh"

cc=${CC:-cc}
command -v "$cc" >/dev/null 2>&1 ||
    skip "no C compiler ($cc) to build the preloaded library with"
"$cc" -shared -fPIC -o "$tmp/shim.so" "$srcdir/tests/race/shim.c" \
    >"$tmp/cc.log" 2>&1 ||
    skip "cannot build a shared library with $cc: `head -n 1 "$tmp/cc.log"`"
# The C library's own words for EIO, which the shim's failures give:
# glibc says "Input/output error", musl "I/O error".
cat >"$tmp/eio.c" <<'EOF'
#include <errno.h>
#include <stdio.h>
#include <string.h>

int
main(void)
{
	puts(strerror(EIO));
	return 0;
}
EOF
"$cc" -o "$tmp/eio" "$tmp/eio.c" >"$tmp/cc.log" 2>&1 &&
    eio=`"$tmp/eio"` && test -n "$eio" ||
    hard_error "cannot build or run a program that prints strerror(EIO)"
# A sanitizer's runtime wants to be the first library; the shim only
# passes calls on, so the order does not matter here.
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0
export ASAN_OPTIONS

cd "$tmp" || hard_error "cannot enter $tmp"
"$DOCGEN" -T urls "$CATALOG" >want || hard_error "cannot list the links"
awk 'BEGIN { for (i = 0; i < 2000; i++) print "an old line of the file" }' \
    >old || hard_error "cannot write a file"

# timeout, where there is one, stops a run that would never end.
limit=
command -v timeout >/dev/null 2>&1 && limit='timeout 60'

# shimmed VAR=VALUE...: run the generator onto $out (./target unless
# set) with the shim and the settings VAR=VALUE; its status is in rc,
# its messages in err.
out=target
shimmed()
{
	rm -f fired
	$limit env SHIM_TARGET="$out" SHIM_FIRED="$tmp/fired" \
	    LD_PRELOAD="$tmp/shim.so" "$@" \
	    "$DOCGEN" -T urls -o "$out" "$CATALOG" 2>err
	rc=$?
	took=yes
	test -f fired || took=no
	test $took = yes || test -n "$optional" ||
	    skip "the preloaded library did not take effect here"
}
optional=

# written WHAT: the run succeeded, and target is a regular file that
# holds the list alone.
written()
{
	if test $rc -ne 0; then
		fail "$1: exit status $rc"
		show err
	elif ! test -f target || test -h target; then
		fail "$1: the target is not a regular file"
	elif ! cmp -s want target; then
		fail "$1: the target is not the list alone" \
		    "(`wc -c <target` bytes, not `wc -c <want`)"
	fi
	rm -f target
}

# refused WHAT MESSAGE: the run failed with status 2 and MESSAGE.
refused()
{
	test $rc -eq 2 || fail "$1: exit status $rc, not 2"
	grep -F -e "$2" err >/dev/null || {
		fail "$1: not the message '$2'"
		show err
	}
}

# leftovers WHAT NAMES...: the directory holds NAMES and nothing else.
leftovers()
{
	_what=$1
	shift
	ls -A | grep -v -x -e want -e old -e err -e fired -e shim.so \
	    -e cc.log -e eio -e eio.c -e fifo -e got -e left -e expected \
	    -e d -e moved >left
	printf '%s\n' "$@" | grep -v '^$' >expected
	cmp -s expected left || {
		fail "$_what: files left:"
		show left
	}
}

ln -s /dev/null target && cp old new || hard_error "cannot set up"
shimmed SHIM_CALL=open SHIM_DO=swap SHIM_ARG=new
written 'a file in place of a device'

ln -s /dev/null target || hard_error "cannot make a link"
shimmed SHIM_CALL=open SHIM_DO=remove
written 'a device link removed'

ln -s /dev/null target && cp old new || hard_error "cannot set up"
shimmed SHIM_CALL=open SHIM_DO=link SHIM_ARG=new SHIM_CALL2=stat \
    SHIM_DO2=link SHIM_ARG2=/dev/null SHIM_EVERY=1
refused 'a device that is a file at every open' 'kept changing'
test -h target || fail 'a device that is a file at every open: no link'
cmp -s old new || fail 'a device that is a file at every open: a file changed'
rm -f target new
leftovers 'a device that is a file at every open'

mkfifo fifo || skip "cannot make a FIFO here"

# A reader of its own waits on the FIFO: a page ended early, or never
# written, shows in what it got.  Without timeout, a generator that
# waited for a reader for ever would stop the test.
if test -n "$limit"; then
	ln -s /dev/null target || hard_error "cannot make a link"
	cat fifo >got &
	reader=$!
	shimmed SHIM_CALL=open SHIM_DO=link SHIM_ARG=fifo
	# A reader still waiting once the generator is gone gets its end.
	test $rc -eq 0 || : <>fifo
	wait $reader
	test $rc -eq 0 || fail "a device that becomes a FIFO: exit status $rc"
	cmp -s want got ||
	    fail "a device that becomes a FIFO: the reader did not get the list"
	rm -f target got
else
	echo "note: no timeout command; not making a device a FIFO"
fi

# The FIFO is held open here for reading and writing, which never
# blocks, so that the generator can open it; the list fits the pipe.
exec 3<>fifo
shimmed SHIM_CALL=lstat SHIM_DO=link SHIM_ARG=fifo
if test $rc -ne 0; then
	fail "a link to a FIFO made meanwhile: exit status $rc"
	show err
elif ! test -p fifo; then
	fail "a link to a FIFO made meanwhile: the FIFO was replaced"
else
	# A last line of our own, so that the read knows where to stop.
	echo '.end.' >&3
	sed '/^\.end\.$/q' <&3 | sed '$d' >got
	cmp -s want got ||
	    fail "a link to a FIFO made meanwhile: the FIFO did not get" \
	    "the list"
fi
test -h target || fail "a link to a FIFO made meanwhile: the link went"
rm -f target got

cp old real && ln -s real target || hard_error "cannot set up"
shimmed SHIM_CALL=readlink SHIM_DO=remove
written 'a link removed while it is read'
cmp -s old real || fail 'a link removed while it is read: real changed'
rm -f real

cp old target || hard_error "cannot write the target"
shimmed SHIM_CALL=fsync SHIM_DO=link SHIM_ARG=fifo
refused 'a link to a FIFO made at the end' \
    'target: error: something other than a regular file took its place'
test -h target && test -p fifo ||
    fail "a link to a FIFO made at the end: it was renamed over"
rm -f target
exec 3>&-

# Where the temporary file has a name from the start, as where there
# are no files without a name, whoever may write in the directory may
# change it.
for change in temp-remove temp-link; do
	cp old target || hard_error "cannot write the target"
	shimmed SHIM_NO_TMPFILE=1 SHIM_CALL=fsync SHIM_DO=$change \
	    SHIM_ARG=/dev/null
	refused "$change" 'was removed or replaced while the page was written'
	cmp -s old target || fail "$change: the target changed"
	test -f target && ! test -h target ||
	    fail "$change: the target is no longer a regular file"
	case $change in
	temp-remove)	leftovers "$change" target ;;
	temp-link)	# The link is the other writer's, and stays.
		ls -A | grep '^\.docgen' >/dev/null ||
		    fail "$change: the other writer's link was removed"
		rm -f .docgen* ;;
	esac
	rm -f target
done

# The same changes once the temporary file has its name for good, just
# before it is compared with the file written: a file closed with only
# a name may lose its inode number to another file made there, which
# then passed for it.
for mode in SHIM_TMPFILE=1 SHIM_NO_TMPFILE=1; do
	for change in temp-remove temp-link; do
		cp old target && echo 'the other page' >other ||
		    hard_error "cannot set up"
		# The lstat() of other cases took effect: one that never
		# comes means that the name was never looked at.
		optional=yes
		shimmed $mode SHIM_CALL=lstat-temp SHIM_DO=$change \
		    SHIM_ARG=other
		optional=
		test $took = yes || fail "$change, $mode: the temporary" \
		    "file was renamed without a look at it"
		refused "$change, $mode" \
		    'was removed or replaced while the page was written'
		cmp -s old target && test -f target && ! test -h target ||
		    fail "$change, $mode: the target changed"
		rm -f target other .docgen*
	done
done

# The look at the temporary file fails: the message says why, and the
# file, which is most likely the run's own, goes.
for mode in SHIM_TMPFILE=1 SHIM_NO_TMPFILE=1; do
	cp old target || hard_error "cannot write the target"
	shimmed $mode SHIM_CALL=lstat-temp SHIM_DO=fail
	refused "a look that fails, $mode" "target: error: $eio"
	cmp -s old target || fail "a look that fails, $mode: the target changed"
	leftovers "a look that fails, $mode" target
	rm -f target .docgen*
done

# Another writer's file takes the temporary name, and then the run
# fails for a reason of its own: the other file stays.
cp old target || hard_error "cannot write the target"
shimmed SHIM_NO_TMPFILE=1 SHIM_CALL=fsync SHIM_DO=temp-link \
    SHIM_ARG=elsewhere SHIM_CALL2=dup SHIM_DO2=fail
refused 'a failure after a swap' "target: error: $eio"
cmp -s old target || fail 'a failure after a swap: the target changed'
ls -A | grep '^\.docgen' >/dev/null ||
    fail "a failure after a swap: the other writer's link was removed"
rm -f target .docgen*

# The same, ended by a signal: the handler, too, removes only the file
# that the run made.
cp old target || hard_error "cannot write the target"
shimmed SHIM_NO_TMPFILE=1 SHIM_CALL=fsync SHIM_DO=temp-link \
    SHIM_ARG=elsewhere SHIM_CALL2=fsync SHIM_DO2=kill
test $rc -ne 0 || fail 'a signal after a swap: exit status 0'
cmp -s old target || fail 'a signal after a swap: the target changed'
ls -A | grep '^\.docgen' >/dev/null ||
    fail "a signal after a swap: the other writer's link was removed"
rm -f target .docgen*

# A directory where names can be made but not renamed or removed, as
# an append-only one: a new target is made without a temporary name
# (it failed, and left one), and where a target is replaced, the
# messages say what failed and which file is left (the only one said
# "Operation not permitted").
optional=yes
shimmed SHIM_CALL=renameat SHIM_DO=fail SHIM_EVERY=1 SHIM_CALL2=unlinkat \
    SHIM_DO2=fail
optional=
if test -f fired; then
	fail 'a new file where names stay: a temporary name was used'
	show err
else
	written 'a new file where names stay'
fi
leftovers 'a new file where names stay'
cp old target || hard_error "cannot write the target"
shimmed SHIM_CALL=renameat SHIM_DO=fail SHIM_EVERY=1 SHIM_CALL2=unlinkat \
    SHIM_DO2=fail
refused 'a file replaced where names stay' \
    'target: error: cannot rename its temporary file over it'
refused 'a file replaced where names stay' \
    'error: left behind: the temporary file of target, which cannot be removed'
grep '^\.docgen[0-9A-Za-z]*: error: left behind' err >/dev/null ||
    fail 'a file replaced where names stay: the file left is not named'
cmp -s old target || fail 'a file replaced where names stay: the target changed'
rm -f target .docgen*

# The same in a directory of a long path: the file left is named whole,
# where the text of a message is cut short (it was cut off).
long=`awk 'BEGIN { for (i = 0; i < 200; i++) printf "d"; printf "/"
    for (i = 0; i < 200; i++) printf "e" }'`
mkdir -p "$long" && cp old "$long/target" || hard_error "cannot set up"
out=$long/target
shimmed SHIM_CALL=renameat SHIM_DO=fail SHIM_EVERY=1 SHIM_CALL2=unlinkat \
    SHIM_DO2=fail
out=target
grep "^$long/\.docgen[0-9A-Za-z]*: error: left behind" err >/dev/null || {
	fail 'a file left in a long path: not named whole'
	show err
}
rm -rf "${long%%/*}"

# A file that takes a new target's name just before the page is given
# it is replaced as a target there from the start is: it keeps its mode
# (it got the mode of a new file).  Only where files without a name are
# made, which get the target's name straight away.
optional=yes
shimmed SHIM_CALL=linkat SHIM_DO=squat
optional=
if test $took = yes; then
	ls -l target 2>/dev/null | grep '^-rw-------' >/dev/null ||
	    fail 'a file made at a new target meanwhile: its mode was not kept'
	written 'a file made at a new target meanwhile'
fi
# The same where the temporary file has a name from the start, the
# file taking the target's name once the page is written.
echo 'the other page' >other && chmod 600 other || hard_error "cannot set up"
shimmed SHIM_NO_TMPFILE=1 SHIM_CALL=lstat-temp SHIM_DO=swap SHIM_ARG=other
ls -l target 2>/dev/null | grep '^-rw-------' >/dev/null ||
    fail 'a file made at a new target before the rename: its mode was' \
    'not kept'
written 'a file made at a new target before the rename'

# The target is the standard output, at its end, and another writer
# adds to it while the catalog is read: the page goes after what it
# added, not over it (it went over it).
: >target && cp "$CATALOG" cat.rec && "$DOCGEN" -T urls cat.rec >list ||
    hard_error "cannot set up"
rm -f fired
$limit env SHIM_TARGET=cat.rec SHIM_FIRED="$tmp/fired" SHIM_CALL=close \
    SHIM_DO=append SHIM_ARG=target LD_PRELOAD="$tmp/shim.so" \
    "$DOCGEN" -T urls -o target cat.rec 1<>target 2>err
rc=$?
if test -f fired; then
	test $rc -eq 0 || {
		fail "a standard output added to meanwhile: exit status $rc"
		show err
	}
	{ echo "another writer's line"; cat list; } | cmp -s - target ||
	    fail 'a standard output added to meanwhile: not the line, then' \
	    'the list'
else
	fail 'a standard output added to meanwhile: the catalog was not closed'
fi
rm -f target cat.rec list

# The same, ended by a signal: the descriptor that the shell shares is
# given its flags back, without O_APPEND (it kept it).  Where /proc
# shows the flags of a descriptor.
if test -r "/proc/$$/fdinfo/0"; then
	cp "$CATALOG" cat.rec || hard_error "cannot set up"
	exec 4>target
	before=`grep '^flags' "/proc/$$/fdinfo/4"`
	$limit env SHIM_TARGET=cat.rec SHIM_FIRED="$tmp/fired" \
	    SHIM_CALL=close SHIM_DO=kill LD_PRELOAD="$tmp/shim.so" \
	    "$DOCGEN" -T urls -o target cat.rec >&4 2>err
	after=`grep '^flags' "/proc/$$/fdinfo/4"`
	exec 4>&-
	test "$before" = "$after" || fail "a signal with the standard" \
	    "output appending: its flags were $before, are $after"
	rm -f target cat.rec
fi

# A new target is given its name before its descriptor is closed; a
# close() that fails then takes the name back, and where it cannot, the
# message says so (it said nothing of the name left).  Only where files
# without a name are made.
optional=yes
shimmed SHIM_CALL=close SHIM_DO=fail
optional=
if test $took = yes; then
	refused 'a failed close of a new file' "target: error: $eio"
	test -e target && fail 'a failed close of a new file: the target is there'
	leftovers 'a failed close of a new file'
	shimmed SHIM_CALL=close SHIM_DO=fail SHIM_CALL2=unlinkat SHIM_DO2=fail
	refused 'a failed close of a new file that stays' \
	    'target: error: it holds the page, which may not be whole, and cannot be removed'
	rm -f target .docgen*
else
	echo "note: no file without a name here; not failing its close"
fi

# A signal ends the run, and its temporary file cannot be removed: the
# message names it (nothing was said).
cp old target || hard_error "cannot write the target"
shimmed SHIM_NO_TMPFILE=1 SHIM_CALL=fsync SHIM_DO=kill SHIM_CALL2=unlinkat \
    SHIM_DO2=fail
test $rc -ne 0 || fail 'a signal, and a file that stays: exit status 0'
grep '^\.docgen[0-9A-Za-z]*: error: left behind: the temporary file of target' \
    err >/dev/null || {
	fail 'a signal, and a file that stays: not named'
	show err
}
cmp -s old target || fail 'a signal, and a file that stays: the target changed'
rm -f target .docgen*

# The signals of Linux alone that end a process, SIGPWR and SIGSTKFLT,
# remove the temporary file too (they left it).
if test "`uname -s`" = Linux; then
	for sig in PWR STKFLT; do
		cp old target || hard_error "cannot write the target"
		shimmed SHIM_NO_TMPFILE=1 SHIM_CALL=fsync SHIM_DO=kill \
		    SHIM_ARG=$sig
		test $rc -ne 0 || fail "SIG$sig: exit status 0"
		cmp -s old target || fail "SIG$sig: the target changed"
		leftovers "SIG$sig" target
		rm -f target .docgen*
	done
fi

# The target's directory is renamed once the page is written, and a new
# one takes its name.
out=d/target
for mode in SHIM_TMPFILE=1 SHIM_NO_TMPFILE=1; do
	mkdir d && cp old d/target || hard_error "cannot set up"
	shimmed $mode SHIM_CALL=fsync SHIM_DO=dir-move SHIM_ARG=moved
	test $rc -eq 0 || {
		fail "a directory renamed, $mode: exit status $rc"
		show err
	}
	cmp -s want moved/target ||
	    fail "a directory renamed, $mode: the page is not in it"
	test "`ls -A moved`" = target ||
	    fail "a directory renamed, $mode: it holds" `ls -A moved`
	test -z "`ls -A d`" ||
	    fail "a directory renamed, $mode: the new one holds" `ls -A d`
	rm -rf d moved

	mkdir d && cp old d/target || hard_error "cannot set up"
	shimmed $mode SHIM_CALL=fsync SHIM_DO=dir-move SHIM_ARG=moved \
	    SHIM_CALL2=fsync SHIM_DO2=kill
	test $rc -ne 0 || fail "a directory renamed, then a signal, $mode:" \
	    "exit status 0"
	cmp -s old moved/target ||
	    fail "a directory renamed, then a signal, $mode: the target changed"
	test "`ls -A moved`" = target ||
	    fail "a directory renamed, then a signal, $mode: it holds" \
	    `ls -A moved`
	test -z "`ls -A d`" ||
	    fail "a directory renamed, then a signal, $mode: the new one" \
	    "holds" `ls -A d`
	rm -rf d moved
done
out=target

# Every name that the file without a name could take is taken: the
# message says so, not that the target exists.  Only where files
# without a name are made.
cp old target || hard_error "cannot write the target"
optional=yes
shimmed SHIM_CALL=linkat SHIM_DO=squat SHIM_EVERY=1
optional=
if test $took = yes; then
	refused 'every temporary name taken' \
	    'cannot name its temporary file: the 100 names tried are all taken'
	cmp -s old target || fail 'every temporary name taken: the target changed'
else
	echo "note: no file without a name here; not taking its names"
fi
rm -f target .docgen*
finish
