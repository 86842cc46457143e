## The benchmark's catalogs: bench/run times the generator on catalogs
## that bench/gencat writes, and a catalog the generator refuses stops
## the whole run, so the tests build gencat and check that what it
## writes is accepted.

check_PROGRAMS += tests/bench/gencat
tests_bench_gencat_SOURCES = bench/gencat.c bench/rnd.h
tests_bench_gencat_CPPFLAGS = -I$(srcdir)/bench

TESTS += tests/bench/catalogs.sh

EXTRA_DIST += tests/bench/local.mk
EXTRA_DIST += tests/bench/catalogs.sh
