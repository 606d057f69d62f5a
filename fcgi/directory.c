/* SPDX-License-Identifier: EUPL-1.2 */
#include <string.h>
#include <sys/time.h>

#include <ldap.h>

#include "conf.h"
#include "directory.h"
#include "ident.h"
#include "ldapconn.h"
#include "log.h"
#include "banned.h"

/* Names from conf/breakatwork.schema (arrays: ldap_search wants char *). */
#define ATTR_NISS	"bwNiss"
#define CLASS_AGENT	"bwOnemAgent"
static char attr_mandate[] = "bwMandateBce";
static char attr_office[] = "bwOnemOffice";
static char attr_cn[] = "cn";

static LDAP *
open_service(const struct conf *c)
{
	int bad;

	return ldapconn_open(c->ldap_uri, c->ldap_timeout, c->ldap_bind_dn,
	    c->ldap_bind_password, &bad);
}

/* Search one entry by `attr`=`value` (escaped) under the base. */
static int
search_one(const struct conf *c, LDAP *ld, const char *filter_fmt, const char *value,
    char **attrs, LDAPMessage **res, LDAPMessage **entry)
{
	struct timeval tv = { c->ldap_timeout, 0 };
	struct berval in, out = { 0, NULL };
	struct buf filter = BUF_INIT;
	int rc;

	in.bv_val = (char *)value;
	in.bv_len = strlen(value);
	if (ldap_bv2escaped_filter_value(&in, &out) != 0)
		return -1;
	buf_addf(&filter, filter_fmt, out.bv_val);
	ber_memfree(out.bv_val);
	rc = ldap_search_ext_s(ld, c->ldap_base_dn, LDAP_SCOPE_SUBTREE, filter.ptr, attrs,
	    0, NULL, NULL, &tv, 2, res);
	buf_release(&filter);
	if (rc != LDAP_SUCCESS && rc != LDAP_SIZELIMIT_EXCEEDED) {
		log_err("ldap search: %s", ldap_err2string(rc));
		return -1;
	}
	*entry = ldap_count_entries(ld, *res) == 1 ? ldap_first_entry(ld, *res) : NULL;
	return 0;
}

enum directory_status
directory_mandates(const struct conf *c, const char *niss, struct buf *mandates)
{
	char *attrs[] = { attr_mandate, NULL };
	enum directory_status st = DIRECTORY_UNAVAILABLE;
	LDAPMessage *res = NULL, *entry;
	struct berval **vals = NULL;
	LDAP *ld;
	int i;

	buf_reset(mandates);
	ld = open_service(c);
	if (ld == NULL)
		return DIRECTORY_UNAVAILABLE;
	if (search_one(c, ld, "(" ATTR_NISS "=%s)", niss, attrs, &res, &entry) < 0)
		goto out;
	st = DIRECTORY_OK;
	if (entry == NULL)
		goto out;
	vals = ldap_get_values_len(ld, entry, attr_mandate);
	for (i = 0; vals != NULL && vals[i] != NULL; i++) {
		char bce[16];

		if (vals[i]->bv_len >= sizeof(bce))
			continue;
		memcpy(bce, vals[i]->bv_val, vals[i]->bv_len);
		bce[vals[i]->bv_len] = '\0';
		if (!ident_bce_valid(bce)) {
			log_warn("ldap: ignoring mandate with invalid BCE check digits");
			continue;
		}
		if (mandates->len)
			buf_addc(mandates, ',');
		buf_adds(mandates, bce);
	}
out:
	ldap_value_free_len(vals);
	ldap_msgfree(res);
	ldap_unbind_ext_s(ld, NULL, NULL);
	return st;
}

enum directory_status
directory_agent_login(const struct conf *c, const char *uid, const char *password,
    struct buf *office, struct buf *name)
{
	char *attrs[] = { attr_office, attr_cn, NULL };
	enum directory_status st = DIRECTORY_UNAVAILABLE;
	LDAPMessage *res = NULL, *entry;
	struct berval **vals;
	char *dn = NULL;
	LDAP *ld, *agent;
	int bad_password;

	if (password[0] == '\0')
		return DIRECTORY_NOT_FOUND;	/* an empty password is an anonymous bind */
	ld = open_service(c);
	if (ld == NULL)
		return DIRECTORY_UNAVAILABLE;
	if (search_one(c, ld, "(&(objectClass=" CLASS_AGENT ")(uid=%s))", uid, attrs,
	    &res, &entry) < 0)
		goto out;
	st = DIRECTORY_NOT_FOUND;
	if (entry == NULL || (dn = ldap_get_dn(ld, entry)) == NULL)
		goto out;
	agent = ldapconn_open(c->ldap_uri, c->ldap_timeout, dn, password, &bad_password);
	if (agent == NULL) {
		st = bad_password ? DIRECTORY_NOT_FOUND : DIRECTORY_UNAVAILABLE;
		goto out;
	}
	ldap_unbind_ext_s(agent, NULL, NULL);
	buf_reset(office);
	buf_reset(name);
	if ((vals = ldap_get_values_len(ld, entry, attr_office)) != NULL && vals[0] != NULL)
		buf_add(office, vals[0]->bv_val, vals[0]->bv_len);
	ldap_value_free_len(vals);
	if ((vals = ldap_get_values_len(ld, entry, attr_cn)) != NULL && vals[0] != NULL)
		buf_add(name, vals[0]->bv_val, vals[0]->bv_len);
	ldap_value_free_len(vals);
	st = office->len ? DIRECTORY_OK : DIRECTORY_NOT_FOUND;
out:
	ldap_memfree(dn);
	ldap_msgfree(res);
	ldap_unbind_ext_s(ld, NULL, NULL);
	return st;
}
