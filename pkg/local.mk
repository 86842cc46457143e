## Packages for Debian, IPS (OmniOS, OpenIndiana) and pkgsrc (SmartOS,
## NetBSD), included by the top Makefile.am with
##   include $(srcdir)/pkg/local.mk
## after TESTS, EXTRA_DIST and AM_TESTS_ENVIRONMENT are first set.
## Portable make only: bmake must read the result as well as GNU make.

# The tests check each package's file list against "make install", which
# they run themselves, with the same make program as the test harness.
AM_TESTS_ENVIRONMENT += MAKE='$(MAKE)'; export MAKE;

# The IPS tools that configure found (empty where it found none), for
# the ips test.
AM_TESTS_ENVIRONMENT += \
	PKGFMT='$(PKGFMT)'; PKGLINT='$(PKGLINT)'; PKGLINTRC='$(PKGLINTRC)'; \
	PKGREPO='$(PKGREPO)'; PKGSEND='$(PKGSEND)'; PKGRECV='$(PKGRECV)'; \
	IPS_PKG='$(IPS_PKG)'; \
	export PKGFMT PKGLINT PKGLINTRC PKGREPO PKGSEND PKGRECV IPS_PKG;

PKG_TESTS = \
	pkg/tests/ips-manifest.sh \
	pkg/tests/recipes.sh \
	pkg/tests/ips.sh \
	pkg/tests/pkgsrc-plist.sh \
	pkg/tests/deb.sh

TESTS += $(PKG_TESTS)

EXTRA_DIST += \
	pkg/local.mk \
	$(PKG_TESTS) \
	pkg/debian/build \
	pkg/debian/debian/changelog \
	pkg/debian/debian/control \
	pkg/debian/debian/copyright \
	pkg/debian/debian/rules \
	pkg/debian/debian/source/format \
	pkg/debian/debian/illumos-resources.lintian-overrides \
	pkg/debian/debian/upstream/metadata \
	pkg/debian/debian/watch \
	pkg/debian/debian/tests/control \
	pkg/debian/debian/tests/installed \
	pkg/ips/omnios.p5m.in \
	pkg/ips/openindiana.p5m.in \
	pkg/ips/targets \
	pkg/ips/mkp5p \
	pkg/pkgsrc/DESCR \
	pkg/pkgsrc/Makefile \
	pkg/pkgsrc/PLIST \
	pkg/mkdistinfo \
	pkg/mkrecipes \
	pkg/omnios-extra \
	pkg/oi-userland

# "make deb": the Debian packages from a fresh release tarball, in
# ./deb-out.  Needs dpkg-dev, debhelper, lintian and texinfo.
deb:
	$(MAKE) $(AM_MAKEFLAGS) dist
	$(SHELL) $(srcdir)/pkg/debian/build $(PACKAGE)-$(VERSION).tar.gz deb-out

# "make distinfo": pkgsrc's distinfo for the release tarball, written to
# pkg/pkgsrc/distinfo in the build tree (in the source tree too for an
# in-tree build), ready to copy beside the pkgsrc Makefile.  It is not
# distributed: it holds the digests of the tarball itself.
distinfo:
	@test -f $(PACKAGE)-$(VERSION).tar.gz || \
	  { echo 'run "make dist" first' >&2; exit 1; }
	$(MKDIR_P) pkg/pkgsrc
	$(SHELL) $(srcdir)/pkg/mkdistinfo $(PACKAGE)-$(VERSION).tar.gz \
	  pkg/pkgsrc/distinfo
	@cat pkg/pkgsrc/distinfo

# "make recipes": the recipes of omnios-extra and oi-userland for the
# release tarball, with its version and checksum, in ./recipes, laid out
# as in those trees.  Like distinfo, they are not distributed.
recipes:
	@test -f $(PACKAGE)-$(VERSION).tar.gz || \
	  { echo 'run "make dist" first' >&2; exit 1; }
	$(SHELL) $(srcdir)/pkg/mkrecipes $(PACKAGE)-$(VERSION).tar.gz \
	  $(srcdir) recipes

# "make p5p": the IPS package archives, one a distribution,
# illumos-resources-VERSION-TARGET.p5p, for "pkg install -g" on OmniOS
# and OpenIndiana.  configure writes each manifest from
# pkg/ips/TARGET.p5m.in, with this version.  Needs pkgrepo, pkgsend and
# pkgrecv on PATH when configure runs.
P5P_OMNIOS = $(PACKAGE)-$(VERSION)-omnios.p5p
P5P_OPENINDIANA = $(PACKAGE)-$(VERSION)-openindiana.p5p
CLEANFILES += $(P5P_OMNIOS) $(P5P_OMNIOS).tmp \
	$(P5P_OPENINDIANA) $(P5P_OPENINDIANA).tmp

p5p: $(P5P_OMNIOS) $(P5P_OPENINDIANA)

$(P5P_OMNIOS): pkg/ips/omnios.p5m $(dist_man_MANS)
	MAKE='$(MAKE)' PKGREPO='$(PKGREPO)' PKGSEND='$(PKGSEND)' \
	PKGRECV='$(PKGRECV)' $(SHELL) $(srcdir)/pkg/ips/mkp5p \
	    pkg/ips/omnios.p5m $(srcdir) $@

$(P5P_OPENINDIANA): pkg/ips/openindiana.p5m $(dist_man_MANS) $(INFO_DEPS)
	MAKE='$(MAKE)' PKGREPO='$(PKGREPO)' PKGSEND='$(PKGSEND)' \
	PKGRECV='$(PKGRECV)' $(SHELL) $(srcdir)/pkg/ips/mkp5p \
	    pkg/ips/openindiana.p5m $(srcdir) $@

.PHONY: deb distinfo p5p recipes
