/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * csam-dev's identities in the LDAP directory (conf/demo.ldif): people
 * with a uid under [ldap] base_dn. Searches run as [ldap] bind_dn (or
 * anonymously); a password is checked by binding as the person, and the
 * TOTP secret is read with that same bind (the ACL lets only the person
 * read it). One connection per call: logins are rare.
 */
#ifndef IDP_PEOPLE_H
#define IDP_PEOPLE_H

#include <stddef.h>

struct idp_conf;

/* Attribute names (conf/breakatwork.schema and inetOrgPerson). */
#define PEOPLE_ATTR_NISS	"bwNiss"
#define PEOPLE_ATTR_TOTP	"bwTotpSecret"
#define PEOPLE_ATTR_KIND	"bwIdentityKind"	/* "belgian" or "eidas" */
#define PEOPLE_ATTR_COUNTRY	"bwEidasCountry"	/* eIDAS identities only */

struct person {
	char	*uid;
	char	*niss;		/* national register or BIS number */
	char	*given_name;
	char	*family_name;
	char	*email;
	char	*locale;	/* preferredLanguage */
	char	*kind;	/* bwIdentityKind: "belgian" or "eidas" */
	char	*country;	/* eIDAS: the issuing country, else NULL */
	char	*totp_secret;	/* base32; only after people_authenticate() */
};

enum people_status {
	PEOPLE_OK = 0,
	PEOPLE_NOT_FOUND,	/* no such uid, or wrong password */
	PEOPLE_UNAVAILABLE,	/* the directory did not answer */
};

/* The person with this uid. */
enum people_status people_get(const struct idp_conf *c, const char *uid, struct person *p);

/* Check uid and password by a bind as that person, then fill `p`. */
enum people_status people_authenticate(const struct idp_conf *c, const char *uid,
		    const char *password, struct person *p);

/*
 * The demo identities the simulated keys offer: people with a NISS of
 * the kind "eidas" (foreign) or "belgian", sorted by uid. The caller frees
 * each with person_release() and the array with free().
 */
enum people_status people_list(const struct idp_conf *c, int foreign, struct person **list,
		    size_t *n);

void	 person_release(struct person *p);

#endif
