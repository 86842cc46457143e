/*
 * List every link of a checked catalog, one a line, as
 * "file:line:column<TAB>url", in the order of the file.  The column is
 * the one where the value starts, counted as the diagnostics count it,
 * so that a report built on this list points editors at the link
 * itself.  "make linkcheck" reads the list, so that the catalog is
 * parsed by one parser only.  The list is written only for a catalog
 * from which every output can be made.
 */

#include <string.h>

#include "docgen.h"

/*
 * The fields whose value is a link, by record set: the ones that the
 * descriptors type with the URL regexp and that catalog.c checks with
 * check_url().  A field is listed with its set because a name such as
 * Url may one day mean something else in another set.
 */
static const struct {
	const char	*set;
	const char	*field;
} url_fields[] = {
	{ "Page",		"Url" },
	{ "Term",		"Url" },
	{ "Distribution",	"Url" },
	{ "Distribution",	"ProviderUrl" },
	{ "Distribution",	"PackagingUrl" },
	{ "Book",		"Url" }
};

#define NURL_FIELDS	(sizeof(url_fields) / sizeof(url_fields[0]))

static int	 is_set(const char *, const char *);
static int	 writers_check(const struct catalog *);

/* Whether the value of a %rec field names the set, blanks aside. */
static int
is_set(const char *value, const char *set)
{
	size_t	 len = strlen(set);

	while (*value == ' ' || *value == '\t')
		value++;
	if (strncmp(value, set, len) != 0)
		return 0;
	for (value += len; *value != '\0'; value++)
		if (*value != ' ' && *value != '\t' && *value != '\n')
			return 0;
	return 1;
}

/*
 * The writers find a few errors that only they look for, such as two
 * Texinfo nodes with the same name.  Each output is made into a buffer
 * that is thrown away, so that a catalog that one of them refuses gets
 * the same diagnostics here as there.
 */
static int
writers_check(const struct catalog *cat)
{
	struct buf	 scratch;
	size_t		 i;
	int		 nerr = 0;

	for (i = 0; i < cat->npages; i++) {
		memset(&scratch, 0, sizeof(scratch));
		nerr += mdoc_write(&scratch, cat, &cat->pages[i]);
		buf_free(&scratch);
		memset(&scratch, 0, sizeof(scratch));
		nerr += texi_write(&scratch, cat, &cat->pages[i]);
		buf_free(&scratch);
	}
	memset(&scratch, 0, sizeof(scratch));
	nerr += md_write(&scratch, cat);
	buf_free(&scratch);
	return nerr;
}

/*
 * The caller has built the catalog, so every value listed here is one
 * http or https link without blanks, and begins where the field says.
 */
int
urls_write(struct buf *b, const struct recfile *rf,
    const struct catalog *cat)
{
	const struct record *r;
	const struct field *f;
	unsigned int	 reckey, keys[NURL_FIELDS];
	int		 want[NURL_FIELDS], nerr;
	size_t		 i, j, k;

	if ((nerr = writers_check(cat)) > 0)
		return nerr;
	reckey = rec_key(rf, "%rec");
	for (k = 0; k < NURL_FIELDS; k++) {
		keys[k] = rec_key(rf, url_fields[k].field);
		want[k] = 0;
	}
	for (i = 0; i < rf->nrecs; i++) {
		r = &rf->recs[i];

		/* A descriptor decides which fields of what follows count. */
		if (reckey != REC_NOKEY &&
		    (f = rec_field(r, reckey)) != NULL) {
			for (k = 0; k < NURL_FIELDS; k++)
				want[k] = is_set(f->value, url_fields[k].set);
			continue;
		}
		for (j = 0; j < r->nfields; j++) {
			f = &r->fields[j];
			for (k = 0; k < NURL_FIELDS; k++)
				if (want[k] && f->key == keys[k])
					break;
			if (k == NURL_FIELDS)
				continue;
			buf_printf(b, "%s:%zu:%u\t%s\n", rf->fname, f->line,
			    f->vcol, f->value);
			buf_flush(b);
		}
	}
	return 0;
}
