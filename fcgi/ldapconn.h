/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * An LDAP connection bound with a password, shared by the pool's
 * directory look-ups and csam-dev. LDAPv3, no referrals, the timeout on
 * both the network and each operation.
 */
#ifndef LDAPCONN_H
#define LDAPCONN_H

#include <ldap.h>

/*
 * A connection to `uri` bound as `dn` (NULL or "": anonymous) with
 * `password`, or NULL; *bad_password is set when the directory answered
 * "invalid credentials" (anything else is logged as unavailable).
 */
LDAP	*ldapconn_open(const char *uri, int timeout, const char *dn,
	    const char *password, int *bad_password);

#endif
