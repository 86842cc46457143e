/*
 * gencat: write a synthetic illumos-resources catalog for the benchmark.
 *
 *	gencat count catalog.rec > synthetic.rec
 *
 * Copies the real catalog (its Catalog, Page, Term and Book records and
 * every record descriptor), leaves out its Choice records, which name
 * real distributions, and replaces its Distribution records by
 * `count' synthetic ones with the same fields, modelled on the real
 * records: similar field lengths, the same optional-field frequencies,
 * unique names.  About one record in twenty carries hostile text that
 * each writer has to escape: backslashes, leading dots and quotes,
 * @ and braces, mdoc macro names such as Ns, Markdown punctuation and
 * UTF-8.  The output depends only on `count': the random numbers come
 * from a fixed-seed generator.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RND_SEED	0x2545f4914f6cdd1dULL
#include "rnd.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static const char *words[] = {
	"illumos", "distribution", "server", "zones", "the", "a", "and",
	"with", "for", "of", "to", "it", "runs", "on", "x86", "SPARC",
	"packages", "community", "release", "stable", "support", "ZFS",
	"storage", "network", "virtual", "machines", "kernel", "system",
	"desktop", "installer", "boot", "environment", "hypervisor",
	"administrators", "people", "who", "want", "small", "dependable",
	"base", "regular", "schedule", "long-term", "graphical", "data",
	"center", "operators", "cloud", "appliance", "commercial", "product",
	"Debian-style", "services", "DTrace", "bhyve", "KVM", "memory",
	"disks", "pool", "guests", "branded", "Linux", "programs", "from",
	"is", "are", "by", "in", "as", "or", "its", "that", "can", "be",
};

static const char *hostile[] = {
	"back\\slash", "C:\\dir\\file", "\\fBbold\\fR", "\\e", "\\(em",
	"@node", "@{brace@}", "{braces}", "user@example.org", "@@", "}{",
	"\"quoted\"", "'apostrophe'", "Ns", "No", "Pq", "Sh", "Xr", "Li",
	"*star*", "_under_", "`tick`", "[bracket]", "<html>", "&amp;",
	"|pipe|", "~tilde~", "#hash", "!bang", "50%", "a,b", "(paren)",
	"na\xc3\xafve", "Z\xc3\xbcrich", "\xe6\x97\xa5\xe6\x9c\xac",
	"\xe2\x80\x94", "\xc3\x85ngstr\xc3\xb6m", "caf\xc3\xa9",
};

static const char *lead[] = {	/* hostile starts of a line */
	".", ".Sh", ".TH", "'", "'br", "@c", "#", "-", "+", "1.", "2)",
	"> ", "=", "\\&", "\\.",
};

static const char *focus[] = { "workstation", "server", "hypervisor",
	"storage" };
static const char *pkg[] = { "IPS", "pkgsrc", "APT", "SVR4" };
static const char *status[] = { "active", "dormant", "discontinued",
	"unknown" };
static const char *analog[] = { "Debian", "Ubuntu", "CoreOS", "Slackware",
	"Proxmox", "Fedora", "Alpine Linux", "Arch Linux", "Red Hat" };
static const char *tld[] = { "org", "com", "net", "io", "fi", "cloud" };
static const char *namew[] = { "Omni", "Open", "Smart", "Nexa", "Trib",
	"Dil", "Stream", "Danube", "Helio", "Aurora", "Boreal", "Cobalt",
	"Delta", "Ember", "Fjord", "Granite", "Harbor", "Indigo", "Juniper",
	"Kestrel", "Lumen", "Meridian", "Nimbus", "Onyx", "Pinnacle" };
static const char *namesuf[] = { "OS", "Server", "Cloud", "Store",
	"Desktop", "CE", "Edition", "" };

/*
 * Hostile starts of a name, short enough that a name stays within the
 * 30 columns that the widest comparison table leaves it.
 */
static const char *hostname[] = {
	"\\e", "@@", "}{", "Ns", "Xr", "Sh", "#x", "50%", "a;b", "`t`",
	"*s*", "caf\xc3\xa9",
};

/* A word, hostile about one time in twenty on a hostile record. */
static const char *
word(int bad)
{
	if (bad && rnd(6) == 0)
		return hostile[rnd(NELEM(hostile))];
	return words[rnd(NELEM(words))];
}

/* Words up to about `len' bytes. */
static void
phrase(size_t len, int bad)
{
	size_t	 n = 0;
	const char *w;

	while (n < len) {
		w = word(bad);
		if (n > 0) {
			putchar(' ');
			n++;
		}
		fputs(w, stdout);
		n += strlen(w);
	}
}

static void
slug(unsigned long i)
{
	printf("%s%lu", namew[i % NELEM(namew)], i);
}

/* One synthetic distribution, the i'th. */
static void
distro(unsigned long i)
{
	unsigned long	 j, nl;
	int		 bad, x86, sparc;

	bad = rnd(20) == 0;
	fputs("Name: ", stdout);
	if (bad)
		printf("%s ", hostname[rnd(
		    NELEM(hostname))]);
	j = rnd(NELEM(namesuf));
	printf("%s%s%s %lu\n",
	    namew[rnd(NELEM(namew))],
	    namesuf[j][0] != '\0' ? " " : "",
	    namesuf[j], i + 1);
	printf("Url: https://www.");
	slug(i);
	printf(".%s/%s\n", tld[rnd(NELEM(tld))],
	    bad && rnd(2) ? "a_(b)~c,d*e;f=g&h'i" : "");
	/* Within the 40 columns its table leaves. */
	fputs("Provider: ", stdout);
	phrase(8 + rnd(14), bad);
	putchar('\n');
	if (rnd(10) < 7) {
		fputs("ProviderUrl: https://", stdout);
		slug(i);
		printf(".%s/about\n",
		    tld[rnd(NELEM(tld))]);
	}
	j = rnd(4);
	printf("Focus: %s\n", focus[j]);
	if (rnd(3) == 0)
		printf("Focus: %s\n",
		    focus[(j + 1) % 4]);
	if (rnd(2) == 0)
		printf("LinuxAnalog: %s\n",
		    analog[rnd(NELEM(analog))]);
	printf("OpenSource: %s\n",
	    rnd(10) ? "yes" : "no");
	if (rnd(10)) {
		printf("Packaging: %s\n",
		    pkg[rnd(4)]);
		if (rnd(5) == 0)
			printf("PackagingUrl: https://"
			    "pkgsrc.example.org/%lu/\n",
			    i + 1);
	}
	x86 = rnd(10) != 0;
	sparc = !x86 || rnd(4) == 0;
	if (x86)
		puts("Arch: x86");
	if (sparc)
		puts("Arch: sparc");
	printf("Bhyve: %s\n", rnd(2) ? "yes" : "no");
	printf("Kvm: %s\n", rnd(2) ? "yes" : "no");
	printf("Lx: %s\n", rnd(2) ? "yes" : "no");
	printf("Status: %s\n", status[rnd(4)]);
	/* A summary must fit an Info menu: 55 columns. */
	fputs("Summary: ", stdout);
	phrase(20 + rnd(15), bad);
	putchar('\n');
	printf("Source: https://www.");
	slug(i);
	printf(".%s/news\n", tld[rnd(NELEM(tld))]);
	printf("Checked: 2026-%02lu-%02lu\n",
	    1 + rnd(11), 1 + rnd(28));
	fputs("Description: ", stdout);
	nl = 3 + rnd(4);
	for (j = 0; j < nl; j++) {
		if (j > 0)
			fputs("+ ", stdout);
		if (bad && rnd(3) == 0)
			printf("%s ",
			    lead[rnd(NELEM(lead))]);
		phrase(40 + rnd(30), bad);
		puts(".");
	}
	putchar('\n');
}

int
main(int argc, char *argv[])
{
	FILE		*f;
	char		 line[65536];
	unsigned long	 n, i;
	int		 mode = 0;

	if (argc != 3) {
		fputs("usage: gencat count catalog.rec\n", stderr);
		return 2;
	}
	n = strtoul(argv[1], NULL, 10);
	if ((f = fopen(argv[2], "r")) == NULL) {
		perror(argv[2]);
		return 2;
	}
	while (fgets(line, sizeof(line), f) != NULL) {
		if (mode == 2 && strncmp(line, "%rec:", 5) != 0)
			continue;	/* a real Distribution record */
		if (mode == 2)
			mode = 0;
		fputs(line, stdout);
		if (strcmp(line, "%rec: Distribution\n") == 0)
			mode = 1;	/* copy the descriptor */
		else if (strcmp(line, "%rec: Choice\n") == 0)
			mode = 3;	/* ... and this one, without its */
					/* ... records, which name real */
					/* ... distributions */
		else if (mode == 3 && line[0] == '\n')
			mode = 2;
		else if (mode == 1 && line[0] == '\n') {
			mode = 2;
			for (i = 0; i < n; i++)
				distro(i);
		}
	}
	fclose(f);
	return 0;
}
