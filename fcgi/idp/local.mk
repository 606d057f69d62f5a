# csam-dev, the embedded OpenID Provider, and its unit tests.
# NB: include this from Makefile.am after sbin_PROGRAMS, check_PROGRAMS,
# TESTS and EXTRA_DIST are set (automake refuses += before =).
IDP_CFLAGS = $(AM_CFLAGS) $(CJOSE_CFLAGS) $(JANSSON_CFLAGS) $(OATH_CFLAGS) \
	$(LDAP_CFLAGS) $(CURL_CFLAGS)
IDP_LIBS = $(CORE_LIBS) $(CJOSE_LIBS) $(JANSSON_LIBS) $(OATH_LIBS) $(LDAP_LIBS) \
	$(CURL_LIBS)

sbin_PROGRAMS += fcgi/idp/csam-dev
fcgi_idp_csam_dev_SOURCES = \
	fcgi/idp/main.c fcgi/idp/http.c fcgi/idp/idp.h fcgi/idp/idp_conf.c \
	fcgi/idp/oidc.c fcgi/idp/login.c \
	fcgi/idp/keys.c fcgi/idp/keys.h fcgi/idp/totp.c fcgi/idp/totp.h \
	fcgi/idp/people.c fcgi/idp/people.h \
	fcgi/idp/store.c fcgi/idp/store.h
fcgi_idp_csam_dev_CFLAGS = $(IDP_CFLAGS)
fcgi_idp_csam_dev_LDADD = $(IDP_LIBS)

# NB: TESTS already holds $(check_PROGRAMS); only the script is added.
check_PROGRAMS += tests/unit/test_ident tests/unit/test_pkce tests/unit/test_totp \
	tests/unit/test_idp_keys
TESTS += tests/unit/idp_conf_reference.sh
tests_unit_test_totp_SOURCES = tests/unit/test_totp.c fcgi/idp/totp.c
tests_unit_test_totp_CFLAGS = $(IDP_CFLAGS)
tests_unit_test_totp_LDADD = $(IDP_LIBS)
tests_unit_test_idp_keys_SOURCES = tests/unit/test_idp_keys.c fcgi/idp/keys.c
tests_unit_test_idp_keys_CFLAGS = $(IDP_CFLAGS)
tests_unit_test_idp_keys_LDADD = $(IDP_LIBS)

EXTRA_DIST += tests/unit/idp_conf_reference.sh \
	tests/integration/idp_oidc.sh
