/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "redis.h"
#include "store.h"
#include "banned.h"

static void
key(struct buf *k, const char *kind, const char *id)
{
	buf_addf(k, "idp:%s:%s", kind, id);
}

int
store_put(struct redis *rd, const char *kind, const char *id, json_t *obj, int ttl)
{
	struct buf k = BUF_INIT;
	char ttl_s[16], *value = json_dumps(obj, JSON_COMPACT);
	const char *argv[] = { "SET", NULL, value, "EX", ttl_s };
	redisReply *reply = NULL;
	int rc = -1;

	if (value == NULL)
		goto out;
	key(&k, kind, id);
	argv[1] = k.ptr;
	snprintf(ttl_s, sizeof(ttl_s), "%d", ttl);
	reply = redis_cmd(rd, 5, argv, NULL);
	if (reply != NULL && reply->type == REDIS_REPLY_STATUS)
		rc = 0;
out:
	if (reply != NULL)
		freeReplyObject(reply);
	free(value);
	buf_release(&k);
	return rc;
}

enum store_status
store_get(struct redis *rd, const char *kind, const char *id, int take, json_t **obj)
{
	struct buf k = BUF_INIT;
	const char *argv[2];
	redisReply *reply;
	enum store_status st = STORE_DOWN;

	*obj = NULL;
	key(&k, kind, id);
	argv[0] = take ? "GETDEL" : "GET";
	argv[1] = k.ptr;
	reply = redis_cmd(rd, 2, argv, NULL);
	if (reply == NULL)
		goto out;
	st = STORE_NONE;
	if (reply->type == REDIS_REPLY_STRING &&
	    (*obj = json_loadb(reply->str, reply->len, 0, NULL)) != NULL)
		st = STORE_OK;
	freeReplyObject(reply);
out:
	buf_release(&k);
	return st;
}

int
store_del(struct redis *rd, const char *kind, const char *id)
{
	struct buf k = BUF_INIT;
	const char *argv[2] = { "DEL", NULL };
	redisReply *reply;

	key(&k, kind, id);
	argv[1] = k.ptr;
	reply = redis_cmd(rd, 2, argv, NULL);
	buf_release(&k);
	if (reply == NULL)
		return -1;
	freeReplyObject(reply);
	return 0;
}

int
store_once(struct redis *rd, const char *kind, const char *id, int ttl)
{
	struct buf k = BUF_INIT;
	char ttl_s[16];
	const char *argv[] = { "SET", NULL, "1", "NX", "EX", ttl_s };
	redisReply *reply;
	int rc;

	key(&k, kind, id);
	argv[1] = k.ptr;
	snprintf(ttl_s, sizeof(ttl_s), "%d", ttl);
	reply = redis_cmd(rd, 6, argv, NULL);
	buf_release(&k);
	if (reply == NULL)
		return -1;
	rc = reply->type == REDIS_REPLY_STATUS;
	freeReplyObject(reply);
	return rc;
}

long long
store_failures(struct redis *rd, const char *uid)
{
	struct buf k = BUF_INIT;
	const char *argv[2] = { "GET", NULL };
	redisReply *reply;
	long long n = -1;

	key(&k, "fail", uid);
	argv[1] = k.ptr;
	reply = redis_cmd(rd, 2, argv, NULL);
	buf_release(&k);
	if (reply == NULL)
		return -1;
	n = reply->type == REDIS_REPLY_STRING ? strtoll(reply->str, NULL, 10) : 0;
	freeReplyObject(reply);
	return n;
}

long long
store_fail(struct redis *rd, const char *uid, int window, int max)
{
	struct buf k = BUF_INIT;
	char ttl_s[16];
	const char *incr[2] = { "INCR", NULL };
	const char *expire[4] = { "EXPIRE", NULL, ttl_s, "NX" };
	redisReply *reply;
	long long n = -1;

	key(&k, "fail", uid);
	incr[1] = expire[1] = k.ptr;
	snprintf(ttl_s, sizeof(ttl_s), "%d", window);
	reply = redis_cmd(rd, 2, incr, NULL);
	if (reply != NULL) {
		n = reply->type == REDIS_REPLY_INTEGER ? reply->integer : -1;
		freeReplyObject(reply);
		/*
		 * The window runs from the first failure (NX); the failure that
		 * reaches `max` locks the account for a whole window.
		 */
		if ((reply = redis_cmd(rd, n >= max ? 3 : 4, expire, NULL)) != NULL)
			freeReplyObject(reply);
	}
	buf_release(&k);
	return n;
}

void
store_fail_clear(struct redis *rd, const char *uid)
{
	store_del(rd, "fail", uid);
}
