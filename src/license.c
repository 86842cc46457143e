/*
 * The licence of the generated pages and manuals, one line at a time,
 * so that each writer can wrap it in its own comment or quotation.
 * It is the ISC licence of the package, worded for documentation.
 */

#include <stddef.h>

#include "docgen.h"

const char *const license_grant[] = {
	"Permission to use, copy, modify, and distribute this documentation",
	"for any purpose with or without fee is hereby granted, provided that",
	"the above copyright notice and this permission notice appear in all",
	"copies.",
	NULL
};

const char *const license_disclaimer[] = {
	"THE DOCUMENTATION IS PROVIDED \"AS IS\" AND THE AUTHORS DISCLAIM ALL",
	"WARRANTIES WITH REGARD TO THIS DOCUMENTATION INCLUDING ALL IMPLIED",
	"WARRANTIES OF MERCHANTABILITY AND FITNESS.  IN NO EVENT SHALL THE",
	"AUTHORS BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL",
	"DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR",
	"PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER",
	"TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR",
	"PERFORMANCE OF THIS DOCUMENTATION.",
	NULL
};
