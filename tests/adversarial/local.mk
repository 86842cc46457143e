## Hostile catalogs: tests/adversarial/hostile writes catalogs of about
## 10 MB in each shape that could make the generator's time or memory
## grow faster than its input, and shapes.sh runs them under a bound on
## memory and a time limit.  bench/adversarial compares their times
## with a plain catalog's.

check_PROGRAMS += tests/adversarial/hostile
tests_adversarial_hostile_SOURCES = tests/adversarial/hostile.c bench/rnd.h
tests_adversarial_hostile_CPPFLAGS = -I$(srcdir)/bench

TESTS += tests/adversarial/shapes.sh

EXTRA_DIST += tests/adversarial/local.mk
EXTRA_DIST += tests/adversarial/shapes.sh
