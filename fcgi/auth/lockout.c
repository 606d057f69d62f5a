/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdio.h>
#include <stdlib.h>

#include "app.h"
#include "auth/lockout.h"
#include "buf.h"
#include "conf.h"
#include "redis.h"
#include "req.h"
#include "banned.h"

static void
key_for(struct buf *key, const char *account)
{
	buf_adds(key, "lock:agent:");
	buf_adds(key, account);
}

int
lockout_is_locked(struct req *r, const char *account)
{
	struct buf key = BUF_INIT;
	const char *argv[2];
	redisReply *reply;
	int rc;

	key_for(&key, account);
	argv[0] = "GET";
	argv[1] = key.ptr;
	reply = redis_cmd(r->app->redis, 2, argv, NULL);
	buf_release(&key);
	if (reply == NULL)
		return -1;
	rc = reply->type == REDIS_REPLY_STRING &&
	    atoi(reply->str) >= r->app->conf->login_max_failures;
	freeReplyObject(reply);
	return rc;
}

int
lockout_fail(struct req *r, const char *account)
{
	struct buf key = BUF_INIT;
	const char *argv[3];
	char ttl[16];
	redisReply *reply;
	int rc = -1;

	key_for(&key, account);
	argv[0] = "INCR";
	argv[1] = key.ptr;
	if ((reply = redis_cmd(r->app->redis, 2, argv, NULL)) == NULL)
		goto out;
	freeReplyObject(reply);
	/* The lock lasts `lockout` seconds from the latest failure. */
	snprintf(ttl, sizeof(ttl), "%d", r->app->conf->login_lockout);
	argv[0] = "EXPIRE";
	argv[2] = ttl;
	if ((reply = redis_cmd(r->app->redis, 3, argv, NULL)) == NULL)
		goto out;
	freeReplyObject(reply);
	rc = 0;
out:
	buf_release(&key);
	return rc;
}

void
lockout_clear(struct req *r, const char *account)
{
	struct buf key = BUF_INIT;
	const char *argv[2];
	redisReply *reply;

	key_for(&key, account);
	argv[0] = "DEL";
	argv[1] = key.ptr;
	if ((reply = redis_cmd(r->app->redis, 2, argv, NULL)) != NULL)
		freeReplyObject(reply);
	buf_release(&key);
}
