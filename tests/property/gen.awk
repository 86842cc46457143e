# Write the catalogs of the escaping property test, and the list of
# what each rendered page must show.
#
#	awk -v dir=DIR -v seed=N -v nrandom=N -f gen.awk
#
# writes DIR/cK.rec for every catalog K and DIR/expect, whose lines are
#
#	K <TAB> page <TAB> field <TAB> shown <TAB> text
#
# where shown names the renderings that must contain text (m: mdoc
# through mandoc and groff, t: Texinfo through makeinfo --plaintext and
# to Info, i: only in Info, where menus show the summaries).  The first
# catalogs carry the fixed attacks, each of them once in every field;
# the rest carry pseudo-random strings from a fixed seed, so that every
# run tests the same strings and a failure can be reproduced.
#
# Run it with LC_ALL=C: the strings are built from bytes, and the
# UTF-8 letters below are whole sequences of bytes.

BEGIN {
	# The text fields: name, page that shows it, renderings that show it.
	nf = 0
	F[++nf] = "DName";	P[nf] = "illumos-distros";	S[nf] = "mt"
	F[++nf] = "DProvider";	P[nf] = "illumos-distros";	S[nf] = "mt"
	F[++nf] = "DLinuxAnalog"; P[nf] = "illumos-distros";	S[nf] = "mt"
	F[++nf] = "DAlias";	P[nf] = "illumos-distros";	S[nf] = ""
	F[++nf] = "DSummary";	P[nf] = "illumos-distros";	S[nf] = "i"
	F[++nf] = "DDescription"; P[nf] = "illumos-distros";	S[nf] = "mt"
	F[++nf] = "DDescription+"; P[nf] = "illumos-distros";	S[nf] = "mt"
	F[++nf] = "BTitle";	P[nf] = "illumos-books";	S[nf] = "mt"
	F[++nf] = "BAlias";	P[nf] = "illumos-books";	S[nf] = ""
	F[++nf] = "BSummary";	P[nf] = "illumos-books";	S[nf] = "i"
	F[++nf] = "BDescription"; P[nf] = "illumos-books";	S[nf] = "mt"
	F[++nf] = "BDescription+"; P[nf] = "illumos-books";	S[nf] = "mt"
	F[++nf] = "PTitle";	P[nf] = "illumos-distros";	S[nf] = "t"
	F[++nf] = "PSummary";	P[nf] = "illumos-distros";	S[nf] = "mt"
	F[++nf] = "PIntro";	P[nf] = "illumos-distros";	S[nf] = "mt"
	F[++nf] = "PIntro+";	P[nf] = "illumos-distros";	S[nf] = "mt"
	F[++nf] = "QTitle";	P[nf] = "illumos-books";	S[nf] = "t"
	F[++nf] = "QSummary";	P[nf] = "illumos-books";	S[nf] = "mt"
	F[++nf] = "QIntro+";	P[nf] = "illumos-books";	S[nf] = "mt"
	F[++nf] = "TTitle";	P[nf] = "illumos-distros";	S[nf] = "mt"
	F[++nf] = "TDescription"; P[nf] = "illumos-distros";	S[nf] = "mt"
	F[++nf] = "TDescription+"; P[nf] = "illumos-distros";	S[nf] = "mt"

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

	# The alphabet of the random strings: all printable ASCII, the
	# characters that mean something to roff, mdoc or Texinfo again
	# (so that they come up often), a few words that mdoc would call
	# as macros, and UTF-8 letters of two, three and four bytes.
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
	T[++nt] = " "; T[++nt] = " "; T[++nt] = " "

	srand(seed)
	ncat = 0
	# Catalog k puts attack (k + j) in field j, so that after na
	# catalogs every attack has been in every field.
	for (k = 0; k < na; k++) {
		for (j = 1; j <= nf; j++)
			V[j] = A[(k + j) % na + 1]
		emit(++ncat)
	}
	for (k = 0; k < nrandom; k++) {
		for (j = 1; j <= nf; j++)
			V[j] = randstr()
		emit(++ncat)
	}
	print ncat > (dir "/count")
}

function randstr(	n, s, i) {
	n = 1 + int(rand() * 30)
	s = ""
	for (i = 0; i < n; i++)
		s = s T[1 + int(rand() * nt)]
	gsub(/^ +/, "", s)
	gsub(/ +$/, "", s)
	# A backslash at the end of a line is the recfile line
	# continuation, which the parser rightly calls unsupported.
	if (s == "" || s ~ /\\$/)
		s = s "z"
	return s
}

# The value of field j in catalog k: keys get a prefix that keeps them
# unique and non-empty when made into node names.
function val(name,	j) {
	for (j = 1; j <= nf; j++)
		if (F[j] == name)
			break
	if (name == "DName" || name == "BTitle" || name == "DAlias")
		return tolower(substr(name, 1, 1)) cur " " V[j]
	return V[j]
}

function expect(j, shown) {
	v = V[j]
	if (F[j] == "DName" || F[j] == "BTitle" || F[j] == "DAlias")
		v = tolower(substr(F[j], 1, 1)) cur " " V[j]
	printf "%d\t%s\t%s\t%s\t%s\n", cur, P[j], F[j], S[j], v > out
}

function emit(k,	f, j) {
	cur = k
	f = dir "/c" k ".rec"
	out = dir "/expect"
	for (j = 1; j <= nf; j++)
		expect(j)

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
	print "Url: https://example.org/ips,a" > f
	print "Description: " val("TDescription") > f
	print "+ " val("TDescription+") > f
	print "" > f
	print "%rec: Distribution" > f
	print "%key: Name" > f
	print "%mandatory: Url Provider Focus OpenSource Arch Kvm Lx Summary Description" > f
	print "%allowed: Name Url Provider ProviderUrl Focus LinuxAnalog OpenSource" > f
	print "%allowed: Packaging PackagingUrl Arch Kvm Lx Alias Summary Description" > f
	print "%type: Name,Provider,LinuxAnalog,Alias,Summary line" > f
	print "%type: Url,ProviderUrl,PackagingUrl regexp /^https?://[^ ]+$/" > f
	print "%type: Focus enum workstation server hypervisor storage" > f
	print "%type: OpenSource,Kvm,Lx bool" > f
	print "%type: Packaging enum IPS pkgsrc APT SVR4" > f
	print "%type: Arch enum x86 sparc" > f
	print "" > f
	print "Name: " val("DName") > f
	print "Url: https://alpha.example/a,b(c)" > f
	print "Provider: " val("DProvider") > f
	print "ProviderUrl: https://alpha.example/about" > f
	print "Focus: server" > f
	print "LinuxAnalog: " val("DLinuxAnalog") > f
	print "OpenSource: yes" > f
	print "Packaging: IPS" > f
	print "Arch: x86" > f
	print "Kvm: yes" > f
	print "Lx: no" > f
	print "Alias: " val("DAlias") > f
	print "Summary: " val("DSummary") > f
	print "Description: " val("DDescription") > f
	print "+ Between the two." > f
	print "+ " val("DDescription+") > f
	print "" > f
	print "Name: Plain" > f
	print "Url: http://plain.example/" > f
	print "Provider: Plain Inc." > f
	print "Focus: workstation" > f
	print "OpenSource: no" > f
	print "Arch: sparc" > f
	print "Kvm: no" > f
	print "Lx: yes" > f
	print "Summary: a plain one" > f
	print "Description: Nothing odd here." > f
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
	print "Url: https://books.example/guide?a=1,b=2" > f
	print "Kind: guide" > f
	print "Alias: " val("BAlias") > f
	print "Summary: " val("BSummary") > f
	print "Description: " val("BDescription") > f
	print "+ Between the two." > f
	print "+ " val("BDescription+") > f
	print "" > f
	print "Title: Plain paper" > f
	print "Url: https://books.example/paper.pdf" > f
	print "Kind: paper" > f
	print "Summary: a plain paper" > f
	print "Description: Nothing odd here." > f
	close(f)
}
