/*
 * Entry points of the library that only its tests call: the unit tests
 * and the fuzz target drive the parser on bytes in memory or on a
 * descriptor of their choosing, look at its UTF-8 check alone, and
 * reset the count of errors between inputs.  The program itself needs
 * none of them, so they stay out of docgen.h, the contract between the
 * stages.
 */

#ifndef TESTING_H
#define TESTING_H

#include "docgen.h"

int	 diag_errors(void);
void	 diag_reset(void);
int	 rec_parse(struct recfile *, const char *, char *, size_t);
int	 rec_readfd(struct recfile *, const char *, int, size_t);
int	 utf8_check(const char *, size_t, size_t *);

#endif /* !TESTING_H */
