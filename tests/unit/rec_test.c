/*
 * Unit tests of the record parser (rec.c): rec_parse() on strings in
 * memory, rec_readfd() on temporary files, rec_pos(), utf8_check() and
 * utf8_width(), and the string set that names the fields.
 *
 * Every check that fails prints one line naming the source line of the
 * check; the program exits 1 if any check failed and 0 otherwise, so
 * that the automake test harness counts it.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <signal.h>
#include <unistd.h>

#include "docgen.h"
#include "testing.h"

#define FNAME	"t.rec"

static int	 nfail;

static void	 test_read_endless(void);

static void
fail(int line, const char *what)
{
	printf("rec_test.c:%d: check failed: %s\n", line, what);
	nfail++;
}

#define CHECK(cond) do { \
		if (!(cond)) \
			fail(__LINE__, #cond); \
	} while (0)

/* Compare two strings, printing both when they differ. */
static void
check_str(int line, const char *what, const char *got, const char *want)
{
	if (got != NULL && want != NULL && strcmp(got, want) == 0)
		return;
	printf("rec_test.c:%d: check failed: %s\n", line, what);
	printf("\twant: \"%s\"\n\tgot:  \"%s\"\n",
	    want == NULL ? "(null)" : want, got == NULL ? "(null)" : got);
	nfail++;
}

#define CHECK_STR(got, want) check_str(__LINE__, #got, (got), (want))

/*
 * Diagnostics go to standard error; the tests catch them in a temporary
 * file by pointing descriptor 2 at it while the parser runs.
 */
static char	 errtext[8192];
static FILE	*errfile;
static int	 savedfd = -1;

static void
capture_begin(void)
{
	fflush(stderr);
	if ((errfile = tmpfile()) == NULL || (savedfd = dup(2)) == -1 ||
	    dup2(fileno(errfile), 2) == -1) {
		perror("rec_test: cannot capture standard error");
		exit(99);
	}
}

static const char *
capture_end(void)
{
	size_t	 n;

	fflush(stderr);
	if (dup2(savedfd, 2) == -1) {
		perror("rec_test: cannot restore standard error");
		exit(99);
	}
	close(savedfd);
	savedfd = -1;
	rewind(errfile);
	n = fread(errtext, 1, sizeof(errtext) - 1, errfile);
	errtext[n] = '\0';
	fclose(errfile);
	errfile = NULL;
	return errtext;
}

/*
 * Parse len bytes of text, keeping the diagnostics in errtext.  The
 * text is copied so that the parser never reads past the end of a
 * buffer that is exactly len bytes long.
 */
static int
parse_n(struct recfile *rf, const char *text, size_t len)
{
	char	*copy;
	int	 nerr;

	copy = malloc(len + 1);
	if (copy == NULL) {
		perror("rec_test");
		exit(99);
	}
	memcpy(copy, text, len);
	diag_reset();
	capture_begin();
	nerr = rec_parse(rf, FNAME, copy, len);
	capture_end();
	/* rec_free() frees rf->text, so hand it the copy. */
	rf->text = copy;
	return nerr;
}

static int
parse(struct recfile *rf, const char *text)
{
	return parse_n(rf, text, strlen(text));
}

/*
 * The common shape of an error test: the text gives exactly nwant
 * errors, with exactly these diagnostics.
 */
static void
check_errors(int line, const char *text, size_t len, int nwant,
    const char *want)
{
	struct recfile	 rf;
	int		 nerr;

	nerr = parse_n(&rf, text, len);
	if (nerr != nwant) {
		printf("rec_test.c:%d: check failed: %d errors, want %d\n",
		    line, nerr, nwant);
		nfail++;
	}
	check_str(line, "diagnostic", errtext, want);
	rec_free(&rf);
}

#define CHECK_ERROR(text, want) \
	check_errors(__LINE__, (text), sizeof(text) - 1, 1, (want))

/*
 * A field that a case of test_fields() expects: a NULL string or a 0
 * leaves that part of the field unchecked.
 */
struct want_field {
	const char	*name;
	const char	*value;
	size_t		 line;
	unsigned int	 vcol;
};

/*
 * A name, the key that rec_key() gives it, and the field of the first
 * record that rec_field() finds by that key (-1 for none).
 */
struct want_key {
	const char	*name;
	unsigned int	 key;
	int		 field;
};

/*
 * A text that parses without an error into nrecs records, the first of
 * which has nfields fields, as f[] describes them, from line to
 * endline (a 0 leaves those unchecked); keys[] ends at a NULL name.
 */
struct fields_case {
	int			 src;
	const char		*text;
	size_t			 nrecs;
	size_t			 nfields;
	size_t			 line;
	size_t			 endline;
	struct want_field	 f[5];
	struct want_key		 keys[5];
};

/* Letters of two, three and four bytes: U+00E9, U+20AC and U+1F600. */
#define MULTIBYTE	"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"

static const struct fields_case fields_cases[] = {
	{ __LINE__, "Name: OmniOS CE\nUrl: https://x.org/\n", 1, 2, 1, 2,
	    { { "Name", "OmniOS CE", 1, 7 },
	      { "Url", "https://x.org/", 2, 6 } },
	    { { "Url", 1, 1 }, { "Name", 0, 0 }, { "url", REC_NOKEY, -1 },
	      { "Nam", REC_NOKEY, -1 } } },
	/* Only one blank after the colon belongs to the syntax. */
	{ __LINE__, "A:x\nB:  two\nC:\nD: \nE: tail \n", 1, 5, 0, 0,
	    { { NULL, "x", 0, 3 }, { NULL, " two", 0, 4 },
	      { NULL, "", 0, 3 }, { NULL, "", 0, 4 },
	      { NULL, "tail ", 0, 0 } },
	    { { NULL, 0, 0 } } },
	/* Names: '%' may start one; digits and '_' may follow. */
	{ __LINE__, "%rec: Distribution\n%type: A_1 line\nx9_Z: v\n",
	    1, 3, 0, 0,
	    { { "%rec", "Distribution", 0, 0 }, { "%type", NULL, 0, 0 },
	      { "x9_Z", NULL, 0, 7 } },
	    { { NULL, 0, 0 } } },
	/* A value may repeat a name and hold colons. */
	{ __LINE__, "A: B: c: d\nA: again\n", 1, 2, 0, 0,
	    { { NULL, "B: c: d", 0, 0 }, { NULL, "again", 0, 0 } },
	    { { "A", 0, 0 } } },
	/* Columns count characters, not bytes. */
	{ __LINE__, "A: " MULTIBYTE "\n", 1, 1, 0, 0,
	    { { NULL, MULTIBYTE, 0, 0 } },
	    { { NULL, 0, 0 } } },
	/* An empty text and a text of blank lines hold no records. */
	{ __LINE__, "", 0, 0, 0, 0, { { NULL, NULL, 0, 0 } },
	    { { NULL, 0, 0 } } },
	{ __LINE__, "\n\n  \n", 0, 0, 0, 0, { { NULL, NULL, 0, 0 } },
	    { { NULL, 0, 0 } } },
};

/* Check one field of a case against what the case expects of it. */
static void
check_field(int src, const struct field *f, const struct want_field *w)
{
	if (w->name != NULL)
		check_str(src, "field name", f->name, w->name);
	if (w->value != NULL)
		check_str(src, "field value", f->value, w->value);
	if (w->line != 0 && f->line != w->line)
		fail(src, "line of a field");
	if (w->vcol != 0 && f->vcol != w->vcol)
		fail(src, "column of a value");
}

/* Parse the text of a case and check it as the case says. */
static void
check_fields_case(const struct fields_case *c)
{
	struct recfile		 rf;
	const struct record	*r;
	const struct field	*want;
	const struct want_key	*k;
	size_t			 i;

	if (parse(&rf, c->text) != 0)
		fail(c->src, "parse() == 0");
	check_str(c->src, "diagnostics", errtext, "");
	if (rf.nrecs != c->nrecs)
		fail(c->src, "number of records");
	else if (c->nrecs > 0 && rf.recs[0].nfields != c->nfields)
		fail(c->src, "number of fields of the first record");
	else if (c->nrecs > 0) {
		r = &rf.recs[0];
		if (c->line != 0 && r->line != c->line)
			fail(c->src, "first line of the record");
		if (c->endline != 0 && r->endline != c->endline)
			fail(c->src, "last line of the record");
		for (i = 0; i < c->nfields; i++)
			check_field(c->src, &r->fields[i], &c->f[i]);
		for (k = c->keys; k->name != NULL; k++) {
			if (rec_key(&rf, k->name) != k->key)
				fail(c->src, "rec_key() of a name");
			want = k->field < 0 ? NULL : &r->fields[k->field];
			if (rec_field(r, k->key) != want)
				fail(c->src, "rec_field() of a key");
		}
	}
	rec_free(&rf);
}

static void
test_fields(void)
{
	size_t	 i;

	for (i = 0; i < sizeof(fields_cases) / sizeof(fields_cases[0]); i++)
		check_fields_case(&fields_cases[i]);
}

/*
 * A name has one key and one string in the whole file, whatever record
 * it is in; the string is its first occurrence.  Enough names are used
 * here to make the table of names grow.
 */
static void
test_names(void)
{
	struct recfile	 rf;
	const struct field *f;
	char		 text[200 * 16], name[16];
	size_t		 len = 0, i;

	for (i = 0; i < 200; i++)
		len += (size_t)snprintf(text + len, sizeof(text) - len,
		    "N%zu: v\n%s", i % 100, i % 3 == 2 ? "\n" : "");
	CHECK(parse(&rf, text) == 0);
	CHECK(rf.nnames == 100);
	for (i = 0; i < 100; i++) {
		snprintf(name, sizeof(name), "N%zu", i);
		CHECK(rec_key(&rf, name) == i);
	}
	CHECK(rf.nrecs == 67);
	f = &rf.recs[66].fields[1];
	CHECK_STR(f->name, "N99");
	CHECK(f->key == 99 && f->name == rf.names[99]);
	CHECK(f->name == rf.recs[33].fields[0].name);
	CHECK(rf.recs[33].fields[0].line == 133);
	rec_free(&rf);
}

static void
test_continuation(void)
{
	struct recfile	 rf;
	const struct field *f;

	CHECK(parse(&rf, "Intro: first\n+ second\n+third\n+\n+ \n"
	    "+  indented\nNext: n\n") == 0);
	CHECK_STR(errtext, "");
	CHECK(rf.nrecs == 1 && rf.recs[0].nfields == 2);
	if (rf.nrecs == 1 && rf.recs[0].nfields == 2) {
		f = &rf.recs[0].fields[0];
		CHECK_STR(f->value, "first\nsecond\nthird\n\n\n indented");
		CHECK(f->line == 1 && f->line == 1 && f->vcol == 8);
		f = &rf.recs[0].fields[1];
		CHECK_STR(f->value, "n");
		CHECK(f->line == 7);
		CHECK(rf.recs[0].endline == 7);
	}
	rec_free(&rf);

	/* A value may start empty and continue, and end the file. */
	CHECK(parse(&rf, "A:\n+ x\n+ y") == 0);
	CHECK(rf.nrecs == 1 && rf.recs[0].nfields == 1);
	if (rf.nrecs == 1 && rf.recs[0].nfields == 1) {
		CHECK_STR(rf.recs[0].fields[0].value, "\nx\ny");
		CHECK(rf.recs[0].endline == 3);
	}
	rec_free(&rf);
}

static void
test_comments_and_blanks(void)
{
	struct recfile	 rf;

	CHECK(parse(&rf, "# head\n#\n\nA: 1\n# inside\nB: 2\n#tail\n") ==
	    0);
	CHECK_STR(errtext, "");
	CHECK(rf.nrecs == 1 && rf.recs[0].nfields == 2);
	if (rf.nrecs == 1 && rf.recs[0].nfields == 2) {
		CHECK(rf.recs[0].line == 4);
		CHECK_STR(rf.recs[0].fields[0].value, "1");
		CHECK(rf.recs[0].fields[1].line == 6);
		CHECK_STR(rf.recs[0].fields[1].value, "2");
	}
	rec_free(&rf);

	/* A '#' after the start of a line is part of the value. */
	CHECK(parse(&rf, "A: 1 # not a comment\n") == 0);
	if (rf.nrecs == 1)
		CHECK_STR(rf.recs[0].fields[0].value, "1 # not a comment");
	rec_free(&rf);

	/* Blank and space-only lines end a record; several count as one. */
	CHECK(parse(&rf, "\n\nA: 1\n\n\n   \nB: 2\n \nC: 3") == 0);
	CHECK_STR(errtext, "");
	CHECK(rf.nrecs == 3);
	if (rf.nrecs == 3) {
		CHECK(rf.recs[0].line == 3 && rf.recs[0].endline == 3);
		CHECK(rf.recs[1].line == 7 && rf.recs[1].nfields == 1);
		CHECK(rf.recs[2].line == 9 && rf.recs[2].nfields == 1);
		CHECK_STR(rf.recs[2].fields[0].value, "3");
	}
	rec_free(&rf);

	/*
	 * A line of tabs and spaces is blank too, as it is for recfix
	 * --check (and as is_blank_line() in rec.c means it to be).
	 */
	CHECK(parse(&rf, "A: 1\n\t\nB: 2\n \t \nC: 3\n") == 0);
	CHECK_STR(errtext, "");
	CHECK(rf.nrecs == 3);
	rec_free(&rf);

	/*
	 * A comment ends the field before it: recfix --check rejects a
	 * continuation line after a comment ("expected a record").
	 */
	CHECK(parse(&rf, "A: 1\n# c\n+ 2\n") == 1);
	CHECK_STR(errtext, FNAME ":3:1: error: continuation line with no "
	    "field before it\n");
	rec_free(&rf);
}

/*
 * A text that gives nerr errors with exactly the diagnostics in want,
 * which a text that must parse clean gives none of.
 */
struct error_case {
	int		 src;
	const char	*text;
	size_t		 len;
	int		 nerr;
	const char	*want;
};

/* A case of n errors; its text may hold a NUL. */
#define ERRORS(n, text, want) \
	{ __LINE__, (text), sizeof(text) - 1, (n), (want) }
#define ERROR1(text, want)	ERRORS(1, text, want)

static const struct error_case error_cases[] = {
	ERROR1("+ orphan\n", FNAME ":1:1: error: continuation line with no "
	    "field before it\n"),
	ERROR1("A: 1\n\n+ orphan\n", FNAME ":3:1: error: continuation line "
	    "with no field before it\n"),
	ERROR1("A: 1\n: no name\n", FNAME ":2:1: error: field without a "
	    "name\n"),
	ERROR1("%: no name\n", FNAME ":1:1: error: unsupported: a field "
	    "named '%' alone\n"),
	ERROR1("Linux-Analog: Debian\n", FNAME ":1:6: error: illegal "
	    "character '-' in field name 'Linux'\n"),
	ERROR1("A.b: x\n", FNAME ":1:2: error: illegal character '.' in "
	    "field name 'A'\n"),
	ERROR1("9lives: x\n", FNAME ":1:1: error: illegal character '9' at "
	    "the start of a field name\n"),
	ERROR1("_a: x\n", FNAME ":1:1: error: illegal character '_' at the "
	    "start of a field name\n"),
	ERROR1("Summary\n", FNAME ":1:8: error: field name 'Summary' without "
	    "':'\n"),
	ERROR1("A: x\0y\n", FNAME ":1:5: error: NUL byte\n"),
	ERROR1("\0\n", FNAME ":1:1: error: NUL byte\n"),
	ERROR1("A: x\033[1my\n", FNAME ":1:5: error: control character "
	    "U+001B\n"),
	ERROR1("A: x\x7f\n", FNAME ":1:5: error: control character "
	    "U+007F\n"),
	ERROR1("A: x\r\n", FNAME ":1:5: error: carriage return at end of "
	    "line: use Unix line endings\n"),
	ERROR1("\r\n", FNAME ":1:1: error: carriage return at end of line: "
	    "use Unix line endings\n"),
	ERROR1("A: x\ry\n", FNAME ":1:5: error: control character "
	    "U+000D\n"),
	/* The column of a control character counts characters. */
	ERROR1("A: \xc3\xa9\xf0\x9f\x98\x80\x01\n", FNAME ":1:6: error: "
	    "control character U+0001\n"),
	/*
	 * Every bidirectional control of Unicode's Bidi_Control set, each
	 * between plain letters, and the characters around the set.
	 */
	ERROR1("A: x\xd8\x9cy\n", FNAME ":1:5: error: bidirectional control "
	    "character U+061C\n"),
	ERROR1("A: x\xe2\x80\x8ey\n", FNAME ":1:5: error: bidirectional "
	    "control character U+200E\n"),
	ERROR1("A: x\xe2\x80\x8fy\n", FNAME ":1:5: error: bidirectional "
	    "control character U+200F\n"),
	ERROR1("A: x\xe2\x80\xaay\n", FNAME ":1:5: error: bidirectional "
	    "control character U+202A\n"),
	ERROR1("A: x\xe2\x80\xaby\n", FNAME ":1:5: error: bidirectional "
	    "control character U+202B\n"),
	ERROR1("A: x\xe2\x80\xacy\n", FNAME ":1:5: error: bidirectional "
	    "control character U+202C\n"),
	ERROR1("A: x\xe2\x80\xady\n", FNAME ":1:5: error: bidirectional "
	    "control character U+202D\n"),
	ERROR1("A: x\xe2\x80\xaey\n", FNAME ":1:5: error: bidirectional "
	    "control character U+202E\n"),
	ERROR1("A: x\xe2\x81\xa6y\n", FNAME ":1:5: error: bidirectional "
	    "control character U+2066\n"),
	ERROR1("A: x\xe2\x81\xa7y\n", FNAME ":1:5: error: bidirectional "
	    "control character U+2067\n"),
	ERROR1("A: x\xe2\x81\xa8y\n", FNAME ":1:5: error: bidirectional "
	    "control character U+2068\n"),
	ERROR1("A: x\xe2\x81\xa9y\n", FNAME ":1:5: error: bidirectional "
	    "control character U+2069\n"),
	ERRORS(0, "A: \xd8\x9b\xd8\x9d\xe2\x80\x8d\xe2\x80\x90\xe2\x80\xa7"
	    "\xe2\x80\xaf\xe2\x81\xa5\xe2\x81\xaa\n", ""),
	/* The three characters that are an ASCII one to Unicode. */
	ERROR1("A: x\xcd\xbey\n", FNAME ":1:5: error: stand-in for ';' "
	    "(write ';'), U+037E\n"),
	ERROR1("A: x\xe1\xbf\xafy\n", FNAME ":1:5: error: stand-in for "
	    "'`' (write '`'), U+1FEF\n"),
	ERROR1("A: x\xe2\x84\xaay\n", FNAME ":1:5: error: stand-in for "
	    "'K' (write 'K'), U+212A\n"),
	/* The line and paragraph separators, which pages show as nothing. */
	ERROR1("A: x\xe2\x80\xa8y\n", FNAME ":1:5: error: line or paragraph "
	    "separator U+2028\n"),
	ERROR1("A: x\xe2\x80\xa9y\n", FNAME ":1:5: error: line or paragraph "
	    "separator U+2029\n"),
	/* C1 controls, at both ends of their block. */
	ERROR1("A: \xc2\x80\n", FNAME ":1:4: error: control character "
	    "U+0080\n"),
	ERROR1("A: \xc2\x9f\n", FNAME ":1:4: error: control character "
	    "U+009F\n"),
	/* A control character after a backslash line is still one. */
	ERRORS(2, "A: x\\\ny\001\n", FNAME ":1:5: error: unsupported: "
	    "backslash line continuation (use a \"+\" line)\n" FNAME ":2:2: "
	    "error: control character U+0001\n"),
	ERROR1("A: caf\xe9\n", FNAME ":1:7: error: invalid UTF-8 byte "
	    "0xe9\n"),
	ERROR1("A: \xc3\xa9\xe2\x82\xac\xff\n", FNAME ":1:6: error: invalid "
	    "UTF-8 byte 0xff\n"),
	ERROR1("A: \xc0\xaf\n", FNAME ":1:4: error: invalid UTF-8 byte "
	    "0xc0\n"),
	ERROR1("# comment \xfe\n", FNAME ":1:11: error: invalid UTF-8 byte "
	    "0xfe\n"),
	ERROR1("A: x\\\n", FNAME ":1:5: error: unsupported: backslash line "
	    "continuation (use a \"+\" line)\n"),
	ERROR1(" A: 1\n", FNAME ":1:1: error: unsupported: line starts with "
	    "white space\n"),
	ERROR1("A: 1\n  B: 2\n", FNAME ":2:1: error: unsupported: line starts "
	    "with white space\n"),
	/* rec.c tests for a leading tab as white space, not as a control. */
	ERROR1("A: 1\n\tB: 2\n", FNAME ":2:1: error: unsupported: line starts "
	    "with white space\n"),
	/*
	 * The line that a backslash continues is part of the same value,
	 * so it must not be reported again as a field of its own.
	 */
	ERROR1("A: one \\\ntwo three\n", FNAME ":1:8: error: unsupported: "
	    "backslash line continuation (use a \"+\" line)\n"),
};

static void
test_errors(void)
{
	const struct error_case *c;
	size_t	 i;

	for (i = 0; i < sizeof(error_cases) / sizeof(error_cases[0]); i++) {
		c = &error_cases[i];
		check_errors(c->src, c->text, c->len, c->nerr, c->want);
	}
}

/*
 * A name that starts with, or holds, a character outside ASCII must be
 * named whole: the diagnostic itself must stay UTF-8.
 */
static void
test_error_names(void)
{
	static const struct {
		const char	*text;
		const char	*start;
	} cases[] = {
		{ "\xc3\xa9t\xc3\xa9: x\n",
		    FNAME ":1:1: error: illegal character" },
		{ "Caf\xc3\xa9: x\n", FNAME ":1:4: error: illegal character" },
	};
	struct recfile	 rf;
	size_t		 i, bad;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		CHECK(parse(&rf, cases[i].text) == 1);
		CHECK(strncmp(errtext, cases[i].start,
		    strlen(cases[i].start)) == 0);
		CHECK(utf8_check(errtext, strlen(errtext), &bad));
		rec_free(&rf);
	}
}

/* A line of exactly REC_MAXLINE bytes is fine; one more is not. */
static void
test_long_line(void)
{
	struct recfile	 rf;
	char		*big;

	big = malloc(REC_MAXLINE + 2);
	CHECK(big != NULL);
	if (big == NULL)
		return;
	memcpy(big, "A: ", 3);
	memset(big + 3, 'x', REC_MAXLINE - 3);
	big[REC_MAXLINE] = '\n';
	CHECK(parse_n(&rf, big, REC_MAXLINE + 1) == 0);
	CHECK(rf.nrecs == 1 && rf.recs[0].nfields == 1 &&
	    strlen(rf.recs[0].fields[0].value) == REC_MAXLINE - 3);
	rec_free(&rf);
	memset(big + 3, 'x', REC_MAXLINE - 2);
	big[REC_MAXLINE + 1] = '\n';
	CHECK(parse_n(&rf, big, REC_MAXLINE + 2) == 1);
	CHECK_STR(errtext, FNAME ":1:65537: error: line longer than "
	    "65536 bytes\n");
	CHECK(rf.nrecs == 0);
	rec_free(&rf);
	free(big);
}

/*
 * After an error the parser goes on: the bad line is left out and the
 * record it stood in goes on too.
 */
static void
test_recovery(void)
{
	struct recfile	 rf;

	CHECK(parse(&rf, "A: 1\nb-c: 2\n+ 3\nD: 4\n\n:\n\nE: 5\n") == 2);
	CHECK_STR(errtext, FNAME ":2:2: error: illegal character '-' in "
	    "field name 'b'\n" FNAME ":6:1: error: field without a name\n");
	CHECK(rf.nrecs == 2);
	if (rf.nrecs == 2) {
		CHECK(rf.recs[0].nfields == 2);
		CHECK_STR(rf.recs[0].fields[0].value, "1\n3");
		CHECK_STR(rf.recs[0].fields[1].name, "D");
		CHECK(rf.recs[1].line == 8);
	}
	rec_free(&rf);
}

/* Past DIAG_MAXERRORS errors, one last line and then silence. */
static void
test_error_cap(void)
{
	struct recfile	 rf;
	char		 text[1024], want[4096], *p;
	int		 i;

	p = text;
	for (i = 1; i <= DIAG_MAXERRORS + 10; i++) {
		memcpy(p, ":\n", 2);
		p += 2;
	}
	*p = '\0';
	p = want;
	for (i = 1; i <= DIAG_MAXERRORS; i++)
		p += sprintf(p, FNAME ":%d:1: error: field without a name\n",
		    i);
	strcpy(p, FNAME ": error: too many errors, giving up\n");
	CHECK(parse(&rf, text) == DIAG_MAXERRORS + 10);
	CHECK_STR(errtext, want);
	CHECK(diag_errors() == DIAG_MAXERRORS + 10);
	rec_free(&rf);

	/* diag_reset() starts the count again for the next file. */
	CHECK(parse(&rf, ":\n") == 1);
	CHECK_STR(errtext, FNAME ":1:1: error: field without a name\n");
	rec_free(&rf);
}

/*
 * Noncharacters: U+FDD0..U+FDEF, and the last two code points of each
 * of the seventeen planes, in a value and in a comment; the code points
 * just outside them pass.
 */
static void
test_noncharacters(void)
{
	struct recfile	 rf;
	char		 text[64], want[128];
	unsigned long	 plane, cp;
	int		 k;

	CHECK_ERROR("A: \xef\xb7\x90\n", FNAME ":1:4: error: noncharacter "
	    "U+FDD0\n");
	CHECK_ERROR("A: x\xef\xb7\xaf\n", FNAME ":1:5: error: noncharacter "
	    "U+FDEF\n");
	CHECK_ERROR("# \xef\xbf\xbe\n", FNAME ":1:3: error: noncharacter "
	    "U+FFFE\n");
	CHECK(parse(&rf, "A: \xef\xb7\x8f\xef\xb7\xb0\xef\xbf\xbd"
	    "\xf0\x9f\xbf\xbd\xf4\x8f\xbf\xbd\xf0\x90\x80\x80\n") == 0);
	CHECK_STR(errtext, "");
	rec_free(&rf);
	for (plane = 0; plane <= 0x10; plane++) {
		for (k = 0; k < 2; k++) {
			cp = (plane << 16) | 0xfffe | (unsigned long)k;
			if (cp <= 0xffff)
				snprintf(text, sizeof(text), "A: %c%c%c\n",
				    (char)(0xe0 | (cp >> 12)),
				    (char)(0x80 | ((cp >> 6) & 0x3f)),
				    (char)(0x80 | (cp & 0x3f)));
			else
				snprintf(text, sizeof(text), "A: %c%c%c%c\n",
				    (char)(0xf0 | (cp >> 18)),
				    (char)(0x80 | ((cp >> 12) & 0x3f)),
				    (char)(0x80 | ((cp >> 6) & 0x3f)),
				    (char)(0x80 | (cp & 0x3f)));
			snprintf(want, sizeof(want), FNAME ":1:4: error: "
			    "noncharacter U+%04lX\n", cp);
			check_errors(__LINE__, text, strlen(text), 1, want);
		}
	}
}

/*
 * Where the text of a value's "+" lines starts: column 3 after "+ ",
 * column 2 after a bare "+".
 */
static void
test_positions(void)
{
	struct recfile	 rf;
	const struct field *f;
	size_t		 line, col;

	CHECK(parse(&rf, "A: ab\n+cd\n+ ef\n+\n+gh\nB: x\n+y\n") == 0);
	CHECK(rf.nrecs == 1 && rf.recs[0].nfields == 2);
	if (rf.nrecs != 1 || rf.recs[0].nfields != 2) {
		rec_free(&rf);
		return;
	}
	f = &rf.recs[0].fields[0];
	CHECK_STR(f->value, "ab\ncd\nef\n\ngh");
	rec_pos(&rf, f, 1, &line, &col);
	CHECK(line == 1 && col == 5);
	rec_pos(&rf, f, 3, &line, &col);
	CHECK(line == 2 && col == 2);
	rec_pos(&rf, f, 4, &line, &col);
	CHECK(line == 2 && col == 3);
	rec_pos(&rf, f, 6, &line, &col);
	CHECK(line == 3 && col == 3);
	rec_pos(&rf, f, 9, &line, &col);
	CHECK(line == 4 && col == 2);
	rec_pos(&rf, f, 11, &line, &col);
	CHECK(line == 5 && col == 3);
	f = &rf.recs[0].fields[1];
	rec_pos(&rf, f, 2, &line, &col);
	CHECK(line == 7 && col == 2);
	rec_free(&rf);
}

/*
 * Read len bytes through a file with rec_readfd() and the given limit,
 * keeping the diagnostics in errtext.
 */
static int
read_n(struct recfile *rf, const char *text, size_t len, size_t limit)
{
	FILE	*fp;
	int	 nerr;

	if ((fp = tmpfile()) == NULL || fwrite(text, 1, len, fp) != len ||
	    fflush(fp) != 0 || lseek(fileno(fp), 0, SEEK_SET) == -1) {
		perror("rec_test: cannot write a temporary file");
		exit(99);
	}
	diag_reset();
	capture_begin();
	nerr = rec_readfd(rf, FNAME, fileno(fp), limit);
	capture_end();
	fclose(fp);
	return nerr;
}

/*
 * Reading stops at the first line over REC_MAXLINE, after the flaw
 * that makes the parser give up, and past the limit of the file size.
 */
static void
test_read(void)
{
	struct recfile	 rf;
	char		*big;
	size_t		 len;

	CHECK(read_n(&rf, "A: 1\nB: 2", 9, 9) == 0);
	CHECK_STR(errtext, "");
	CHECK(rf.nrecs == 1 && rf.recs[0].nfields == 2);
	rec_free(&rf);
	CHECK(read_n(&rf, "A: 1\nB: 2\n", 10, 9) == 1);
	CHECK_STR(errtext, FNAME ":2:5: error: catalog larger than 9 "
	    "bytes\n");
	CHECK(rf.nrecs == 1 && rf.recs[0].nfields == 1);
	rec_free(&rf);
	CHECK(read_n(&rf, "A: 1\nB: 2\n", 10, 5) == 1);
	CHECK_STR(errtext, FNAME ":2:1: error: catalog larger than 5 "
	    "bytes\n");
	rec_free(&rf);

	len = 3 * REC_MAXLINE;
	if ((big = malloc(len)) == NULL) {
		perror("rec_test");
		exit(99);
	}
	memset(big, 'x', len);
	memcpy(big, "A: 1\nB: ", 9);
	memcpy(big + 2 * REC_MAXLINE, "\n:\n", 3);
	CHECK(read_n(&rf, big, len, REC_MAXFILE) == 1);
	CHECK_STR(errtext, FNAME ":2:65537: error: line longer than 65536 "
	    "bytes\n");
	CHECK(rf.nrecs == 1 && rf.recs[0].nfields == 1);
	rec_free(&rf);

	free(big);
	test_read_endless();
}

/*
 * Input that may never end, such as a pipe, is read no further than the
 * line whose flaw makes the parser give up: what a writer sends after
 * it, here an endless run of fields named B, is never parsed.
 */
static void
test_read_endless(void)
{
	struct recfile	 rf;
	char		 want[8192], *w;
	int		 fds[2], nerr, i;
	pid_t		 pid;
	FILE		*fp;

	if (pipe(fds) == -1 || (pid = fork()) == -1) {
		perror("rec_test: cannot start a writer");
		exit(99);
	}
	if (pid == 0) {
		/* A write after the reader is gone fails; it does not kill. */
		signal(SIGPIPE, SIG_IGN);
		close(fds[0]);
		if ((fp = fdopen(fds[1], "w")) == NULL)
			_exit(1);
		for (i = 0; i < DIAG_MAXERRORS + 1; i++)
			fputs("A: \001\n", fp);
		while (fputs("B: 1\n", fp) != EOF)
			continue;
		_exit(0);
	}
	close(fds[1]);
	diag_reset();
	capture_begin();
	nerr = rec_readfd(&rf, FNAME, fds[0], 1 << 20);
	capture_end();
	close(fds[0]);
	waitpid(pid, NULL, 0);
	for (w = want, i = 1; i <= DIAG_MAXERRORS; i++)
		w += sprintf(w, FNAME ":%d:4: error: control character "
		    "U+0001\n", i);
	strcpy(w, FNAME ": error: too many errors, giving up\n");
	CHECK(nerr == DIAG_MAXERRORS + 1);
	CHECK_STR(errtext, want);
	CHECK(rec_key(&rf, "B") == REC_NOKEY);
	rec_free(&rf);
}

struct utf8_case {
	const char	*s;
	size_t		 len;
	int		 ok;
	size_t		 bad;
};

#define GOOD(s)		{ (s), sizeof(s) - 1, 1, 0 }
#define BAD(s, at)	{ (s), sizeof(s) - 1, 0, (at) }

static const struct utf8_case utf8_cases[] = {
	GOOD(""),
	GOOD("plain ASCII\t\n"),
	GOOD("\xc2\x80"),			/* U+0080 */
	GOOD("\xdf\xbf"),			/* U+07FF */
	GOOD("\xe0\xa0\x80"),			/* U+0800 */
	GOOD("\xed\x9f\xbf"),			/* U+D7FF */
	GOOD("\xee\x80\x80"),			/* U+E000 */
	GOOD("\xef\xbf\xbf"),			/* U+FFFF */
	GOOD("\xf0\x90\x80\x80"),		/* U+10000 */
	GOOD("\xf4\x8f\xbf\xbf"),		/* U+10FFFF */
	GOOD("a\xc3\xa9z"),
	/* Overlong forms. */
	BAD("\xc0\x80", 0),
	BAD("\xc1\xbf", 0),
	BAD("ab\xe0\x80\x80", 2),
	BAD("\xe0\x9f\xbf", 0),
	BAD("\xf0\x80\x80\x80", 0),
	BAD("x\xf0\x8f\xbf\xbf", 1),
	/* Surrogates. */
	BAD("\xed\xa0\x80", 0),
	BAD("ok\xed\xbf\xbf", 2),
	/* Truncated sequences, at the end and before another character. */
	BAD("\xc3", 0),
	BAD("abc\xe2\x82", 3),
	BAD("\xf0\x9f\x98", 0),
	BAD("\xe2\x82" "A", 0),
	BAD("\xc3\xa9\xc3" "A", 2),
	/* Past U+10FFFF. */
	BAD("\xf4\x90\x80\x80", 0),
	BAD("\xf5\x80\x80\x80", 0),
	BAD("\xf7\xbf\xbf\xbf", 0),
	/* Bytes that never start a character. */
	BAD("\x80", 0),
	BAD("a\xbf", 1),
	BAD("\xf8\x88\x80\x80\x80", 0),
	BAD("\xfe", 0),
	BAD("\xff", 0),
	/* The length is obeyed: a NUL is a character like any other. */
	GOOD("a\0b"),
};

static void
test_utf8(void)
{
	const struct utf8_case *c;
	size_t	 i, bad;
	int	 ok;

	for (i = 0; i < sizeof(utf8_cases) / sizeof(utf8_cases[0]); i++) {
		c = &utf8_cases[i];
		bad = (size_t)-1;
		ok = utf8_check(c->s, c->len, &bad);
		if (ok != c->ok || (!ok && bad != c->bad)) {
			printf("rec_test.c: check failed: utf8_check case %zu: "
			    "returned %d (bad %zu), want %d (bad %zu)\n",
			    i, ok, bad, c->ok, c->bad);
			nfail++;
		}
	}

	/* A sequence cut short by the length, not by the bytes. */
	bad = (size_t)-1;
	CHECK(utf8_check("a\xc3\xa9", 2, &bad) == 0 && bad == 1);

	/*
	 * The most columns text may take: a precomposed accented letter
	 * one; a combining mark and a zero-width space one each, as groff
	 * sets them; a CJK ideograph, a Hangul syllable and an emoji two,
	 * the emoji above U+1F600 and among the symbols of U+2600 too; a
	 * stray byte one.
	 */
	CHECK(utf8_width("abc", 3) == 3);
	CHECK(utf8_width("\xc3\xa9t\xc3\xa9", 5) == 3);
	CHECK(utf8_width("e\xcc\x81te\xcc\x81", 7) == 5);
	CHECK(utf8_width("\xe6\x97\xa5\xe6\x9c\xac", 6) == 4);
	CHECK(utf8_width("\xed\x95\x9c", 3) == 2);
	CHECK(utf8_width("a\xe2\x80\x8b" "b", 5) == 3);
	CHECK(utf8_width("\xf0\x9f\x98\x80", 4) == 2);
	CHECK(utf8_width("\xf0\x9f\x9a\x80", 4) == 2);
	CHECK(utf8_width("\xe2\x98\x94", 3) == 2);
	CHECK(utf8_width("\xe2\x80\x94", 3) == 1);
	CHECK(utf8_width("\xff", 1) == 1);
	CHECK(utf8_width("", 0) == 0);
}

/*
 * The string set against a plain list: every string of up to STRLEN
 * letters of a three-letter alphabet is looked for, in a set of about
 * half of them added in a scrambled order, so that keys are prefixes of
 * one another and most searches for a missing key pass the end of the
 * key long before they meet a leaf.
 */
#define STRLEN	7
static void
test_strset(void)
{
	static char	 all[3280][STRLEN + 1];
	static size_t	 val[3280];
	struct strset	 set;
	size_t		 n = 0, len, i, k, v, x;

	for (len = 1, v = 3; len <= STRLEN; len++, v *= 3)
		for (i = 0; i < v; i++, n++) {
			for (x = i, k = 0; k < len; k++, x /= 3)
				all[n][k] = (char)('A' + x % 3);
			all[n][len] = '\0';
		}
	CHECK(n == 3279);
	memset(&set, 0, sizeof(set));
	CHECK(strset_has(&set, "A") == 0);
	for (i = 0, x = 1; i < n; i++) {
		x = (x * 1103515245UL + 12345UL) & 0x7fffffffUL;
		k = x % n;
		if (val[k] != 0) {
			CHECK(strset_add(&set, all[k], i + 1) == val[k]);
			continue;
		}
		CHECK(strset_add(&set, all[k], i + 1) == 0);
		val[k] = i + 1;
	}
	for (k = 0; k < n; k++)
		CHECK(strset_has(&set, all[k]) == val[k]);
	CHECK(strset_has(&set, "") == 0);
	strset_free(&set);
}

int
main(void)
{
	test_fields();
	test_names();
	test_continuation();
	test_comments_and_blanks();
	test_errors();
	test_error_names();
	test_long_line();
	test_recovery();
	test_error_cap();
	test_noncharacters();
	test_positions();
	test_read();
	test_utf8();
	test_strset();
	if (nfail > 0)
		printf("rec_test: %d checks failed\n", nfail);
	return nfail > 0;
}
