/*
 * The output formats, for the command line and for every program that
 * runs all of them (the fuzz target): a new format is a row here, and a
 * line in tests/formats for the shell tests.  The first is the default.
 */

#include <stddef.h>

#include "docgen.h"

const struct format docgen_formats[] = {
	{ "mdoc",	mdoc_write,	NULL },
	{ "texinfo",	texi_write,	NULL },
	{ "markdown",	NULL,		md_write },
	{ "urls",	NULL,		urls_write },
	{ "checked",	NULL,		checked_write },
	{ "facts",	NULL,		facts_write },
	{ NULL,		NULL,		NULL }
};
