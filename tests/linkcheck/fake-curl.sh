#!/bin/sh
#
# Stands in for curl in the linkcheck tests, for the failures that no
# server on 127.0.0.1 can cause: a host name that does not resolve and
# a certificate that does not verify.  A link to one of the two host
# names below fails as curl fails, on standard error and in its exit
# status, without a look at the network; any other call goes on to the
# real curl, named by REAL_CURL.

for arg do
	url=$arg
done
case $url in
*//nosuchhost.invalid/*)
	echo "curl: (6) Could not resolve host: nosuchhost.invalid" >&2
	printf '000 0 %s\n' "$url"
	exit 6
	;;
*//expired.invalid/*)
	echo "curl: (60) SSL certificate problem: certificate has expired" >&2
	echo "More details here: https://curl.se/docs/sslcerts.html" >&2
	printf '000 0 %s\n' "$url"
	exit 60
	;;
esac
exec "${REAL_CURL:-curl}" "$@"
