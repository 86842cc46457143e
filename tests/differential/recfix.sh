#!/bin/sh
# Differential test against GNU recutils: on every catalog of a corpus,
# "illumos-docgen -S" (the check against the file's own record
# descriptors) must accept exactly the files that "recfix --check"
# accepts.  The corpus is the golden error cases plus mutations of the
# real catalog, made here with awk: lines deleted, values changed,
# records merged or repeated, fields renamed; and corners of each kind of
# record descriptor, made by class.
#
# Files outside the subset that the generator supports are left out of
# the comparison; the generator says which they are, with "unsupported",
# or with one of the byte-level rules that GNU recutils does not have
# (control characters, noncharacters, NUL bytes, carriage returns,
# invalid UTF-8, very long lines, very large files).  Every file is
# still run, so a crash would show.

. "${srcdir:-.}/tests/lib.sh"

need RECFIX recfix recutils

corpus=$tmp/corpus
mkdir "$corpus"
for f in "$srcdir"/tests/errors/*.rec; do
	cp "$f" "$corpus/"
done

catalog=$srcdir/catalog/illumos.rec
lines=`wc -l <"$catalog"`

# mutate NAME AWK-PROGRAM: one mutant of the real catalog.
mutate() {
	awk -v n="$lines" "$2" "$catalog" >"$corpus/mut-$1.rec" ||
	    hard_error "awk failed on mutation $1"
}

# Lines are chosen by arithmetic on the line count, so that the mutants
# follow the catalog as it grows, the same in every run.
i=1
while test $i -le 12; do
	# Delete one line.
	mutate "delete-$i" "NR != int(n * $i / 13) { print }"
	# Change the value of one field to something no type accepts.
	mutate "value-$i" "NR == int(n * $i / 13) && /^[A-Za-z]+: / {
	    sub(/: .*/, \": maybe?\") } { print }"
	# Remove one blank line, merging two records.
	mutate "merge-$i" "/^\$/ && ++b == $i { next } { print }"
	i=`expr $i + 1`
done

# Change every bool of one kind, or every value of one enum.
mutate bool-kvm '/^Kvm: yes$/ { $0 = "Kvm: si" } { print }'
mutate bool-true '/^Lx: no$/ { $0 = "Lx: false" } { print }'
mutate enum-focus '/^Focus: server$/ { $0 = "Focus: servers" } { print }'
mutate enum-arch '/^Arch: sparc$/ { $0 = "Arch: SPARC" } { print }'
mutate url-scheme '/^Url: https:/ { sub(/https:/, "gopher:") } { print }'
mutate url-space '/^Url: / && !d++ { $0 = $0 " x" } { print }'
mutate not-allowed '/^Kvm: / && !d++ { print "Hypervisor: bhyve" } { print }'
mutate no-mandatory '/^Summary: / && !d++ { next } { print }'
mutate line-type '/^Summary: / && !d++ { print; print "+ more"; next }
    { print }'
# Repeat the first Distribution record: a duplicate key.
mutate dup-record '/^Name: OmniOS$/ { on = 1 }
    on { rec = rec $0 "\n" } on && /^$/ { on = 0; print; printf "%s", rec;
    next } { print }'
# Undo a duplicate key by renaming: valid again.
mutate renamed '/^Name: OmniOS$/ { on = 1 }
    on { rec = rec $0 "\n" } on && /^$/ { on = 0; print;
    sub(/OmniOS/, "OmniOS Copy", rec); printf "%s", rec; next }
    { print }'
mutate key-twice '/^Name: SmartOS$/ { print; print "Name: SmartOS 2"; next }
    { print }'
mutate bad-name '/^LinuxAnalog: / && !d++ { sub(/^LinuxAnalog/,
    "Linux-Analog") } { print }'
mutate no-colon '/^Provider: / && !d++ { sub(/: /, " ") } { print }'
mutate orphan-plus '/^Description: / && !d++ { print; print ""; print "+ x";
    next } { print }'
mutate unknown-type '/^%type: Focus enum/ { $0 = "%type: Focus bogus" }
    { print }'
mutate enum-widened '/^%type: Focus enum/ { $0 = $0 " cloud" }
    /^Focus: hypervisor$/ { $0 = "Focus: cloud" } { print }'
mutate no-key '/^%key: Name$/ && !d++ { next } { print }'
mutate two-keys '/^%key: Name$/ && !d++ { print; print "%key: Url"; next }
    { print }'
mutate comment '/^Kvm: / { print "# a comment inside a record" } { print }'
mutate trailing-blank '/^Kvm: yes$/ { $0 = "Kvm: yes " } { print }'
mutate unchanged '{ print }'

# Corners of every kind of descriptor, made by class rather than one by
# one: each special field with each kind of list (empty, one name, two,
# repeated, with commas, odd names), each type with odd arguments, and
# files that stop without a newline where a value may be missing.  A
# descriptor of record set A is followed by records with the values
# below, which the types meet or not.

# corner NAME DESCRIPTOR-LINES RECORDS: one file, its lines given with
# "\n" between them, as printf's %b reads them; a "%" is itself.
corner() {
	printf '%%rec: A\n%b\n\n%b' "$2" "$3" >"$corpus/corner-$1.rec" ||
	    hard_error "cannot write corner-$1.rec"
}
records='X: a\nY: yes\n\nX: b\nY: 1\n'
n=0
for name in '' X 'X Y' 'X X' 'X Y Z' X,Y 'X,,Y' ,X X, X.y 'X Y.z' X.y.z \
    X. %y 'X %y' 1y _y y-z 'X\n+ Y'; do
	for special in %key %mandatory %allowed %unique %doc %sort %prohibit \
	    %singular %confidential; do
		n=`expr $n + 1`
		corner "list-$n" "$special: $name" "$records"
		case $name in X|'X Y')
			corner "twice-$n" "$special: $name\n$special: $name" \
			    "$records" ;;
		esac
	done
	n=`expr $n + 1`
	corner "type-$n" "%type: $name line" "$records"
	corner "rec-$n" "%doc: x" "$records"
	printf '%%rec: %b\n\n%s' "$name" "X: a" >"$corpus/corner-rec-$n.rec"
done
for name in Foo-Bar Foo.Bar Foo- Foo% %Foo Foo: Fé A_B A1 'A B' 'A\n+ B'; do
	n=`expr $n + 1`
	printf '%%rec: %b\n%%key: X\n\n%b' "$name" "$records" \
	    >"$corpus/corner-rec-$n.rec"
done
values='a yes 1 é a/b https:/a 7.1 éé'
for type in line bool Line 'line x' 'bool x' 'enum a b' 'enum a,b' \
    'enum a.b' 'enum -a' 'enum _a' 'enum a$' 'enum 7 7.1' enum \
    'enum a (x) b' 'enum a\n+ b' 'regexp /^a$/' 'regexp |^a$|' \
    'regexp /^a//b$/' 'regexp /^a/b$/' 'regexp a^aa' 'regexp /^a/ x' \
    'regexp /^a/  ' 'regexp //' 'regexp /' 'regexp /^.$/' \
    'regexp /^[^b]$/' 'regexp /^[^b-]+$/' 'regexp /^é+$/' 'regexp /^.+$/' \
    'regexp /^[[:digit:]]$/' 'regexp /^[[:alpha:]]$/' 'regexp /^\\w$/' \
    'regexp /^(a)\\1$/' 'regexp /^a{2}$/' 'regexp /^(a+)+$/' \
    'regexp |^https?://[^ ]+$|' 'regexp /^https?://[^ ]+$/' \
    'regexp /[/' 'regexp /^(a|é|b)$/' int 'int 3' real date email uuid \
    'range 1 5' 'size 3' field rec; do
	n=`expr $n + 1`
	corner "type-$n" "%type: X $type" "X: a\n"
	m=0
	for value in $values; do
		m=`expr $m + 1`
		corner "type-$n-$m" "%type: X,Z $type" "X: $value\n"
	done
	corner "typedup-$n" "%type: X line\n%type: X $type" "X: a\n"
done
# Regexps against values of one line and of several: "^" in
# alternatives and groups, a ")" alone, "{,n}", negated brackets whose
# last "-" ends a range or stands alone, and patterns that may match
# anywhere, which the generator matches after ".*".
n=0
for re in '^yes$|^no$' '^a|b' 'a|^b' '(^a)' '(^a|b$)' '$^' 'a)b' 'a)|b' \
    ')*' '^a{,2}$' '^[^ --]$' '^[^!--]$' '^[^-]$' '^[^a-]$' '^[^]a]$' \
    '^[[:digit:](]|a.*c' 'a|' '|a' '(|a)' '^(|a)b$' 'a$|x' '^$' '^' '$' \
    '^*a' 'x|*a' 'a[ab]*c' '^(a|bb)$' 'a(b|c)$'; do
	n=`expr $n + 1`
	m=0
	for value in a b yes no - é 'ab)' ac abc aa '(' 'x\n+ a' \
	    'maybe\n+ yes' 'b\n+ a' 'a\n+' 'bb'; do
		m=`expr $m + 1`
		corner "re-$n-$m" "%type: X regexp /$re/" "X: $value\n"
	done
done
# Blanks and lines around the value of each special field: recfix
# skips some and takes others as part of a name.  The records break
# each rule that the descriptor could make (a key twice, a field
# missing, a value no type takes), so that a descriptor read wrongly
# shows.
n=0
dups='X: a\n\nX: a\nX: b\n\nY: zz\n'
for pre in '' ' ' '\t' '  ' '\t\t' ' \t' '\n+ ' '\n+' '\n+  ' '\n+ \n+ '; do
	for post in '' ' ' '\t' '\n+' '\n+ ' ' \n+ '; do
		n=`expr $n + 1`
		for special in %key %mandatory %allowed %unique %prohibit \
		    %singular %sort %confidential; do
			corner "blank-$n-${special#%}" "$special:${pre}X$post" \
			    "$dups"
		done
		corner "blank-$n-type" "%type:${pre}X bool$post" "$dups"
		corner "blank-$n-type-ok" "%type:${pre}X,Y enum a b zz$post" \
		    'X: a\n\nY: zz\n'
		printf '%%rec:%b\n%%mandatory: X\n\n%b' "${pre}A$post" "$dups" \
		    >"$corpus/corner-blank-$n-rec.rec"
	done
done
# A type's name with its argument, or other letters, straight after it.
for type in 'regexp/^a$/' 'regexp|^a|' 'regexp,^a,' 'enuma b' 'enumb a' \
    'linex' 'boolean' 'size3' 'range1 5' 'int-' 'line,' 'bool;' 'reals' \
    'datex' 'emails' 'uuid1' 'fieldx' 'recx'; do
	n=`expr $n + 1`
	for value in a b zz 3; do
		corner "joined-$n-$value" "%type: X $type" "X: $value\n"
	done
done
# What follows the colon: nothing, blanks, or a character of ASCII or
# beyond, in a descriptor, a record and a continuation line.
for sep in '' ' ' '\t' '  '; do
	for first in a 'é' 'É' '日' '\0302\0240' '\0343\0200\0200' '😀' '#' '+'; do
		n=`expr $n + 1`
		corner "colon-$n" "%doc:$sep$first" "X: a\n"
		corner "colon-$n-rec" '%type: X line' "X:$sep${first}b\n"
		corner "colon-$n-cont" '%type: X line' "X: a\n+$sep${first}\n"
	done
done
# A field named only "%", or with no name, in a descriptor and a record.
for line in '%: x' '%:' ': x' '%%: x' '%:x' '%a: x'; do
	n=`expr $n + 1`
	corner "noname-$n" "$line" "X: a\n"
	corner "noname-$n-rec" '%key: X' "X: a\n$line\n"
done

# Files that end without a newline.
for end in 'X:' 'X: ' 'X: a' 'X: a\n+' 'X: a\n+ ' 'X: a\n+ b' 'X: a:' \
    'X: a\n#c' 'X: a\nY:' '#c\nX:' '+'; do
	n=`expr $n + 1`
	corner "eof-$n" "%key: X" "X: b\n\n$end"
	corner "eof-desc-$n" "$end" ""
done

total=0
compared=0
accepted=0
rejected=0
# Under a tool that runs the generator much slower, such as valgrind,
# DIFFERENTIAL_EVERY=N runs only every Nth file; the sanitizer build
# and the fuzzer run them all.
every=${DIFFERENTIAL_EVERY:-1}
n=0
for f in "$corpus"/*.rec; do
	n=`expr $n + 1`
	test `expr $n % $every` -eq 0 || continue
	total=`expr $total + 1`
	"$DOCGEN" -S "$f" >"$tmp/ours" 2>&1
	ours=$?
	case $ours in
	0|1)	;;
	*)	fail "`basename $f`: illumos-docgen -S exited $ours"
		cat "$tmp/ours" >&2
		continue ;;
	esac
	if grep -E -q 'unsupported|control character|noncharacter|NUL byte|carriage return|invalid UTF-8|longer than|larger than' \
	    "$tmp/ours"; then
		continue
	fi
	compared=`expr $compared + 1`
	# recfix reads regexps in the locale's characters, and the
	# catalog's are UTF-8, as the generator reads them.
	LC_ALL=C.UTF-8 "$RECFIX" --check "$f" >"$tmp/theirs" 2>&1
	theirs=$?
	# A recfix that dies (of SIGSEGV, on "%key:" alone) gives no verdict.
	if test $theirs -gt 128; then
		echo "note: `basename $f`: recfix --check died (status" \
		    "$theirs); not compared"
		compared=`expr $compared - 1`
		continue
	fi
	test $theirs -ne 0 && theirs=1
	if test $ours -ne $theirs; then
		fail "`basename $f`: illumos-docgen -S says $ours," \
		    "recfix --check says $theirs"
		echo "--- ours:"; cat "$tmp/ours"
		echo "--- recfix:"; cat "$tmp/theirs"
	elif test $ours -eq 0; then
		accepted=`expr $accepted + 1`
	else
		rejected=`expr $rejected + 1`
	fi
done

echo "$compared of $total catalogs compared with recfix --check:" \
    "$accepted accepted and $rejected rejected by both"
test $compared -ge `expr 400 / $every` ||
    fail "only $compared catalogs were compared"
test $accepted -ge 5 || fail "only $accepted valid catalogs: mutations too crude"
test $rejected -ge 25 || fail "only $rejected invalid catalogs: mutations too mild"
finish
