## "make linkcheck": fetch every link of the catalog and report which
## ones are broken or have moved, into linkcheck.txt and on standard
## output.  It needs the network, so "make check" never runs it.
## "make linkcheck CATALOG=other.rec" checks another catalog, and
## LINKCHECK_FLAGS passes options to linkcheck/linkcheck.sh, such as
## "-j 16" for more fetches at once or "-t 30" for a longer timeout.
## Included by the top Makefile.am; paths are relative to the top.

LINKCHECK_FLAGS =

linkcheck: $(DOCGEN_PROG)
	$(SHELL) $(srcdir)/linkcheck/linkcheck.sh -g $(DOCGEN) \
	    $(LINKCHECK_FLAGS) $(CATALOG)

.PHONY: linkcheck

EXTRA_DIST += linkcheck/linkcheck.sh linkcheck/local.mk
CLEANFILES += linkcheck.txt
