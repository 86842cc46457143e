# The UTF-8 encoder of the escaping property test, kept in one place for
# every awk program of the test that builds text from code points.  A
# program loads it with a second -f:
#
#	awk -f utf8.awk -f gen.awk
#
# Run it with LC_ALL=C, where sprintf's %c writes the one byte it is
# given: in a UTF-8 locale gawk would write every value from 128 up as
# the character of that code point, two bytes or more.

# u(cp): the UTF-8 bytes of code point cp.
function u(cp) {
	if (cp < 128)
		return sprintf("%c", cp)
	if (cp < 2048)
		return sprintf("%c%c", 192 + int(cp / 64), 128 + cp % 64)
	if (cp < 65536)
		return sprintf("%c%c%c", 224 + int(cp / 4096),
		    128 + int(cp / 64) % 64, 128 + cp % 64)
	return sprintf("%c%c%c%c", 240 + int(cp / 262144),
	    128 + int(cp / 4096) % 64, 128 + int(cp / 64) % 64, 128 + cp % 64)
}
