/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "conf.h"
#include "crypto.h"
#include "redis.h"
#include "req.h"
#include "session.h"
#include "xalloc.h"
#include "banned.h"

#define SESSION_ID_BYTES 32

static const char *const role_names[] = { "none", "worker", "employer", "agent" };

const char *
role_name(enum role role)
{
	return role_names[role];
}

enum role
role_parse(const char *name)
{
	size_t i;

	for (i = 0; name != NULL && i < sizeof(role_names) / sizeof(role_names[0]); i++)
		if (strcmp(name, role_names[i]) == 0)
			return (enum role)i;
	return ROLE_NONE;
}

static int
is_session_id(const char *id)
{
	size_t i;

	if (strlen(id) != SESSION_ID_BYTES * 2)
		return 0;
	for (i = 0; i < SESSION_ID_BYTES * 2; i++)
		if (!((id[i] >= '0' && id[i] <= '9') || (id[i] >= 'a' && id[i] <= 'f')))
			return 0;
	return 1;
}

const char *
session_cookie_name(const struct req *r)
{
	return req_is_tls(r) ? "__Host-" SESSION_COOKIE : SESSION_COOKIE;
}

void
session_free(struct session *s)
{
	if (s == NULL)
		return;
	free(s->id);
	free(s->niss);
	free(s->given_name);
	free(s->family_name);
	free(s->email);
	free(s->phone);
	free(s->csrf);
	free(s->mandates);
	free(s->bce);
	free(s->office);
	free(s->id_token);
	free(s);
}

/* The field of an HGETALL reply, or NULL. */
static char *
field(const redisReply *reply, const char *name)
{
	size_t i;

	for (i = 0; i + 1 < reply->elements; i += 2)
		if (strcmp(reply->element[i]->str, name) == 0)
			return xstrdup(reply->element[i + 1]->str);
	return NULL;
}

static void
session_key(struct buf *key, const char *id)
{
	buf_reset(key);
	buf_addf(key, "sess:%s", id);
}

static int
simple_cmd(struct req *r, int argc, const char **argv)
{
	redisReply *reply = redis_cmd(r->app->redis, argc, argv, NULL);

	if (reply == NULL)
		return -1;
	freeReplyObject(reply);
	return 0;
}

static void
set_cookie(struct req *r, const char *value, int max_age)
{
	struct buf c = BUF_INIT;

	buf_addf(&c, "%s=%s; Path=/; HttpOnly; SameSite=Lax%s", session_cookie_name(r),
	    value, req_is_tls(r) ? "; Secure" : "");
	if (max_age >= 0)
		buf_addf(&c, "; Max-Age=%d", max_age);
	req_header(r, "Set-Cookie", c.ptr);
	buf_release(&c);
}

static int
delete_session(struct req *r, const char *id)
{
	struct buf key = BUF_INIT;
	const char *argv[2];
	int rc;

	session_key(&key, id);
	argv[0] = "DEL";
	argv[1] = key.ptr;
	rc = simple_cmd(r, 2, argv);
	buf_release(&key);
	return rc;
}

int
session_load(struct req *r)
{
	const struct conf *c = r->app->conf;
	const char *id = req_param(r, "BW_SESSION");
	const char *argv[3];
	struct session *s;
	struct buf key = BUF_INIT;
	char ttl[16];
	redisReply *reply;
	int rc = -1;

	if (id == NULL || *id == '\0')
		id = kv_get(&r->cookies, session_cookie_name(r));
	if (id == NULL || *id == '\0')
		return 0;
	/* A malformed id still costs a lookup, so a forged cookie learns nothing. */
	session_key(&key, is_session_id(id) ? id : "-");
	argv[0] = "HGETALL";
	argv[1] = key.ptr;
	if ((reply = redis_cmd(r->app->redis, 2, argv, NULL)) == NULL)
		goto out;
	rc = 0;
	if (reply->type != REDIS_REPLY_ARRAY || reply->elements < 2 || !is_session_id(id)) {
		freeReplyObject(reply);
		goto out;
	}
	s = xcalloc(1, sizeof(*s));
	s->id = xstrdup(id);
	s->niss = field(reply, "niss");
	s->given_name = field(reply, "given_name");
	s->family_name = field(reply, "family_name");
	s->email = field(reply, "email");
	s->phone = field(reply, "phone");
	s->csrf = field(reply, "csrf");
	s->mandates = field(reply, "mandates");
	s->bce = field(reply, "bce");
	s->office = field(reply, "office");
	s->id_token = field(reply, "id_token");
	{
		char *role = field(reply, "role"), *created = field(reply, "created");

		s->role = role_parse(role);
		s->created = created ? (time_t)strtoll(created, NULL, 10) : 0;
		free(role);
		free(created);
	}
	freeReplyObject(reply);
	if (s->csrf == NULL || time(NULL) - s->created >= c->session_absolute_timeout) {
		argv[0] = "DEL";
		simple_cmd(r, 2, argv);
		session_free(s);
		goto out;
	}
	/* Sliding idle timeout. */
	snprintf(ttl, sizeof(ttl), "%d", c->session_idle_timeout);
	argv[0] = "EXPIRE";
	argv[2] = ttl;
	if (simple_cmd(r, 3, argv) < 0) {
		session_free(s);
		rc = -1;
		goto out;
	}
	r->session = s;
out:
	buf_release(&key);
	return rc;
}

int
session_create(struct req *r, struct session *s)
{
	const struct conf *c = r->app->conf;
	struct buf id = BUF_INIT, csrf = BUF_INIT, key = BUF_INIT;
	char created[24], ttl[16];
	const char *argv[32];
	int argc = 0, rc = -1;

	if (crypto_random_hex(&id, SESSION_ID_BYTES) < 0 ||
	    crypto_random_b64url(&csrf, 32) < 0)
		goto out;
	s->created = time(NULL);
	snprintf(created, sizeof(created), "%lld", (long long)s->created);
	session_key(&key, id.ptr);
	argv[argc++] = "HSET";
	argv[argc++] = key.ptr;
#define PUT(name, value) do { if ((value) != NULL) { \
	argv[argc++] = name; argv[argc++] = (value); } } while (0)
	PUT("niss", s->niss);
	PUT("given_name", s->given_name);
	PUT("family_name", s->family_name);
	PUT("email", s->email);
	PUT("phone", s->phone);
	PUT("mandates", s->mandates);
	PUT("bce", s->bce);
	PUT("office", s->office);
	PUT("id_token", s->id_token);
	PUT("role", role_name(s->role));
	PUT("created", created);
	PUT("csrf", csrf.ptr);
#undef PUT
	if (simple_cmd(r, argc, argv) < 0)
		goto out;
	snprintf(ttl, sizeof(ttl), "%d", c->session_idle_timeout);
	argv[0] = "EXPIRE";
	argv[2] = ttl;
	if (simple_cmd(r, 3, argv) < 0)
		goto out;
	/* The session the browser had before the login ends now (fixation). */
	if (r->session != NULL) {
		delete_session(r, r->session->id);
		session_free(r->session);
	}
	free(s->id);
	s->id = buf_detach(&id, NULL);
	free(s->csrf);
	s->csrf = buf_detach(&csrf, NULL);
	r->session = s;
	set_cookie(r, s->id, -1);
	rc = 0;
out:
	buf_release(&id);
	buf_release(&csrf);
	buf_release(&key);
	return rc;
}

/* HSET the two fields `a` and `b` of r->session. 0 or -1. */
static int
save_two(struct req *r, const char *a, const char *va, const char *b, const char *vb)
{
	struct buf key = BUF_INIT;
	const char *argv[6];
	int rc;

	session_key(&key, r->session->id);
	argv[0] = "HSET";
	argv[1] = key.ptr;
	argv[2] = a;
	argv[3] = va;
	argv[4] = b;
	argv[5] = vb;
	rc = simple_cmd(r, 6, argv);
	buf_release(&key);
	return rc;
}

int
session_save_role(struct req *r)
{
	struct session *s = r->session;

	return save_two(r, "role", role_name(s->role), "bce", s->bce ? s->bce : "");
}

int
session_save_contact(struct req *r)
{
	struct session *s = r->session;

	return save_two(r, "email", s->email ? s->email : "", "phone", s->phone ? s->phone : "");
}

int
session_destroy(struct req *r)
{
	int rc = delete_session(r, r->session->id);

	set_cookie(r, "", 0);
	return rc;
}
