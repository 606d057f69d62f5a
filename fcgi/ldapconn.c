/* SPDX-License-Identifier: EUPL-1.2 */
#include <string.h>
#include <sys/time.h>

#include "ldapconn.h"
#include "log.h"
#include "banned.h"

LDAP *
ldapconn_open(const char *uri, int timeout, const char *dn, const char *password,
    int *bad_password)
{
	struct timeval tv = { timeout, 0 };
	struct berval cred;
	int version = LDAP_VERSION3, rc;
	LDAP *ld = NULL;

	*bad_password = 0;
	if (ldap_initialize(&ld, uri) != LDAP_SUCCESS) {
		log_err("ldap: bad uri %s", uri);
		return NULL;
	}
	ldap_set_option(ld, LDAP_OPT_PROTOCOL_VERSION, &version);
	ldap_set_option(ld, LDAP_OPT_NETWORK_TIMEOUT, &tv);
	ldap_set_option(ld, LDAP_OPT_TIMEOUT, &tv);
	ldap_set_option(ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF);
	cred.bv_val = (char *)password;
	cred.bv_len = strlen(password);
	rc = ldap_sasl_bind_s(ld, dn != NULL && dn[0] ? dn : NULL, LDAP_SASL_SIMPLE, &cred,
	    NULL, NULL, NULL);
	if (rc != LDAP_SUCCESS) {
		if (rc == LDAP_INVALID_CREDENTIALS)
			*bad_password = 1;
		else
			log_err("ldap bind: %s", ldap_err2string(rc));
		ldap_unbind_ext_s(ld, NULL, NULL);
		return NULL;
	}
	return ld;
}
