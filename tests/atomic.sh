#!/bin/sh
#
# A run that fails must leave its old output alone.  Generate each page
# from a good copy of the catalog, then break the catalog in three ways
# (a bad value, a missing mandatory field, a duplicate key) and run
# again onto the same file: the generator must exit 1, name the place
# and the field in a "file:line:column: error:" message, leave the output
# byte for byte as it was, and leave no temporary file beside it.
# recfix --check must reject each broken catalog too.
#
# Then the other ways a run can end early: the output is the catalog,
# the output goes over the file size limit, and the process is killed
# by a signal while its temporary file exists.  Each must leave the old
# output (and the catalog) as it was and no file beside it.  Where the
# generator can write a file without a name (Linux, with /proc, on a
# file system that makes such files), no name may appear beside the
# output while the page is written, and even SIGKILL must leave nothing.

. "$srcdir/tests/lib.sh"

mkdir "$tmp/cat" ||
    hard_error "cannot create directories in $tmp"
cp "$CATALOG" "$tmp/cat/good.rec" || hard_error "cannot copy the catalog"
# Run from beside the catalog and give its bare name, so that the
# expected messages need no path in them.
cd "$tmp/cat" || hard_error "cannot enter $tmp/cat"

# line_of TEXT: the number of the first line of good.rec that is TEXT.
line_of()
{
	n=`grep -n -x -F -e "$1" good.rec | sed -n '1s/:.*//p'`
	test -n "$n" || hard_error "the catalog has no line '$1'"
	echo "$n"
}

# A bad value: a bool field that says "maybe".
n=`line_of 'Kvm: yes'` || exit 99
sed "${n}s/^Kvm: yes\$/Kvm: maybe/" good.rec >kvm.rec
kvm_line=$n

# A missing mandatory field; recutils puts the error on the record's
# first line.
r=`line_of 'Name: OmniOS'` || exit 99
n=`line_of 'Provider: OmniOS Community Edition Association'` || exit 99
sed "${n}d" good.rec >mandatory.rec
mandatory_line=$r

# A duplicate key: a second distribution named like the first.
n=`line_of 'Name: OpenIndiana'` || exit 99
sed "${n}s/.*/Name: OmniOS/" good.rec >duplicate.rec
duplicate_line=$n

for format in mdoc texinfo; do
	for page in $PAGES; do
		# A fresh output directory each time, so that its listing
		# shows what this run left behind.
		rm -rf ../out
		mkdir ../out || hard_error "cannot create $tmp/out"
		out=../out/$page.$format
		if ! "$DOCGEN" -T $format -o "$out" good.rec $page \
		    >stdout 2>stderr; then
			fail "cannot generate $page ($format) from the" \
			    "good catalog"
			show stderr
			continue
		fi
		cp "$out" before

		# Run on each broken catalog onto the same output file.
		for case in kvm mandatory duplicate; do
			case $case in
			kvm)		field=Kvm line=$kvm_line ;;
			mandatory)	field=Provider line=$mandatory_line ;;
			duplicate)	field=Name line=$duplicate_line ;;
			esac
			what="$case.rec, $page ($format)"
			"$DOCGEN" -T $format -o "$out" $case.rec $page \
			    >stdout 2>stderr
			rc=$?
			if test $rc -ne 1; then
				fail "$what: exit status $rc, not 1"
				show stderr
			fi
			if test -s stdout; then
				fail "$what: wrote to standard output"
				show stdout
			fi
			want="^$case\\.rec:$line:[1-9][0-9]*: error: .*$field"
			if ! grep "$want" stderr >/dev/null; then
				fail "$what: no message '$case.rec:$line:" \
				    "COLUMN: error: ...$field...'"
				show stderr
			fi
			if ! cmp before "$out"; then
				fail "$what: the old output was changed"
			fi
		done

		ls -A ../out >listing
		if test "`cat listing`" != "$page.$format"; then
			fail "$page ($format): files left beside the output"
			show listing
		fi
	done
done

# The reference checker must agree that each broken catalog is broken.
if test -n "${RECFIX:-}" || RECFIX=`command -v recfix`; then
	for case in kvm mandatory duplicate; do
		if "$RECFIX" --check $case.rec >out 2>&1; then
			fail "recfix --check accepts $case.rec; the test's" \
			    "idea of a broken catalog is wrong"
		fi
	done
else
	echo "note: recfix is not installed; not comparing with it"
fi

# ----------------------------------------------------------------------
# The output is the catalog, through any name: the run must refuse
# before it reads or writes anything, and leave the catalog as it was.

mkdir ../self || hard_error "cannot create $tmp/self"
cp good.rec ../self/cat.rec || hard_error "cannot copy the catalog"
ln -s cat.rec ../self/soft.rec || hard_error "cannot make a link"
ln ../self/cat.rec ../self/hard.rec || hard_error "cannot make a link"
cp good.rec ../self-before.rec || hard_error "cannot copy the catalog"
for out in ../self/cat.rec ../self/./cat.rec ../self/soft.rec \
    ../self/hard.rec; do
	what="-o $out with the catalog ../self/cat.rec"
	"$DOCGEN" -o "$out" ../self/cat.rec illumos-distros \
	    >stdout 2>stderr
	rc=$?
	test $rc -eq 2 || fail "$what: exit status $rc, not 2"
	grep -F -e "$out: error: is the catalog" stderr >/dev/null || {
		fail "$what: no message '$out: error: is the catalog'"
		show stderr
	}
	cmp ../self-before.rec ../self/cat.rec >/dev/null 2>&1 ||
	    fail "$what: the catalog was changed"
	cp ../self-before.rec ../self/cat.rec
done
# Standard output appended to the catalog is the same mistake.
"$DOCGEN" ../self/cat.rec illumos-distros >>../self/cat.rec 2>stderr
rc=$?
test $rc -eq 2 || fail ">>catalog: exit status $rc, not 2"
grep -F 'standard output: is the catalog' stderr >/dev/null || {
	fail ">>catalog: no message 'standard output: is the catalog'"
	show stderr
}
cmp ../self-before.rec ../self/cat.rec >/dev/null 2>&1 ||
    fail ">>catalog: the catalog was changed"
ls -A ../self >listing
printf '%s\n' cat.rec hard.rec soft.rec >want
cmp want listing >/dev/null || {
	fail "-o the catalog: files left beside it"
	show listing
}

# ----------------------------------------------------------------------
# Output beyond the file size limit is an I/O error like a full disk:
# exit status 2 and "File too large", not death by SIGXFSZ.  The limit
# is a few blocks (of 512 or 1024 bytes, as the shell counts them); a
# page is larger.

rm -rf ../lim
mkdir ../lim || hard_error "cannot create $tmp/lim"
out=../lim/illumos-distros.7
echo 'the old page' >"$out"
cp "$out" before
(ulimit -f 4 && exec "$DOCGEN" -o "$out" good.rec illumos-distros) \
    >stdout 2>stderr
rc=$?
test $rc -eq 2 || fail "-o over ulimit -f: exit status $rc, not 2"
grep -F -e "$out: error: File too large" stderr >/dev/null || {
	fail "-o over ulimit -f: no message '$out: error: File too large'"
	show stderr
}
cmp before "$out" >/dev/null || fail "-o over ulimit -f: the old page" \
    "was changed"
ls -A ../lim >listing
test "`cat listing`" = illumos-distros.7 || {
	fail "-o over ulimit -f: files left beside the output"
	show listing
}
(ulimit -f 4 && exec "$DOCGEN" good.rec illumos-distros) \
    >../lim/stdout.7 2>stderr
rc=$?
test $rc -eq 2 || fail "stdout over ulimit -f: exit status $rc, not 2"
grep -F 'standard output: File too large' stderr >/dev/null || {
	fail "stdout over ulimit -f: no message 'standard output: File" \
	    "too large'"
	show stderr
}

# ----------------------------------------------------------------------
# Signals.  The catalog is a FIFO, so the generator blocks reading it,
# and since the output is opened before the catalog is read, its
# temporary file exists by then.  A helper in the background waits for
# that file, sends the signals, and if the generator is still alive
# after a while (as it must be when they are ignored) feeds it the
# catalog so that it can finish.  It opens the FIFO for both reading
# and writing, which never blocks, so that the helper cannot hang if
# the generator has died meanwhile; the catalog is smaller than a
# pipe's buffer.

mkfifo fifo.rec || hard_error "cannot make a FIFO"
if sleep 0.1 2>/dev/null; then
	nap=0.1 naps=50
else
	nap=1 naps=5
fi
# Faults sent on purpose must reach the program's own handler, not a
# sanitizer's, which would report them and exit 1.
nohandle=handle_segv=0:handle_sigbus=0:handle_sigfpe=0:handle_sigill=0
nohandle=$nohandle:handle_abort=0
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}$nohandle
UBSAN_OPTIONS=${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}$nohandle
export ASAN_OPTIONS UBSAN_OPTIONS
# No core files from the signals that make them.
ulimit -c 0 2>/dev/null
# The old page that each run must leave as it was.
echo 'the old page' >before

# Whether the temporary file must have no name while it is written, and
# so SIGKILL must leave nothing: on Linux, where /proc shows it, on a
# file system known to make files without a name.  Elsewhere a named
# temporary file is allowed, and SIGKILL is not tried.
unnamed=no
mkdir ../sig || hard_error "cannot create $tmp/sig"
if test "`uname -s`" = Linux && test -d /proc/self/fd; then
	fstype=`stat -f -c %T ../sig 2>/dev/null`
	case $fstype in
	tmpfs|ext2/ext3|xfs|btrfs|f2fs|overlayfs)
		unnamed=yes ;;
	*)
		echo "note: not sure that a $fstype file system makes" \
		    "files without a name; not trying SIGKILL" ;;
	esac
else
	echo "note: no files without a name here; not trying SIGKILL"
fi
# The directory as /proc names it, without links.
sigdir=`cd ../sig && pwd -P` || hard_error "cannot enter $tmp/sig"

# has_temporary: whether the generator's temporary file exists: a name
# beside the output, or a file in that directory that the generator
# holds open, which on Linux is how a file without a name shows.
has_temporary()
{
	ls -A ../sig | grep -v -x -F illumos-distros.7 >/dev/null ||
	    { test -d /proc/self/fd &&
	    ls -l /proc/`cat pid`/fd 2>/dev/null | grep -F -e "$sigdir/" |
	    grep -v -F -e "$sigdir/illumos-distros.7" >/dev/null; }
}

# helper SIGNALS...: run in the background beside the generator.
helper()
{
	i=0
	until test -s pid && has_temporary; do
		i=`expr $i + 1`
		if test $i -gt $naps; then
			echo 'no temporary file appeared' >helper.out
			break
		fi
		sleep $nap
	done
	ls -A ../sig >during
	for s in "$@"; do
		kill -s $s `cat pid`
	done
	i=0
	while kill -0 `cat pid` 2>/dev/null; do
		i=`expr $i + 1`
		if test $i -gt 20; then
			exec 3<>fifo.rec
			cat good.rec >&3
			exec 3>&-
			break
		fi
		sleep $nap
	done
}

# signal_run IGNORED SIGNALS...: run the generator from the FIFO onto
# ../sig/illumos-distros.7 with the signals IGNORED (a list, which may
# be empty) ignored from the start, and send it SIGNALS once its
# temporary file exists.  Leaves the exit status in $rc.
signal_run()
{
	ignored=$1
	shift
	rm -rf ../sig pid helper.out during
	mkdir ../sig || hard_error "cannot create $tmp/sig"
	echo 'the old page' >../sig/illumos-distros.7
	helper "$@" &
	helper_pid=$!
	sh -c 'test -z "$1" || trap "" $1; shift; echo $$ >pid; exec "$@"' \
	    sh "$ignored" "$DOCGEN" -o ../sig/illumos-distros.7 fifo.rec \
	    illumos-distros >stdout 2>stderr
	rc=$?
	wait $helper_pid
	if test -s helper.out; then
		fail "$what: `cat helper.out`"
		show during
	fi
	if test $unnamed = yes && test "`cat during`" != illumos-distros.7
	then
		fail "$what: the temporary file had a name while written"
		show during
	fi
}

"$DOCGEN" good.rec illumos-distros >want.7 ||
    hard_error "cannot generate illumos-distros"

# Every catchable signal of POSIX whose default action ends a process.
# A signal that this shell cannot send, or that was ignored when the
# test began (and so cannot be given back its default action), is not
# tried.  Of the real-time signals only the last but one is: the
# shell's C library and the generator's need not agree on SIGRTMIN
# (musl keeps the first few real-time signals for itself, and no
# program can catch them), and valgrind keeps SIGRTMAX for itself.
# SIGKILL, which no program can catch, comes last where the temporary
# file has no name: then there is nothing that it could leave.
kill=
test $unnamed = no || kill=KILL
for sig in HUP INT QUIT ILL TRAP ABRT BUS FPE USR1 SEGV USR2 PIPE ALRM \
    TERM XCPU XFSZ VTALRM PROF SYS RTMAX-1 $kill; do
	what="SIG$sig"
	if sh -c "kill -s $sig \$\$ && exit 0" 2>/dev/null; then
		echo "note: $what is ignored here or unknown; not trying it"
		continue
	fi
	signal_run '' $sig
	if test $rc -le 128 || test "`kill -l $rc`" != $sig; then
		fail "$what: exit status $rc, not that of death by $what"
		show stderr
	fi
	cmp ../sig/illumos-distros.7 before >/dev/null ||
	    fail "$what: the old page was changed"
	ls -A ../sig >listing
	test "`cat listing`" = illumos-distros.7 || {
		fail "$what: files left beside the output"
		show listing
	}
done

# Signals ignored when the program starts stay ignored, as under nohup
# or in a background job of a shell without job control: the run goes
# on and writes its page.
ignore='HUP INT QUIT TERM USR1 ALRM XFSZ'
what="ignored $ignore"
signal_run "$ignore" $ignore
if test $rc -ne 0; then
	fail "$what: exit status $rc, not 0"
	show stderr
fi
cmp want.7 ../sig/illumos-distros.7 >/dev/null ||
    fail "$what: the page was not written"
ls -A ../sig >listing
test "`cat listing`" = illumos-distros.7 || {
	fail "$what: files left beside the output"
	show listing
}
finish
