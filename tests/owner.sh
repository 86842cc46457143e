#!/bin/sh
#
# A file that -o replaces keeps its owner, group and mode: root who
# regenerates a user's tree (as "sudo make install" can) must not take
# the user's files away.  Through a symbolic link, the file that the
# link ends in keeps its own; a new file is the runner's.  A user who
# may not give files away keeps the group, when a member of it, and a
# set-user-ID bit is not kept for an owner who was not kept, but is
# kept for one who was, even when the runner is not root.
#
# Only root can make files of other users to try this on.

. "$srcdir/tests/lib.sh"

test "`id -u`" -eq 0 ||
    skip "only root can give files to other users; run make check as" \
    "root to check that replaced files keep their owner and group"

# Numbers rather than names, which differ between systems; they need
# not belong to any user or group.
owner=4242 group=4343
umask 022

mkdir "$tmp/out" || hard_error "cannot create $tmp/out"
cp "$CATALOG" "$tmp/cat.rec" || hard_error "cannot copy the catalog"
cd "$tmp" || hard_error "cannot enter $tmp"
"$DOCGEN" cat.rec illumos-distros >want.7 ||
    hard_error "cannot generate illumos-distros"

# attrs FILE: its mode, owner and group as ls -ln shows them.
attrs()
{
	ls -ln "$1" | awk '{ print $1, $3, $4 }' | sed 's/[.+@]* / /'
}

# check WHAT FILE WANT: FILE has the page and the attributes WANT.
check()
{
	cmp want.7 "$2" >/dev/null || fail "$1: the page was not written"
	got=`attrs "$2"`
	test "$got" = "$3" || fail "$1: '$got', not '$3'"
}

# run WHAT OUT: a good run onto OUT, as root, or as the user that the
# command in $as runs its arguments as.
as=
run()
{
	$as "$DOCGEN" -o "$2" cat.rec illumos-distros >stdout 2>stderr || {
		fail "$1: exit status $?"
		show stderr
	}
}

# given FILE OWNER:GROUP MODE: an old page in FILE, with those attributes.
given()
{
	echo 'the old page' >"$1" && chown "$2" "$1" && chmod "$3" "$1" ||
	    hard_error "cannot give $1 away"
}

# A file of another user and group, with a mode that no umask gives.
given out/plain.7 $owner:$group 0640
run 'plain file' out/plain.7
check 'plain file' out/plain.7 "-rw-r----- $owner $group"

# The set-ID bits stay with the owner and group they were kept with;
# the system may clear them when a file is given away, so the order of
# the two steps matters.
given out/setid.7 $owner:$group 6750
run 'set-ID file' out/setid.7
check 'set-ID file' out/setid.7 "-rwsr-s--- $owner $group"

# Through a link, root's own, the file it ends in is replaced and keeps
# its owner and group; the link stays a link.
given out/target.7 $owner:$group 0604
ln -s target.7 out/link.7 || hard_error "cannot make a link"
run 'through a link' out/link.7
check 'through a link' out/target.7 "-rw----r-- $owner $group"
test -h out/link.7 || fail 'through a link: the link was replaced'

# A link to nothing: the new file is root's, as ">" would make it.
ln -s new.7 out/dangling.7 || hard_error "cannot make a link"
run 'new file' out/dangling.7
check 'new file' out/new.7 "-rw-r--r-- 0 0"

ls -A out >listing
printf '%s\n' dangling.7 link.7 new.7 plain.7 setid.7 target.7 >want
cmp want listing >/dev/null || {
	fail 'files left beside the outputs'
	show listing
}

# A user who is not root, in the group but not the owner, in a
# directory that the group may write: the file becomes the user's, in
# the old group, and loses the set-user-ID bit of its old owner.
# setpriv (of util-linux) runs a command as another user without a
# password or an entry in the user database.
if ! command -v setpriv >/dev/null 2>&1; then
	echo "note: setpriv is not installed; not running as a user"
	finish
fi
as_user()
{
	setpriv --reuid=$owner --regid=$owner --groups=$group "$@"
}
chmod 0755 "$tmp" && chown 0:$group out && chmod 0775 out ||
    hard_error "cannot open $tmp to another user"
chmod 0644 cat.rec
if ! as_user "$DOCGEN" --version >/dev/null 2>&1; then
	echo "note: user $owner cannot run $DOCGEN; not running as a user"
	finish
fi
given out/group.7 0:$group 6664
as=as_user
run 'as a user' out/group.7
check 'as a user' out/group.7 "-rw-rwSr-- $owner $group"

# The user's own set-ID file keeps both bits: its owner and group stay.
# The system clears them on any write by a process without the
# privilege to keep them, so the mode is set once the page is written.
given out/own.7 $owner:$group 6750
run "the user's own file" out/own.7
check "the user's own file" out/own.7 "-rwsr-s--- $owner $group"
finish
