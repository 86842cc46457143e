# The lines of one kind of "illumos-docgen -T facts", for the tests
# that compare a rendering with them:
#
#	awk -F '\t' -v kind=KIND [-v table=T] [-v sep=S] -f tests/facts.awk FILE
#
# prints, for each line of that kind (and of table T, when table is
# given), the fields after the kind (and after the table), separated by
# S ("|" if not given), with the escapes \t, \n, \r and \\ undone.

function unescape(s,	out, c) {
	out = ""
	while (match(s, /\\./)) {
		c = substr(s, RSTART + 1, 1)
		out = out substr(s, 1, RSTART - 1) \
		    (c == "t" ? "\t" : c == "n" ? "\n" : c == "r" ? "\r" : c)
		s = substr(s, RSTART + 2)
	}
	return out s
}

BEGIN {
	if (sep == "")
		sep = "|"
	from = table != "" ? 3 : 2
}

$1 != kind || (table != "" && $2 != table) {
	next
}

{
	for (i = from; i <= NF; i++)
		printf "%s%s", unescape($i), (i < NF ? sep : "\n")
}
