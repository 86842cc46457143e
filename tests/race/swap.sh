#!/bin/sh
#
# -o against a target that changes at the worst moment, made certain by
# a library preloaded into the generator (tests/race/shim.c):
#
# - The target is a link to a device, so it is to be written in place,
#   and a regular file takes its place just before it is opened.  The
#   file must be replaced whole, as every regular file is: written in
#   place, it kept the end of its old text after the page.
# - The target does not exist, and becomes a link to a FIFO just before
#   its links are followed.  The FIFO must get the page, as a FIFO
#   named at the start would: a regular file was renamed over it.
# - The target becomes a link to a FIFO once the page is written: the
#   link must stay, with an error, rather than be renamed over.
#
# Where no shared library can be built and preloaded, the test skips.

. "$srcdir/tests/lib.sh"

cc=${CC:-cc}
command -v "$cc" >/dev/null 2>&1 ||
    skip "no C compiler ($cc) to build the preloaded library with"
"$cc" -shared -fPIC -o "$tmp/shim.so" "$srcdir/tests/race/shim.c" \
    >"$tmp/cc.log" 2>&1 ||
    skip "cannot build a shared library with $cc: `head -n 1 "$tmp/cc.log"`"
# A sanitizer's runtime wants to be the first library; the shim only
# passes calls on, so the order does not matter here.
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0
export ASAN_OPTIONS

cd "$tmp" || hard_error "cannot enter $tmp"
"$DOCGEN" -T urls "$CATALOG" >want || hard_error "cannot list the links"

# shimmed VAR=VALUE...: run the generator onto ./target with the shim
# and the settings VAR=VALUE; its status is in rc, its messages in err.
shimmed()
{
	rm -f fired
	env SHIM_TARGET=target SHIM_FIRED=fired LD_PRELOAD="$tmp/shim.so" \
	    "$@" "$DOCGEN" -T urls -o target "$CATALOG" 2>err
	rc=$?
	test -f fired ||
	    skip "the preloaded library did not take effect here"
}

# A regular file in place of a link to /dev/null, just before it is
# opened for writing.
ln -s /dev/null target || hard_error "cannot make a link"
awk 'BEGIN { for (i = 0; i < 2000; i++) print "an old line of the file" }' \
    >new || hard_error "cannot write a file"
shimmed SHIM_OPEN_SWAP=new
if test $rc -ne 0; then
	fail "a file in place of a device: exit status $rc"
	show err
elif ! test -f target || test -h target; then
	fail "a file in place of a device: the target is not a regular file"
elif ! cmp -s want target; then
	fail "a file in place of a device: the target is not the list" \
	    "alone (`wc -c <target` bytes, not `wc -c <want`)"
fi
rm -f target new

# A link to a FIFO where there was nothing, just before the links are
# followed.  The FIFO is held open here for reading and writing, which
# never blocks, so that the generator can open it; the list fits the
# pipe.
mkfifo fifo || skip "cannot make a FIFO here"
exec 3<>fifo
shimmed SHIM_LSTAT_LINK=fifo
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
rm -f target

# The same link, made once the page is written: the run fails, and
# the link and the FIFO stay as they are.
echo 'the old list' >target || hard_error "cannot write the target"
shimmed SHIM_FSYNC_LINK=fifo
test $rc -eq 2 || fail "a link to a FIFO made at the end: exit status $rc"
grep -F 'target: error: became something other than a regular file' err \
    >/dev/null || {
	fail "a link to a FIFO made at the end: not the expected message"
	show err
}
test -h target && test -p fifo ||
    fail "a link to a FIFO made at the end: it was renamed over"
exec 3>&-
finish
