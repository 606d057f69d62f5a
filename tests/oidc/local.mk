# The misbehaving OpenID Provider that tests/integration/rp_oidc.sh drives,
# and its own check. NB: include this from Makefile.am after
# `noinst_PROGRAMS =`, `TESTS =` and `EXTRA_DIST =` are set (automake
# refuses += before =). noinst, not check_PROGRAMS: it is a server the
# tests start, not a TAP test itself.
noinst_PROGRAMS += tests/oidc/test_op
tests_oidc_test_op_SOURCES = tests/oidc/test_op.c
tests_oidc_test_op_CFLAGS = $(AM_CFLAGS) $(CJOSE_CFLAGS) $(JANSSON_CFLAGS) $(OPENSSL_CFLAGS)
tests_oidc_test_op_LDADD = $(CJOSE_LIBS) $(JANSSON_LIBS) $(OPENSSL_LIBS)
# Needs only curl, jq and openssl: no stack.
TESTS += tests/oidc/selftest.sh
EXTRA_DIST += tests/oidc/selftest.sh tests/integration/rp_oidc.sh
