#!/bin/sh
#
# Fetch every link of the catalog and say which ones still work: the
# command behind "make linkcheck".
#
#	sh linkcheck/linkcheck.sh [-j jobs] [-t seconds] [-o report]
#	    [-g docgen] catalog
#
#	-j jobs		fetch this many links at once (8)
#	-t seconds	give up on a request after this long (10)
#	-o report	write the report to this file too (linkcheck.txt)
#	-g docgen	the generator (DOCGEN, or ./src/illumos-docgen)
#
# CURL names the curl to run, when it is not the one on PATH.
#
# The links come from "illumos-docgen -T urls", so that the catalog has
# one parser, and only from a catalog that the generator accepts.  Each
# different link is fetched once, with curl: a HEAD request, then a GET
# when the server answers HEAD with an error, since some servers refuse
# HEAD (405, 501) or answer it wrongly.  At most 5 redirects are
# followed.  The report has one line per link in the order of the
# catalog, in the GNU format "file:line:column: result" so that editors
# jump to the link.  Then comes a line for every record that was last
# checked against its sources more than a year ago (its Checked field,
# from "illumos-docgen -T checked"), and a last line "N ok, N
# redirected, N broken, N out of date".  The report goes to standard
# output and to the report file.  On a terminal, standard error shows
# how many links are done.  LINKCHECK_TODAY, as YYYY-MM-DD, stands for
# today's date, for the tests.
#
# Exit status: 0 when no link is broken and no record out of date, 1
# when one is, 2 when nothing could be checked: a usage error, no curl,
# or a catalog that the generator refuses (its diagnostics say why).
#
# Only POSIX sh, curl and the standard tools are used, with one
# exception: xargs -P, which runs the fetches side by side.  It is not
# in POSIX, but GNU, BSD, busybox and illumos xargs all have it; where
# it is missing, the links are fetched one at a time.  A pool of shell
# background jobs would need "wait -n", which POSIX sh does not have,
# or a FIFO opened for reading and writing at once, which POSIX leaves
# undefined.

# The script runs itself once per link, through xargs, to fetch it.
# "--fetch" is never a user's option: options are single letters.
if test "${1-}" = --fetch; then
	mode=fetch
	shift
else
	mode=main
fi

me=linkcheck
curl=${CURL:-curl}
maxredirs=5

usage()
{
	echo "usage: linkcheck.sh [-j jobs] [-t seconds] [-o report]" \
	    "[-g docgen] catalog" >&2
	exit 2
}

# A usage error: say what was wrong, then how to call the script.
bad_usage()
{
	echo "$me: $*" >&2
	usage
}

# positive NUMBER: whether it is a whole number above 0.
positive()
{
	case $1 in
	''|*[!0-9]*)	return 1 ;;
	esac
	test "$1" -gt 0
}

# ----------------------------------------------------------------------
# Fetching one link, in a process of its own.

# try HEAD|GET: one curl run on $url, following redirects.  Sets rc to
# curl's exit status, code to the last HTTP status, nredirs to the
# number of redirects followed and final to the URL it ended at.
# curl's stderr, which -v fills with the trace of the connection, is
# kept: it tells "connection refused" from other failures to connect,
# which curl's own message does not always do.
try()
{
	if test "$1" = HEAD; then
		try_head=-I
	else
		try_head=
	fi
	# -g: curl would read braces and brackets in a link as its own
	# patterns and fetch something else.
	"$curl" $try_head -g -v -sS -L --max-redirs "$maxredirs" \
	    --proto-redir =http,https -m "$timeout" -o /dev/null \
	    -D "$work/head.$n" \
	    -w '%{http_code} %{num_redirects} %{url_effective}\n' \
	    "$url" >"$work/out.$n" 2>"$work/err.$n"
	rc=$?
	# curl writes the line even when it fails; a curl that did not
	# even run writes nothing, and its status says so.
	read -r code nredirs final <"$work/out.$n"
	case $code$nredirs in
	''|*[!0-9]*)	code=000 nredirs=0 ;;
	esac
	final=${final:-$url}
}

# curl's message for its failure, without its "curl: (N) " prefix;
# the last line of its standard error when curl did not even run.
curl_message()
{
	msg=`sed -n 's/^curl: ([0-9]*) //p' "$work/err.$n" | sed 1q`
	test -n "$msg" || msg=`sed -n '$p' "$work/err.$n"`
	echo "$msg"
}

# Why a connection failed.  curl's trace has "connect to ... failed:
# REASON" for each address it tried; older versions put the reason in
# their message instead.
connect_failure()
{
	reason=`sed -n 's/^\* connect to .* failed: //p' "$work/err.$n" |
	    sed -n '$p'`
	test -n "$reason" || reason=`curl_message`
	case $reason in
	*[Rr]efused*)	echo "connection refused" ;;
	*)		echo "cannot connect: $reason" ;;
	esac
}

# The result of the last try, as "KIND<TAB>TEXT", where KIND is ok,
# redirected or broken and TEXT is what the report says.
result()
{
	case $rc in
	0)	;;
	6)	printf 'broken\tbroken (no such host)\n'; return ;;
	7)	printf 'broken\tbroken (%s)\n' "`connect_failure`"; return ;;
	28)	printf 'broken\tbroken (timeout after %s s)\n' "$timeout"
		return ;;
	47)	printf 'broken\tbroken (more than %s redirects)\n' \
		    "$maxredirs"
		return ;;
	# The numbers of curl's TLS and certificate errors.
	35|51|53|54|58|59|60|64|66|77|80|82|83|90|91|98)
		printf 'broken\tbroken (TLS: %s)\n' "`curl_message`"
		return ;;
	*)	printf 'broken\tbroken (curl error %s: %s)\n' "$rc" \
		    "`curl_message`"
		return ;;
	esac
	case $code in
	2??)	;;
	*)	if test "$nredirs" -gt 0; then
			printf 'broken\tbroken (%s after a redirect to %s)\n' \
			    "$code" "$final"
		else
			printf 'broken\tbroken (%s)\n' "$code"
		fi
		return ;;
	esac
	if test "$nredirs" -eq 0; then
		printf 'ok\tok\n'
		return
	fi
	# The first answer is the one about the catalog's own link.  Only
	# a permanent redirect means that the link should change.
	first=`awk '/^HTTP\// { print $2; exit }' "$work/head.$n"`
	case $first in
	301|308)
		printf 'redirected\tredirected (%s) to %s\n' "$first" \
		    "$final" ;;
	*)
		printf 'redirected\tredirected (%s, temporary) to %s\n' \
		    "$first" "$final" ;;
	esac
}

# fetch WORK TIMEOUT N: check link N of the list in WORK, leave its
# result in WORK/result.N and say on standard output that it is done.
fetch()
{
	work=$1
	timeout=$2
	n=$3
	# The list writes a backslash as two; a link is one word, so it
	# has none of the other escapes of -T urls.
	url=$(sed -n "${n}{s/\\\\\\\\/\\\\/g;p;}" "$work/urls")
	try HEAD
	if test "$rc" -eq 0 && test "$code" -ge 400; then
		try GET
	fi
	# Written under another name and renamed, so that a result is
	# there whole or not at all.
	result >"$work/result.$n.tmp" &&
	    mv "$work/result.$n.tmp" "$work/result.$n"
	rm -f "$work/head.$n" "$work/out.$n" "$work/err.$n"
	echo "$n"
	# xargs stops at a command that fails; the result says it all.
	exit 0
}

if test "$mode" = fetch; then
	test $# -eq 3 || exit 0
	fetch "$@"
fi

# ----------------------------------------------------------------------
# The main run.

jobs=8
timeout=10
report=linkcheck.txt
docgen=${DOCGEN:-./src/illumos-docgen}

# A leading ":" lets the script word its own messages, the same in
# every shell.
while getopts :j:t:o:g: opt; do
	case $opt in
	j)	positive "$OPTARG" ||
		    bad_usage "-j wants a number of jobs above 0: $OPTARG"
		jobs=$OPTARG ;;
	t)	positive "$OPTARG" ||
		    bad_usage "-t wants a number of seconds above 0: $OPTARG"
		timeout=$OPTARG ;;
	o)	test -n "$OPTARG" || bad_usage "-o wants a file name"
		report=$OPTARG ;;
	g)	docgen=$OPTARG ;;
	:)	bad_usage "-$OPTARG wants an argument" ;;
	*)	bad_usage "unknown option -$OPTARG" ;;
	esac
done
shift `expr $OPTIND - 1`
test $# -eq 1 || bad_usage "name one catalog"
catalog=$1

command -v "$curl" >/dev/null 2>&1 || {
	echo "$me: $curl not found; install curl" >&2
	exit 2
}

work=`mktemp -d "${TMPDIR:-/tmp}/linkcheck.XXXXXX" 2>/dev/null` || {
	work=${TMPDIR:-/tmp}/linkcheck.$$
	(umask 077 && mkdir "$work") || {
		echo "$me: cannot create a scratch directory" >&2
		exit 2
	}
}
trap 'rm -rf "$work"' 0
trap 'exit 2' HUP INT TERM

for what in urls checked; do
	"$docgen" -T $what "$catalog" >"$work/$what" || {
		echo "$me: nothing checked: illumos-docgen -T $what failed" \
		    "on $catalog" >&2
		exit 2
	}
done
mv "$work/urls" "$work/list" || exit 2
today=${LINKCHECK_TODAY:-`date -u +%Y-%m-%d`}
case $today in
[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]) ;;
*)	echo "$me: today's date is not YYYY-MM-DD: $today" >&2
	exit 2 ;;
esac

# Each link once, in the order of its first appearance.  The link is
# what follows the tab; any tab in the file name is written "\\t".
awk '{ sub(/^.*\t/, ""); if (!seen[$0]++) print }' "$work/list" \
    >"$work/urls" || exit 2
total=`wc -l <"$work/urls"`
total=`expr $total + 0`

progress=no
if test -t 2 && test "$total" -gt 0; then
	progress=yes
	printf '%s: 0 of %s links checked' "$me" "$total" >&2
fi

# Which xargs runs commands side by side; see the top of the file.
parallel=
if echo 1 | xargs -P 2 -n 1 true >/dev/null 2>&1; then
	parallel="-P $jobs"
fi

# The numbers 1 to total, one per link: safe for xargs to split, where
# a link could hold quotes that xargs would take apart.  Each fetch
# prints a line when it is done, all into one pipe, so that a single
# reader counts them and the progress line only ever goes up.
if test "$total" -gt 0; then
	awk -v n="$total" 'BEGIN { for (i = 1; i <= n; i++) print i }' |
	    xargs -n 1 $parallel sh "$0" --fetch "$work" "$timeout" | {
		ndone=0
		while read -r line; do
			ndone=$((ndone + 1))
			test "$progress" = no ||
			    printf '\r%s: %s of %s links checked' "$me" \
			    "$ndone" "$total" >&2
		done
	}
fi
test "$progress" = no || echo >&2

# The report, in the order of the list.  A link without a result was
# not checked to the end, which must not pass for success.
awk -v work="$work" '
FNR == NR {
	index_of[$0] = NR
	next
}
{
	url = $0
	sub(/^.*\t/, "", url)
	where = substr($0, 1, length($0) - length(url) - 1)
	n = index_of[url]
	if (!(n in text)) {
		file = work "/result." n
		if ((getline line <file) > 0) {
			tab = index(line, "\t")
			kind[n] = substr(line, 1, tab - 1)
			text[n] = substr(line, tab + 1)
		} else {
			kind[n] = "broken"
			text[n] = "broken (not checked: the fetch was cut short)"
		}
		close(file)
	}
	count[kind[n]]++
	print where ": " text[n]
}
END {
	# A record is out of date when it was checked before this day of
	# last year; dates in the form YYYY-MM-DD compare as strings.
	cutoff = (substr(today, 1, 4) - 1) substr(today, 5)
	while ((getline line <checked) > 0) {
		tab = index(line, "\t")
		date = substr(line, tab + 1)
		if (date < cutoff) {
			print substr(line, 1, tab - 1) ": checked " date \
			    ", more than a year ago"
			old++
		}
	}
	printf "%d ok, %d redirected, %d broken, %d out of date\n",
	    count["ok"], count["redirected"], count["broken"], old
}' today="$today" checked="$work/checked" "$work/urls" "$work/list" \
    >"$work/report" || exit 2

cat "$work/report"

# The report file is replaced only once it is whole.
if ! cp "$work/report" "$report.tmp$$" ||
    ! mv -f "$report.tmp$$" "$report"; then
	rm -f "$report.tmp$$"
	echo "$me: cannot write the report to $report" >&2
	exit 2
fi

# The last line is the summary.
if sed -n '$p' "$work/report" |
    grep -E ', ([1-9][0-9]* broken|.* [1-9][0-9]* out of date)$' >/dev/null
then
	exit 1
fi
exit 0
