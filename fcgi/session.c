/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "redis.h"
#include "req.h"
#include "session.h"
#include "xalloc.h"
#include "banned.h"

#define SESSION_ID_LEN 64

static int
is_session_id(const char *id)
{
	size_t i;

	if (strlen(id) != SESSION_ID_LEN)
		return 0;
	for (i = 0; i < SESSION_ID_LEN; i++)
		if (!((id[i] >= '0' && id[i] <= '9') || (id[i] >= 'a' && id[i] <= 'f')))
			return 0;
	return 1;
}

void
session_free(struct session *s)
{
	if (s == NULL)
		return;
	free(s->id);
	free(s->niss);
	free(s->name);
	free(s->phone);
	free(s->email);
	free(s->csrf);
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

int
session_load(struct req *r)
{
	const char *id = kv_get(&r->cookies, SESSION_COOKIE);
	const char *argv[2];
	struct session *s;
	struct buf key = BUF_INIT;
	redisReply *reply;

	if (id == NULL || *id == '\0')
		return 0;
	/* A malformed id still costs a lookup, so a forged cookie learns nothing. */
	buf_addf(&key, "sess:%s", is_session_id(id) ? id : "-");
	argv[0] = "HGETALL";
	argv[1] = key.ptr;
	reply = redis_cmd(r->app->redis, 2, argv, NULL);
	buf_release(&key);
	if (reply == NULL)
		return -1;
	if (reply->type == REDIS_REPLY_ARRAY && reply->elements >= 2 && is_session_id(id)) {
		s = xcalloc(1, sizeof(*s));
		s->id = xstrdup(id);
		s->niss = field(reply, "niss");
		s->name = field(reply, "name");
		s->phone = field(reply, "phone");
		s->email = field(reply, "email");
		s->csrf = field(reply, "csrf");
		r->session = s;
	}
	freeReplyObject(reply);
	return 0;
}
