#!/bin/sh
#
# A file that -o replaces keeps its owner, group and mode: root who
# regenerates a user's tree (as "sudo make install" can) must not take
# the user's files away.  Through a symbolic link, the file that the
# link ends in keeps its own; a new file is the runner's.  A user who
# may not give files away keeps the group, when a member of it, and a
# set-user-ID bit is not kept for an owner who was not kept.
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

# run WHAT OUT: a good run onto OUT.
run()
{
	"$DOCGEN" -o "$2" cat.rec illumos-distros >stdout 2>stderr || {
		fail "$1: exit status $?"
		show stderr
	}
}

# A file of another user and group, with a mode that no umask gives.
echo 'the old page' >out/plain.7
chown $owner:$group out/plain.7 && chmod 0640 out/plain.7 ||
    hard_error "cannot give out/plain.7 away"
run 'plain file' out/plain.7
check 'plain file' out/plain.7 "-rw-r----- $owner $group"

# The set-ID bits stay with the owner and group they were kept with;
# the system may clear them when a file is given away, so the order of
# the two steps matters.
echo 'the old page' >out/setid.7
chown $owner:$group out/setid.7 && chmod 6750 out/setid.7 ||
    hard_error "cannot give out/setid.7 away"
run 'set-ID file' out/setid.7
check 'set-ID file' out/setid.7 "-rwsr-s--- $owner $group"

# Through a link, root's own, the file it ends in is replaced and keeps
# its owner and group; the link stays a link.
echo 'the old page' >out/target.7
chown $owner:$group out/target.7 && chmod 0604 out/target.7 ||
    hard_error "cannot give out/target.7 away"
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
echo 'the old page' >out/group.7
chown 0:$group out/group.7 && chmod 6664 out/group.7 ||
    hard_error "cannot give out/group.7 away"
as_user "$DOCGEN" -o out/group.7 cat.rec illumos-distros \
    >stdout 2>stderr || {
	fail "as a user: exit status $?"
	show stderr
}
check 'as a user' out/group.7 "-rw-rwSr-- $owner $group"
finish
