/*
 * The writers of "-T urls" and "-T checked": every link of the catalog,
 * and every date on which a record was last checked, for "make
 * linkcheck".  Each value is a line, "file:line:column<TAB>value", in
 * the order of the file, so that a dead link or an old date can be
 * found and fixed where it is.  The column is where the value starts,
 * as the diagnostics count it.
 *
 * Which fields are links or dates is what the catalog's tables of
 * fields say, so a new field of either type is listed with no change
 * here.
 */

#include <stddef.h>
#include <string.h>

#include "docgen.h"

static void
list_fields(struct buf *b, const struct catalog *cat, enum field_type type)
{
	const struct recfile *rf = cat->rf;
	const struct record *r;
	const struct field *f;
	const struct fieldspec *fs;
	const char	*v;
	size_t		 i, j, len;

	for (i = 0; i < rf->nrecs; i++) {
		r = &rf->recs[i];
		for (j = 0; j < r->nfields; j++) {
			f = &r->fields[j];
			fs = catalog_row(cat, i, f->name);
			if (fs == NULL || fs->ftype != type)
				continue;
			/* The catalog has checked the value as a whole word. */
			v = rec_trim(f->value, &len);
			buf_putfield(b, rf->fname, strlen(rf->fname));
			buf_printf(b, ":%zu:%u\t", f->line, f->vcol);
			buf_putfield(b, v, len);
			buf_putc(b, '\n');
			buf_flush(b);
		}
	}
}

void
urls_write(struct buf *b, const struct catalog *cat)
{
	list_fields(b, cat, FT_URL);
}

void
checked_write(struct buf *b, const struct catalog *cat)
{
	list_fields(b, cat, FT_DATE);
}
