/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include <ldap.h>

#include "buf.h"
#include "idp.h"
#include "ldapconn.h"
#include "log.h"
#include "people.h"
#include "xalloc.h"
#include "banned.h"

/* The attributes read for a person; the TOTP secret only as the person. */
static char a_uid[] = "uid", a_niss[] = PEOPLE_ATTR_NISS, a_given[] = "givenName",
    a_sn[] = "sn", a_mail[] = "mail", a_lang[] = "preferredLanguage",
    a_kind[] = PEOPLE_ATTR_KIND, a_country[] = PEOPLE_ATTR_COUNTRY,
    a_totp[] = PEOPLE_ATTR_TOTP;
static char *public_attrs[] = { a_uid, a_niss, a_given, a_sn, a_mail, a_lang, a_kind,
    a_country, NULL };
static char *self_attrs[] = { a_uid, a_niss, a_given, a_sn, a_mail, a_lang, a_kind,
    a_country, a_totp, NULL };

/* A connection bound as `dn`, or NULL; *bad_password set on wrong credentials. */
static LDAP *
open_bound(const struct idp_conf *c, const char *dn, const char *password, int *bad_password)
{
	return ldapconn_open(c->ldap_uri, c->ldap_timeout, dn, password, bad_password);
}

static LDAP *
open_service(const struct idp_conf *c)
{
	int bad;

	return open_bound(c, c->ldap_bind_dn, c->ldap_bind_password, &bad);
}

static char *
first_value(LDAP *ld, LDAPMessage *entry, const char *attr)
{
	struct berval **vals = ldap_get_values_len(ld, entry, attr);
	char *s = NULL;

	if (vals != NULL && vals[0] != NULL)
		s = xstrndup(vals[0]->bv_val, vals[0]->bv_len);
	ldap_value_free_len(vals);
	return s;
}

static void
fill(LDAP *ld, LDAPMessage *entry, struct person *p)
{
	p->uid = first_value(ld, entry, a_uid);
	p->niss = first_value(ld, entry, a_niss);
	p->given_name = first_value(ld, entry, a_given);
	p->family_name = first_value(ld, entry, a_sn);
	p->email = first_value(ld, entry, a_mail);
	p->locale = first_value(ld, entry, a_lang);
	p->kind = first_value(ld, entry, a_kind);
	p->country = first_value(ld, entry, a_country);
	p->totp_secret = first_value(ld, entry, a_totp);
}

/*
 * Search `filter` (already escaped) under the base. PEOPLE_OK with the
 * result in *res, or PEOPLE_UNAVAILABLE.
 */
static enum people_status
search(const struct idp_conf *c, LDAP *ld, const char *filter, char **attrs, int limit,
    LDAPMessage **res)
{
	struct timeval tv = { c->ldap_timeout, 0 };
	int rc;

	rc = ldap_search_ext_s(ld, c->ldap_base_dn, LDAP_SCOPE_SUBTREE, filter, attrs, 0,
	    NULL, NULL, &tv, limit, res);
	if (rc != LDAP_SUCCESS && rc != LDAP_SIZELIMIT_EXCEEDED) {
		log_err("ldap search: %s", ldap_err2string(rc));
		return PEOPLE_UNAVAILABLE;
	}
	return PEOPLE_OK;
}

/* "(&(objectClass=inetOrgPerson)(uid=<escaped uid>))" into filter. */
static int
uid_filter(struct buf *filter, const char *uid)
{
	struct berval in, out = { 0, NULL };

	in.bv_val = (char *)uid;
	in.bv_len = strlen(uid);
	if (uid[0] == '\0' || ldap_bv2escaped_filter_value(&in, &out) != 0)
		return -1;
	buf_addf(filter, "(&(objectClass=inetOrgPerson)(uid=%s))", out.bv_val);
	ber_memfree(out.bv_val);
	return 0;
}

/*
 * Find the single entry of `uid` on `ld`: its DN into dn (when not NULL)
 * and the person into p (when not NULL).
 */
static enum people_status
find_uid(const struct idp_conf *c, LDAP *ld, const char *uid, char **attrs, char **dn,
    struct person *p)
{
	struct buf filter = BUF_INIT;
	LDAPMessage *res = NULL, *entry;
	enum people_status st = PEOPLE_NOT_FOUND;
	char *d;

	if (uid_filter(&filter, uid) < 0)
		goto out;
	if ((st = search(c, ld, filter.ptr, attrs, 2, &res)) != PEOPLE_OK)
		goto out;
	st = PEOPLE_NOT_FOUND;
	if (ldap_count_entries(ld, res) != 1 || (entry = ldap_first_entry(ld, res)) == NULL)
		goto out;
	if (dn != NULL) {
		d = ldap_get_dn(ld, entry);
		if (d == NULL)
			goto out;
		*dn = xstrdup(d);
		ldap_memfree(d);
	}
	if (p != NULL)
		fill(ld, entry, p);
	st = PEOPLE_OK;
out:
	ldap_msgfree(res);
	buf_release(&filter);
	return st;
}

enum people_status
people_get(const struct idp_conf *c, const char *uid, struct person *p)
{
	enum people_status st;
	LDAP *ld;

	memset(p, 0, sizeof(*p));
	if ((ld = open_service(c)) == NULL)
		return PEOPLE_UNAVAILABLE;
	st = find_uid(c, ld, uid, public_attrs, NULL, p);
	ldap_unbind_ext_s(ld, NULL, NULL);
	return st;
}

enum people_status
people_authenticate(const struct idp_conf *c, const char *uid, const char *password,
    struct person *p)
{
	enum people_status st;
	LDAP *ld = NULL, *user = NULL;
	char *dn = NULL;
	int bad;

	memset(p, 0, sizeof(*p));
	/* An empty password would be an anonymous bind that always succeeds. */
	if (password == NULL || password[0] == '\0')
		return PEOPLE_NOT_FOUND;
	if ((ld = open_service(c)) == NULL)
		return PEOPLE_UNAVAILABLE;
	st = find_uid(c, ld, uid, public_attrs, &dn, NULL);
	if (st != PEOPLE_OK)
		goto out;
	user = open_bound(c, dn, password, &bad);
	if (user == NULL) {
		st = bad ? PEOPLE_NOT_FOUND : PEOPLE_UNAVAILABLE;
		goto out;
	}
	st = find_uid(c, user, uid, self_attrs, NULL, p);
out:
	if (user != NULL)
		ldap_unbind_ext_s(user, NULL, NULL);
	ldap_unbind_ext_s(ld, NULL, NULL);
	free(dn);
	return st;
}

static int
by_uid(const void *a, const void *b)
{
	const struct person *pa = a, *pb = b;

	return strcmp(pa->uid ? pa->uid : "", pb->uid ? pb->uid : "");
}

enum people_status
people_list(const struct idp_conf *c, int foreign, struct person **list, size_t *n)
{
	const char *filter = foreign ?
	    "(&(objectClass=inetOrgPerson)(" PEOPLE_ATTR_NISS "=*)(" PEOPLE_ATTR_KIND "=eidas))" :
	    "(&(objectClass=inetOrgPerson)(" PEOPLE_ATTR_NISS "=*)(" PEOPLE_ATTR_KIND "=belgian))";
	LDAPMessage *res = NULL, *e;
	enum people_status st;
	LDAP *ld;
	size_t i = 0;

	*list = NULL;
	*n = 0;
	if ((ld = open_service(c)) == NULL)
		return PEOPLE_UNAVAILABLE;
	st = search(c, ld, filter, public_attrs, 100, &res);
	if (st == PEOPLE_OK && ldap_count_entries(ld, res) >= 0) {
		*list = xcalloc((size_t)ldap_count_entries(ld, res) + 1, sizeof(**list));
		for (e = ldap_first_entry(ld, res); e != NULL; e = ldap_next_entry(ld, e))
			fill(ld, e, &(*list)[i++]);
		*n = i;
		qsort(*list, *n, sizeof(**list), by_uid);
	}
	ldap_msgfree(res);
	ldap_unbind_ext_s(ld, NULL, NULL);
	return st;
}

void
person_release(struct person *p)
{
	free(p->uid);
	free(p->niss);
	free(p->given_name);
	free(p->family_name);
	free(p->email);
	free(p->locale);
	free(p->kind);
	free(p->country);
	if (p->totp_secret != NULL) {
		memset(p->totp_secret, 0, strlen(p->totp_secret));
		free(p->totp_secret);
	}
	memset(p, 0, sizeof(*p));
}
