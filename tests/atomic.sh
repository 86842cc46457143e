#!/bin/sh
#
# A run that fails must leave its old output alone.  Generate each page
# from a good copy of the catalog, then break the catalog in three ways
# (a bad value, a missing mandatory field, a duplicate key) and run
# again onto the same file: the generator must exit 1, name the place
# and the field in a "file:line:column: error:" message, leave the output
# byte for byte as it was, and leave no temporary file beside it.
# recfix --check must reject each broken catalog too.

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
r=`line_of 'Name: OmniOS CE'` || exit 99
n=`line_of 'Provider: OmniOS Community Association'` || exit 99
sed "${n}d" good.rec >mandatory.rec
mandatory_line=$r

# A duplicate key: a second distribution named like the first.
n=`line_of 'Name: OpenIndiana'` || exit 99
sed "${n}s/.*/Name: OmniOS CE/" good.rec >duplicate.rec
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
finish
