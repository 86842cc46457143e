# Write the catalogs of the escaping property test, and the list of
# what each rendered page must show.
#
#	awk -v dir=DIR -v seed=N -v nrandom=N -f utf8.awk -f gen.awk
#
# writes DIR/cK.rec for every catalog K, DIR/cK.links with the links
# of its Markdown page, one a line, DIR/cK.urls with every link of the
# catalog, and DIR/expect, whose lines are
#
#	K <TAB> page <TAB> field <TAB> shown <TAB> text
#
# where shown names the renderings that must contain text (m: mdoc
# through mandoc and groff, t: Texinfo through makeinfo --plaintext and
# to Info, i: only in Info, where menus show the summaries, w: the
# Markdown page through pandoc and lowdown).  The first catalogs carry
# the fixed attacks, each of them once in every field; the rest carry
# pseudo-random strings from a fixed seed, so that every run tests the
# same strings and a failure can be reproduced.
#
# Run it with LC_ALL=C: the strings are built from bytes, and the
# UTF-8 letters below are whole sequences of bytes.  u(cp), the bytes
# of a code point, comes from utf8.awk.

BEGIN {
	# The text fields: name, page that shows it, renderings that show it.
	# D is a distribution, B a book, P and Q the two pages, T a term,
	# X the term of a platform, whose title shows in the tables and
	# facts of the distributions too, and C a choice.
	nf = 0
	F[++nf] = "DName";	P[nf] = "illumos-distros";	S[nf] = "mtw"
	F[++nf] = "DProvider";	P[nf] = "illumos-distros";	S[nf] = "mtw"
	F[++nf] = "DLinuxAnalog"; P[nf] = "illumos-distros";	S[nf] = "mtw"
	F[++nf] = "DAlias";	P[nf] = "illumos-distros";	S[nf] = ""
	F[++nf] = "DSummary";	P[nf] = "illumos-distros";	S[nf] = "i"
	F[++nf] = "DDescription"; P[nf] = "illumos-distros";	S[nf] = "mtw"
	F[++nf] = "DDescription+"; P[nf] = "illumos-distros";	S[nf] = "mtw"
	F[++nf] = "DRelease";	P[nf] = "illumos-distros";	S[nf] = "mtw"
	F[++nf] = "DReleaseModel"; P[nf] = "illumos-distros";	S[nf] = "mt"
	F[++nf] = "BTitle";	P[nf] = "illumos-books";	S[nf] = "mtw"
	F[++nf] = "BAlias";	P[nf] = "illumos-books";	S[nf] = ""
	F[++nf] = "BSummary";	P[nf] = "illumos-books";	S[nf] = "i"
	F[++nf] = "BDescription"; P[nf] = "illumos-books";	S[nf] = "mtw"
	F[++nf] = "BDescription+"; P[nf] = "illumos-books";	S[nf] = "mtw"
	F[++nf] = "PTitle";	P[nf] = "illumos-distros";	S[nf] = "tw"
	F[++nf] = "PSummary";	P[nf] = "illumos-distros";	S[nf] = "mt"
	F[++nf] = "PIntro";	P[nf] = "illumos-distros";	S[nf] = "mtw"
	F[++nf] = "PIntro+";	P[nf] = "illumos-distros";	S[nf] = "mtw"
	F[++nf] = "QTitle";	P[nf] = "illumos-books";	S[nf] = "tw"
	F[++nf] = "QSummary";	P[nf] = "illumos-books";	S[nf] = "mt"
	F[++nf] = "QIntro+";	P[nf] = "illumos-books";	S[nf] = "mtw"
	F[++nf] = "TTitle";	P[nf] = "illumos-distros";	S[nf] = "mt"
	F[++nf] = "TDescription"; P[nf] = "illumos-distros";	S[nf] = "mt"
	F[++nf] = "TDescription+"; P[nf] = "illumos-distros";	S[nf] = "mt"
	F[++nf] = "XTitle";	P[nf] = "illumos-distros";	S[nf] = "mtw"
	F[++nf] = "XDescription"; P[nf] = "illumos-distros";	S[nf] = "mt"
	F[++nf] = "CTitle";	P[nf] = "illumos-distros";	S[nf] = "mtw"
	F[++nf] = "CKeyword";	P[nf] = "illumos-distros";	S[nf] = ""
	F[++nf] = "CDescription"; P[nf] = "illumos-distros";	S[nf] = "mtw"
	F[++nf] = "CDescription+"; P[nf] = "illumos-distros";	S[nf] = "mtw"

	# Unicode's white space that breaks no line, U+00A0, U+2007 and
	# U+202F: the others (and U+0085 and the line and paragraph
	# separators) are refused, as makeinfo breaks lines at them and
	# drops them.
	split("160 8199 8239", space, " ")
	for (i = 1; i in space; i++)
		space[i] += 0

	# The fixed attacks on roff, mdoc and Texinfo.
	na = 0
	A[++na] = ".so /etc/passwd"
	A[++na] = ".pso id"
	A[++na] = "\\X'tty: link x'"
	A[++na] = "\\*[foo]"
	A[++na] = "'br"
	A[++na] = "@verbatiminclude /etc/passwd"
	A[++na] = "@end table"
	A[++na] = "@c comment"
	A[++na] = "}"
	A[++na] = "@include x"
	A[++na] = "Ns Xr Ta"
	A[++na] = "."
	A[++na] = ","
	A[++na] = "("
	A[++na] = "--"
	A[++na] = "``"
	A[++na] = "''"
	A[++na] = "\\fBbold\\fR \\(em \\e \\\\ x"
	A[++na] = ".Sh NAME"
	A[++na] = "\"quoted\" \"\" \""
	A[++na] = "@{x@} {@@} @comma{}, @asis{}"
	A[++na] = "a, b: c (d) [e] | f ; g ! h ? i"
	A[++na] = ".\\\" roff comment"
	A[++na] = "~ ^ % $ & * # < > = _ ` ' - --- ----"
	A[++na] = "é ß Ω 漢 😀 naïve café"
	A[++na] = "@end ifnottex @bye"
	A[++na] = "D1 Dl %A Bl It El Nm"
	# A line mark of the C preprocessor, which makeinfo drops where
	# it starts a line.
	A[++na] = "# 42"
	# The names that mdoc writes with .Fx, .Nx, .Ox and .Dx, alone, in
	# other words and after punctuation, and words that mandoc takes
	# for functions that want .Fn.  Each is short enough for the
	# narrowest field, a platform's title, to hold it whole.
	A[++na] = "FreeBSD NetBSD"
	A[++na] = "OpenBSD, x()."
	A[++na] = "DragonFly; f()"
	A[++na] = "aFreeBSDNetBSD"
	A[++na] = "(DragonFly)"
	A[++na] = "_OpenBSD()"
	A[++na] = "a_1() (f())g()"
	# The inline markup of prose, and words that only look like it.
	A[++na] = "run `pkg`, `zoneadm(8)` and (`zfs(8)`); see [`lx(7)`]."
	A[++na] = "`Ns` `.so` `illumos-books(7)`: `liblgrp(3LIB)` `Sh`."
	A[++na] = "x`pkg` `pkg`s `a b` `` ` `-x` `p(0)` `p(8x` `\\fB` `@c`"
	# The widest word that the generator takes, 40 columns, which
	# every renderer must set without running past its margin.
	A[++na] = "Widest-word-the-generator-takes-anywhere"
	# The attacks on Markdown: bare links, e-mail addresses, emoji,
	# entities and lowdown's superscripts, attributes and definitions
	# (a value that starts with ':' starts a line of prose).
	A[++na] = "see https://evil.example/p?q=1&r=2, ftp://x.example/ " \
	    "and www.evil.example or WWW.Evil.Example."
	A[++na] = ":smile: :+1: a:b:c, mail me@evil.example.org or " \
	    "mailto:x@y.example"
	A[++na] = "&amp; &#x41; &copy; &#65; x^2^ {#id .c} [^1] ==z== $m$"
	# lowdown's metadata references, as the text of a link.
	A[++na] = "%title [%x] 100%"
	# Unicode: compatibility characters (fi, fullwidth A ! . :, ohm,
	# angstrom, circled one, one half) and combining marks.  pandoc
	# writes text in Normalization Form C, so each mark comes after a
	# letter it does not compose with, in canonical order: the text is
	# then its own NFC, and reads back byte for byte.
	A[++na] = u(64257) " " u(65313) u(65281) u(65294) u(65306) " " \
	    u(8486) " " u(8491) " " u(9312) " " u(189) " x" u(769) " q" \
	    u(807) u(776) " " u(776) "x " u(8413)
	# Every white space character of Unicode that a catalog may hold.
	s = "w"
	for (i = 1; i in space; i++)
		s = s u(space[i]) "w"
	A[++na] = s

	# The alphabet of the random strings: all printable ASCII, the
	# characters that mean something to roff, mdoc or Texinfo again
	# (so that they come up often), a few words that mdoc would call
	# as macros, the names of the BSDs and of functions, and UTF-8
	# letters of two, three and four bytes.
	nt = 0
	for (c = 32; c < 127; c++)
		T[++nt] = sprintf("%c", c)
	split(". ' \\ \" @ { } , - ` ~ ^ ; : ( ) | [ ] ! ? %", sp, " ")
	for (i = 1; i in sp; i++) {
		T[++nt] = sp[i]
		T[++nt] = sp[i]
	}
	T[++nt] = "é"; T[++nt] = "ß"; T[++nt] = "Ω"; T[++nt] = "漢"
	T[++nt] = "ж"; T[++nt] = "😀"
	T[++nt] = " Ns "; T[++nt] = " Xr "; T[++nt] = " Ta "
	T[++nt] = " Lk "; T[++nt] = " Sh "
	T[++nt] = " FreeBSD "; T[++nt] = " NetBSD "; T[++nt] = " OpenBSD "
	T[++nt] = " DragonFly "; T[++nt] = "f()"; T[++nt] = " main() "
	T[++nt] = " `pkg` "; T[++nt] = " (`zoneadm(8)`), "
	T[++nt] = " `illumos-distros(7)`. "; T[++nt] = "`x`"
	T[++nt] = " "; T[++nt] = " "; T[++nt] = " "
	# What Markdown extensions would make links or emoji of.
	T[++nt] = "http://"; T[++nt] = "www."; T[++nt] = "@x.example"
	T[++nt] = ":+1:"; T[++nt] = ":"; T[++nt] = "&amp;"; T[++nt] = "&#65;"
	T[++nt] = "^"; T[++nt] = "{"
	# Combining marks, each after a letter that it does not compose
	# with (see the attacks above), compatibility characters and white
	# space.
	T[++nt] = "x" u(769); T[++nt] = "q" u(776); T[++nt] = "j" u(8413)
	T[++nt] = "z" u(807) u(776)
	split("769 776 8413 807", marks, " ")
	for (i = 1; i in marks; i++)
		marks[i] = u(marks[i] + 0)
	split("8486 8491 8192 8193", unstable, " ")
	for (i = 1; i in unstable; i++)
		unstable[i] = u(unstable[i] + 0)
	split("64257 64258 65313 65281 65294 65306 8486 8491 9312 189 " \
	    "8548 181", uc, " ")
	for (i = 1; i in uc; i++)
		T[++nt] = u(uc[i] + 0)
	for (i = 1; i in space; i++)
		T[++nt] = u(space[i])

	# The characters that a link may hold and keep as they are: those
	# of RFC 3986, which lowdown does not percent-encode in an href,
	# with more slashes, as paths have.
	urlch = "ABCXYZabcxyz0189-._~:/?#@!$&'()*+,;=%////"

	srand(seed)
	ncat = 0
	# Catalog k puts attack (k + j) in field j, so that after na
	# catalogs every attack has been in every field.  Their links are
	# fixed, one of them nearly as long as a manual page lets a fact's
	# link be (57 columns), since mandoc breaks no link.
	U["Url"] = "https://alpha.example/a,b(c)"
	U["ProviderUrl"] = "https://alpha.example/about/the-association?" \
	    "y=2026&l=en#h"
	U["PlainUrl"] = "http://plain.example/"
	U["BookUrl"] = "https://books.example/guide?a=1,b=2"
	U["PaperUrl"] = "https://books.example/paper.pdf"
	U["TermUrl"] = "https://example.org/ips,a"
	for (k = 0; k < na; k++) {
		for (j = 1; j <= nf; j++)
			V[j] = A[(k + j) % na + 1]
		emit(++ncat)
	}
	for (k = 0; k < nrandom; k++) {
		for (j = 1; j <= nf; j++)
			V[j] = randstr()
		for (j in U)
			U[j] = randurl()
		emit(++ncat)
	}
	print ncat > (dir "/count")
}

# A link of up to 57 characters, as long as a manual page lets a fact's
# link be.  pandoc decodes a character reference such as
# "&amp;" even in a link, escaped or not, and lowdown never does, so the
# generator refuses a link that holds one (tests/errors/url-char-ref):
# the random links hold none.
function randurl(	n, s, i) {
	s = "https://h" int(rand() * 1000) ".example/"
	# One more than the longest is drawn, and cut, so that the strings
	# drawn after stay those they were.
	n = int(rand() * (60 - length(s)))
	if (n > 57 - length(s))
		n = 57 - length(s)
	for (i = 0; i < n; i++)
		s = s substr(urlch, 1 + int(rand() * length(urlch)), 1)
	while (match(s, /&#?[A-Za-z0-9]+;/))
		s = substr(s, 1, RSTART - 1) substr(s, RSTART + 1)
	# A '%' is an escape of two hexadecimal digits, and never that of
	# a dot, which a browser would take for one (tests/errors/
	# url-backslash): any other becomes a '-'.
	for (i = 1; i <= length(s); i++)
		if (substr(s, i, 1) == "%" &&
		    (substr(s, i + 1, 2) !~ /^[0-9A-Fa-f][0-9A-Fa-f]$/ ||
		    tolower(substr(s, i + 1, 2)) == "2e"))
			s = substr(s, 1, i - 1) "-" substr(s, i + 1)
	return s
}

# A string of up to 30 pseudo-random pieces of the alphabet.  The
# generator refuses a word over 40 columns, which a manual page could
# not break, so a space comes first where a piece would make a word of
# more than 40 bytes: a character is never wider than its bytes.
function randstr(	n, s, i, t, w, lead) {
	n = 1 + int(rand() * 30)
	s = ""
	w = 0
	for (i = 0; i < n; i++) {
		t = T[1 + int(rand() * nt)]
		lead = index(t, " ") > 0 ? index(t, " ") - 1 : length(t)
		if (w + lead > 40) {
			s = s " "
			w = 0
		}
		s = s t
		if (match(t, / [^ ]*$/))
			w = RLENGTH - 1
		else
			w += length(t)
	}
	gsub(/^ +/, "", s)
	gsub(/ +$/, "", s)
	# A backslash at the end of a line is the recfile line
	# continuation, which the parser rightly calls unsupported.
	if (s == "" || s ~ /\\$/)
		s = s "z"
	return s
}

# The value of field j in catalog k: keys, and the title of a platform,
# which names its node, get a prefix that keeps them unique and
# non-empty when made into node names.
function val(name,	j) {
	for (j = 1; j <= nf; j++)
		if (F[j] == name)
			break
	if (name == "DName" || name == "BTitle" || name == "DAlias" ||
	    name == "CTitle" || name == "XTitle")
		return tolower(substr(name, 1, 1)) cur " " V[j]
	return V[j]
}

# The inline markup of prose, as the generator reads it: a word (a run
# of characters between blanks) that is, inside any opening "(" or "["
# and before any closing ".,:;!?)]", a name between backticks, `pkg`
# for a command or `zoneadm(8)` for a manual page.  markword(w, r, page)
# is the word, in the prose of page, as rendering r shows it: "man" (mandoc and groff), "info"
# (makeinfo, which quotes the name and writes the link of a manual page
# after it) or "web" (the text of the HTML of the Markdown page, where
# each tag is a space).  A manual page that the web page links to, on
# illumos.org unless it is one of this package's, is added to weblinks.
function markword(w, r, page,	pre, rest, core, post, inner, name, sect,
    url) {
	match(w, /^[([]*/)
	pre = substr(w, 1, RLENGTH)
	rest = substr(w, RLENGTH + 1)
	match(rest, /[].,:;!?)]*$/)
	core = substr(rest, 1, RSTART - 1)
	post = substr(rest, RSTART)
	if (core !~ /^`[A-Za-z0-9][A-Za-z0-9._+-]*(\([1-9][A-Za-z]*\))?`$/)
		return w
	inner = substr(core, 2, length(core) - 2)
	name = inner
	sect = ""
	if (index(inner, "(") > 0) {
		name = substr(inner, 1, index(inner, "(") - 1)
		sect = substr(inner, index(inner, "(") + 1)
		sect = substr(sect, 1, length(sect) - 1)
	}
	# A manual page names itself, without its section.
	if (r == "man")
		return pre (sect != "" && name == page ? name : inner) post
	if (name == "illumos-distros" || name == "illumos-books")
		sect = ""
	url = "https://illumos.org/man/" sect "/" name
	if (r == "info")
		return pre "\342\200\230" inner "\342\200\231" \
		    (sect != "" ? " <" url ">" : "") post
	if (sect != "")
		weblinks = weblinks url "\n"
	return pre " " inner " " post
}

function mark(v, r, page,	n, w, i, out) {
	n = split(v, w, " ")
	out = ""
	for (i = 1; i <= n; i++)
		out = out (i > 1 ? " " : "") markword(w[i], r, page)
	return out
}

# The expected text of field j: as the manual pages, the Info manuals
# and the web page show it, which differ only where prose (an Intro or
# a Description) is marked up.
function expect(j,	v, m, i, w) {
	v = V[j]
	if (F[j] == "DName" || F[j] == "BTitle" || F[j] == "DAlias" ||
	    F[j] == "CTitle" || F[j] == "XTitle")
		v = tolower(substr(F[j], 1, 1)) cur " " V[j]
	m = i = w = v
	if (F[j] ~ /Description|Intro/) {
		m = mark(v, "man", P[j])
		i = mark(v, "info", P[j])
		if (S[j] ~ /w/)
			w = mark(v, "web", P[j])
	}
	printf "%d\t%s\t%s\t%s\t%s\t%s\t%s\n", cur, P[j], F[j], S[j],
	    m, i, w > out
}

# fit(s, n): s cut to at most n bytes, at the end of a character, so
# that a summary stays as narrow as the generator requires (a byte is
# never narrower than the column it takes).
function fit(s, n,	c) {
	if (length(s) <= n)
		return s
	s = substr(s, 1, n)
	while ((c = substr(s, length(s), 1)) >= "\200" && c < "\300")
		s = substr(s, 1, length(s) - 1)
	if (c >= "\300")
		s = substr(s, 1, length(s) - 1)
	while (s ~ /[ \\]$/)
		s = substr(s, 1, length(s) - 1)
	return s == "" ? "z" : s
}

# phrase(s): s without the punctuation at its end that a page's summary
# or a distribution's name may not end in, since the pages add their
# own after it.
function phrase(s,	re) {
	# Blanks, backslashes, and the punctuation that ends or divides
	# a sentence, in ASCII and in other scripts (as in catalog.c).
	re = "([.!?,;:]|[ \\\\]"
	re = re "|\315\276|\316\207|\326\211|\330\214|\330\233"
	re = re "|\330\237|\333\224|\340\245\244|\340\245\245"
	re = re "|\341\215\242|\341\215\243|\341\215\244"
	re = re "|\341\215\247|\341\215\250|\342\200\244"
	re = re "|\342\200\246|\342\200\274|\342\200\275"
	re = re "|\342\201\207|\342\201\210|\342\201\211"
	re = re "|\343\200\201|\343\200\202|\357\271\220"
	re = re "|\357\271\221|\357\271\222|\357\271\224"
	re = re "|\357\271\225|\357\271\226|\357\271\227"
	re = re "|\357\274\201|\357\274\214|\357\274\216"
	re = re "|\357\274\232|\357\274\233|\357\274\237"
	re = re "|\357\275\241|\357\275\244"
	re = re ")$"
	while (s ~ re)
		sub(re, "", s)
	return s == "" ? "z" : s
}

# ascii(s): s without its characters beyond ASCII, which a page's summary
# may not hold: whatis and apropos would show them as escapes.
function ascii(s) {
	gsub(/[\200-\377]/, "", s)
	return s == "" ? "z" : s
}

# nocolon(s): s without the colons at its end that a provider may not
# end in, since the manual page adds one before its link.
# unmarked(s): s, unless it is a mark that the pages write in place of
# a fact ("?", "-" or "not known"), which a fact may not be.
function unmarked(s,	t) {
	t = tolower(s)
	gsub(/^ +| +$/, "", t)
	return (t == "?" || t == "-" || t == "not known") ? "z" : s
}

# nosee(s): s without the blanks and "see" after each comma that an
# Info index entry would read as its pointer from an alias.
function nosee(s) {
	while (match(s, /,[ \t]+[Ss][Ee][Ee][ \t]/))
		s = substr(s, 1, RSTART) substr(s, RSTART + RLENGTH - 1)
	return s
}

function nocolon(s) {
	for (;;)
		if (s ~ /[: \\]$/)
			s = substr(s, 1, length(s) - 1)
		else if (s ~ /(\357\274\232|\342\210\266)$/)
			s = substr(s, 1, length(s) - 3)
		else
			break
	return s == "" ? "z" : s
}

# nomarks(s): s without the combining marks of the alphabet, which a
# value shown in a comparison table may not hold (groff and mandoc
# would lay the table out differently).
function nomarks(s,	i) {
	for (i = 1; i in marks; i++)
		gsub(marks[i], "", s)
	return s
}

# stable(s): s without the characters that Unicode's normalization
# changes or joins to the one before, which a value that is an entry
# of the Info index may not hold: the combining marks of the alphabet,
# the ohm and angstrom signs, and the en and em quads.
function stable(s,	i) {
	s = nomarks(s)
	for (i = 1; i in unstable; i++)
		gsub(unstable[i], "", s)
	return s
}

function emit(k,	f, j) {
	cur = k
	for (j = 1; j <= nf; j++)
		if (F[j] == "DName" || F[j] == "DProvider" ||
		    F[j] == "DLinuxAnalog")
			V[j] = nomarks(V[j])
	for (j = 1; j <= nf; j++)
		if (F[j] ~ /^(DName|DProvider|DAlias|BTitle|BAlias)$/ ||
		    F[j] ~ /^(TTitle|XTitle|CTitle|CKeyword)$/)
			V[j] = stable(V[j])
	# A menu entry shows a summary after column 24 of 79; the NAME
	# line of a page, after the page's name and a dash, in 54.
	# A comparison table must fit 73 columns of a manual page, with
	# 4 between two columns: a name (with its prefix of up to 4) of
	# 28, beside a provider of 40, or beside a Linux analogue of 26
	# and a Focus of 11, or beside a Status of 6, a Packaging of 9 and
	# the title of a platform of 18 (with its prefix of up to 4).
	for (j = 1; j <= nf; j++)
		if (F[j] == "DSummary")
			V[j] = fit(V[j], 55)
		else if (F[j] == "BSummary")
			V[j] = phrase(fit(V[j], 55))
		else if (F[j] == "PSummary" || F[j] == "QSummary")
			V[j] = phrase(ascii(fit(V[j], 36)))
		else if (F[j] == "DName")
			V[j] = phrase(fit(V[j], 24))
		else if (F[j] == "DProvider")
			V[j] = nocolon(fit(V[j], 40))
		else if (F[j] == "DLinuxAnalog")
			V[j] = fit(V[j], 26)
		else if (F[j] == "XTitle")
			V[j] = fit(V[j], 14)
	for (j = 1; j <= nf; j++)
		if (F[j] ~ /^D(Name|Provider|LinuxAnalog|Release|ReleaseModel)$/)
			V[j] = unmarked(V[j])
	# The pages list distributions' names, focuses and the titles of
	# terms after commas, so none holds one, in any script; a fact
	# shown as text holds no "://", and an entry of the Info index no
	# ", see ".
	for (j = 1; j <= nf; j++) {
		if (F[j] ~ /^(DName|TTitle|XTitle)$/) {
			gsub(/,|\330\214|\343\200\201|\357\271\220/, "", V[j])
			gsub(/\357\274\214|\357\275\244/, "", V[j])
			if (V[j] ~ /^[ \t]*$/)
				V[j] = "z"
		}
		if (F[j] ~ /^D(Name|Provider|LinuxAnalog|Release|ReleaseModel)$/)
			gsub(/:\/\//, ":/", V[j])
		if (F[j] ~ /^(DName|DProvider|DAlias|BTitle|BAlias)$/ ||
		    F[j] ~ /^(TTitle|XTitle|CTitle|CKeyword)$/)
			V[j] = nosee(V[j])
		# Nor may a word of such a field mix Latin letters with
		# Greek or Cyrillic ones, which look alike: the field
		# keeps neither of the two.
		if (F[j] ~ /^(DName|DProvider|DAlias|BTitle|BAlias)$/ ||
		    F[j] ~ /^(TTitle|XTitle|CTitle|CKeyword)$/ ||
		    F[j] ~ /^D(LinuxAnalog|Release|ReleaseModel)$/) {
			gsub(/\315[\260-\277]|[\316\317][\200-\277]/, "", V[j])
			gsub(/\341[\274-\277][\200-\277]/, "", V[j])
			gsub(/[\320-\323][\200-\277]|\324[\200-\257]/, "", V[j])
			if (V[j] ~ /^[ \t]*$/)
				V[j] = "z"
		}
		if (F[j] == "DName")
			V[j] = unmarked(phrase(V[j]))
		else if (F[j] == "DProvider")
			V[j] = nocolon(V[j])
	}
	f = dir "/c" k ".rec"
	out = dir "/expect"
	weblinks = ""
	for (j = 1; j <= nf; j++)
		expect(j)
	# The links of the Markdown page, and every link of the catalog.
	print U["Url"] > (dir "/c" k ".links")
	print U["ProviderUrl"] > (dir "/c" k ".links")
	print U["PlainUrl"] > (dir "/c" k ".links")
	print U["BookUrl"] > (dir "/c" k ".links")
	print U["PaperUrl"] > (dir "/c" k ".links")
	printf "%s", weblinks > (dir "/c" k ".links")
	close(dir "/c" k ".links")
	for (j in U)
		print U[j] > (dir "/c" k ".urls")
	close(dir "/c" k ".urls")

	print "%rec: Catalog" > f
	print "%mandatory: Updated" > f
	print "%allowed: Updated" > f
	print "%type: Updated regexp /^[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]$/" > f
	print "" > f
	print "Updated: 2026-01-31" > f
	print "" > f
	print "%rec: Page" > f
	print "%key: Name" > f
	print "%mandatory: Section Title Summary Intro" > f
	print "%allowed: Name Section Title Summary Intro SeeAlso" > f
	print "%type: Name enum illumos-distros illumos-books" > f
	print "%type: Section enum 7" > f
	print "%type: Title,Summary line" > f
	print "%type: SeeAlso regexp /^[A-Za-z][A-Za-z0-9_.-]*\\([1-9][A-Za-z]*\\)$/" > f
	print "" > f
	print "Name: illumos-distros" > f
	print "Section: 7" > f
	print "Title: " val("PTitle") > f
	print "Summary: " val("PSummary") > f
	print "Intro: " val("PIntro") > f
	print "+ Between the two." > f
	print "+ " val("PIntro+") > f
	print "SeeAlso: illumos-books(7)" > f
	print "" > f
	print "Name: illumos-books" > f
	print "Section: 7" > f
	print "Title: " val("QTitle") > f
	print "Summary: " val("QSummary") > f
	print "Intro: The books." > f
	print "+ " val("QIntro+") > f
	print "SeeAlso: illumos-distros(7)" > f
	print "" > f
	print "%rec: Term" > f
	print "%key: Name" > f
	print "%mandatory: Kind Title Description" > f
	print "%allowed: Name Kind Title Url SeeAlso Description" > f
	print "%type: Name enum IPS pkgsrc APT SVR4 KVM LX x86 sparc" > f
	print "%type: Kind enum packaging virtualization platform" > f
	print "%type: Title line" > f
	print "%type: Url regexp /^https?://[^ ]+$/" > f
	print "" > f
	print "Name: IPS" > f
	print "Kind: packaging" > f
	print "Title: " val("TTitle") > f
	print "Url: " U["TermUrl"] > f
	print "Description: " val("TDescription") > f
	print "+ " val("TDescription+") > f
	print "" > f
	print "Name: x86" > f
	print "Kind: platform" > f
	print "Title: " val("XTitle") > f
	print "Description: " val("XDescription") > f
	print "" > f
	print "%rec: Distribution" > f
	print "%key: Name" > f
	print "%mandatory: Url Provider Focus OpenSource Arch Kvm Lx Summary Description" > f
	print "%allowed: Name Url Provider ProviderUrl Focus LinuxAnalog OpenSource" > f
	print "%allowed: Packaging PackagingUrl Arch Kvm Lx Alias Summary Description" > f
	print "%allowed: Release ReleaseModel" > f
	print "%type: Name,Provider,LinuxAnalog,Alias,Summary line" > f
	print "%type: Release,ReleaseModel line" > f
	print "%type: Url,ProviderUrl,PackagingUrl regexp /^https?://[^ ]+$/" > f
	print "%type: Focus enum workstation server hypervisor storage" > f
	print "%type: OpenSource,Kvm,Lx bool" > f
	print "%type: Packaging enum IPS pkgsrc APT SVR4" > f
	print "%type: Arch enum x86 sparc" > f
	print "" > f
	print "Name: " val("DName") > f
	print "Url: " U["Url"] > f
	print "Provider: " val("DProvider") > f
	print "ProviderUrl: " U["ProviderUrl"] > f
	print "Focus: server" > f
	print "LinuxAnalog: " val("DLinuxAnalog") > f
	print "OpenSource: yes" > f
	print "Packaging: IPS" > f
	print "Arch: x86" > f
	print "Kvm: yes" > f
	print "Lx: no" > f
	print "Release: " val("DRelease") > f
	print "ReleaseModel: " val("DReleaseModel") > f
	print "Alias: " val("DAlias") > f
	print "Summary: " val("DSummary") > f
	print "Description: " val("DDescription") > f
	print "+ Between the two." > f
	print "+ " val("DDescription+") > f
	print "" > f
	print "Name: Plain" > f
	print "Url: " U["PlainUrl"] > f
	print "Provider: Plain Inc." > f
	print "Focus: workstation" > f
	print "OpenSource: no" > f
	print "Arch: sparc" > f
	print "Kvm: no" > f
	print "Lx: yes" > f
	print "Summary: a plain one" > f
	print "Description: Nothing odd here." > f
	print "" > f
	print "%rec: Choice" > f
	print "%key: Title" > f
	print "%mandatory: Distribution Description" > f
	print "%allowed: Title Distribution Keyword Description" > f
	print "%type: Title,Distribution,Keyword line" > f
	print "" > f
	print "Title: " val("CTitle") > f
	print "Distribution: " val("DName") > f
	print "Distribution: Plain" > f
	print "Keyword: " val("CKeyword") > f
	print "Description: " val("CDescription") > f
	print "+ Between the two." > f
	print "+ " val("CDescription+") > f
	print "" > f
	print "%rec: Book" > f
	print "%key: Title" > f
	print "%mandatory: Url Kind Summary Description" > f
	print "%allowed: Title Url Kind Alias SeeAlso Summary Description" > f
	print "%type: Title,Alias,Summary line" > f
	print "%type: Url regexp /^https?://[^ ]+$/" > f
	print "%type: Kind enum guide book paper article wiki site" > f
	print "" > f
	print "Title: " val("BTitle") > f
	print "Url: " U["BookUrl"] > f
	print "Kind: guide" > f
	print "Alias: " val("BAlias") > f
	print "Summary: " val("BSummary") > f
	print "Description: " val("BDescription") > f
	print "+ Between the two." > f
	print "+ " val("BDescription+") > f
	print "" > f
	print "Title: Plain paper" > f
	print "Url: " U["PaperUrl"] > f
	print "Kind: paper" > f
	print "Summary: a plain paper" > f
	print "Description: Nothing odd here." > f
	close(f)
}
