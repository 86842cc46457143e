#!/bin/sh
#
# The manual as a reader first meets it in the standalone info reader,
# at 80x24: the Top node shows its whole menu, down to the Index entry,
# on the first screen.  An interactive index search, as a reader types
# it: "i", "LX", Enter must land on the node of a distribution that has
# LX branded zones in the catalog, and "i" finds the words a reader
# choosing a distribution looks up: bhyve, ZFS, hypervisor, desktop,
# NAS, storage and workstation.  ("info --index-search" with
# "-o -" proves nothing: texinfo 6.8 ignores the index when it dumps a
# node.)  The reader runs in a detached tmux session of a fixed size,
# on a server of its own (its socket is in the scratch directory), and
# the screen is read back with capture-pane.

: "${srcdir:=.}"
. "$srcdir/tests/render/common.sh"

need tmux info "$RECSEL"

page=illumos-distros
infodir=$tmp/info
mkdir "$infodir" || exit 99
info_file $page "$infodir"

sock=$tmp/tmux.sock
unset TMUX
t()
{
	tmux -S "$sock" "$@"
}
# Stop this test's own tmux server however the test ends, then remove
# the scratch directory (the trap of common.sh, repeated here).
trap 't kill-server >/dev/null 2>&1; rm -rf "$tmp"' 0

# wait_for TEXT: poll the screen for up to about 5 seconds until it
# shows TEXT; the last screen is left in $tmp/screen.
wait_for()
{
	_i=0
	while test $_i -lt 25; do
		t capture-pane -p -t render >"$tmp/screen" 2>/dev/null
		grep -F -e "$1" "$tmp/screen" >/dev/null && return 0
		sleep 0.2 2>/dev/null || sleep 1
		_i=`expr $_i + 1`
	done
	return 1
}

t -f /dev/null new-session -d -s render -x 80 -y 24 \
    "cd '$infodir' && TERM=screen INFOPATH='$infodir' info -f ./$page.info" ||
    exit 99

if ! wait_for "Info: ($page)Top"; then
	echo "ERROR: info did not show the Top node; the screen:"
	show "$tmp/screen"
	exit 99
fi

# The menu of Top, whole, on the first screen.  info may draw the mode
# line before the text above it, so the screen is read until it shows
# the last entry of the menu, or for as long as wait_for waits.
if wait_for "* Index::" && grep -F "* Menu:" "$tmp/screen" >/dev/null; then
	echo "ok: the first screen shows the menu of Top, down to Index"
else
	fail "the first screen does not show the whole menu of Top:"
	show "$tmp/screen"
fi

t send-keys -t render i
if ! wait_for "Index entry"; then
	fail "'i' did not prompt for an index entry; the screen:"
	show "$tmp/screen"
	exit 1
fi
t send-keys -t render -l LX
t send-keys -t render Enter

# The mode line names the node: "-----Info: (illumos-distros)NODE, ...".
"$RECSEL" -t Distribution -e "Lx = 'yes'" -C -P Name "$catalog" >"$tmp/lx"
test -s "$tmp/lx" || exit 99
if wait_for "Found 'LX'"; then
	:
else
	fail "the index search for LX found nothing; the screen:"
	show "$tmp/screen"
	exit 1
fi
landed=`sed -n "s/.*Info: ($page)\([^,]*\),.*/\1/p" "$tmp/screen" | sed 1q`
if grep -x -F -e "$landed" "$tmp/lx" >/dev/null; then
	echo "ok: 'i LX' landed on $landed, which has LX"
else
	fail "'i LX' landed on \"$landed\", not on one of:"
	show "$tmp/lx"
	echo "the screen:"
	show "$tmp/screen"
fi

# The first line of the screen is the node's header, with its links.
sed -n 1p "$tmp/screen" | grep -F "Next:" >/dev/null ||
    fail "the first screen line is not the node header: `sed -n 1p "$tmp/screen"`"

# Each word a reader looks up: "Found" in the echo area, or a failure.
for word in bhyve ZFS hypervisor desktop NAS storage workstation; do
	t send-keys -t render i
	if ! wait_for "Index entry"; then
		fail "'i' did not prompt for an index entry; the screen:"
		show "$tmp/screen"
		break
	fi
	t send-keys -t render -l "$word"
	t send-keys -t render Enter
	if wait_for "Found '$word'"; then
		echo "ok: 'i $word' found an entry"
	else
		fail "the index search for $word found nothing; the screen:"
		show "$tmp/screen"
	fi
done

t send-keys -t render q
exit $failed
