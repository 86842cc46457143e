# Unit tests of the generator's parts, built against src/libdocgen.a.
# This fragment is included by the top Makefile.am, so paths are
# relative to the top directory.

check_PROGRAMS += tests/unit/rec_test tests/unit/escape_test

tests_unit_rec_test_SOURCES = tests/unit/rec_test.c
tests_unit_rec_test_CPPFLAGS = $(AM_CPPFLAGS) -I$(srcdir)/src
tests_unit_rec_test_LDADD = src/libdocgen.a

tests_unit_escape_test_SOURCES = tests/unit/escape_test.c
tests_unit_escape_test_CPPFLAGS = $(AM_CPPFLAGS) -I$(srcdir)/src
tests_unit_escape_test_LDADD = src/libdocgen.a

TESTS += tests/unit/rec_test tests/unit/escape_test
