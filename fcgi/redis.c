/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include "conf.h"
#include "log.h"
#include "redis.h"
#include "xalloc.h"
#include "banned.h"

struct redis {
	const struct conf	*conf;
	redisContext		*ctx;
};

struct redis *
redis_new(const struct conf *c)
{
	struct redis *r = xcalloc(1, sizeof(*r));

	r->conf = c;
	return r;
}

static void
disconnect(struct redis *r)
{
	if (r->ctx != NULL)
		redisFree(r->ctx);
	r->ctx = NULL;
}

void
redis_free(struct redis *r)
{
	if (r == NULL)
		return;
	disconnect(r);
	free(r);
}

static struct timeval
ms_to_tv(int ms)
{
	struct timeval tv = { ms / 1000, (ms % 1000) * 1000 };

	return tv;
}

/* Send one command on the open context; NULL on any failure. */
static redisReply *
send_argv(struct redis *r, int argc, const char **argv, const size_t *lens)
{
	redisReply *reply = redisCommandArgv(r->ctx, argc, argv, lens);

	if (reply == NULL) {
		log_err("redis %s: %s", argv[0], r->ctx->errstr);
		disconnect(r);
		return NULL;
	}
	if (reply->type == REDIS_REPLY_ERROR) {
		log_err("redis %s: %s", argv[0], reply->str);
		freeReplyObject(reply);
		return NULL;
	}
	return reply;
}

static int
connect_redis(struct redis *r)
{
	const struct conf *c = r->conf;
	struct timeval tv = ms_to_tv(c->redis_connect_timeout_ms);
	redisReply *reply;
	char db[16];

	if (c->redis_socket[0] != '\0')
		r->ctx = redisConnectUnixWithTimeout(c->redis_socket, tv);
	else
		r->ctx = redisConnectWithTimeout(c->redis_host, c->redis_port, tv);
	if (r->ctx == NULL || r->ctx->err) {
		log_err("redis connect: %s", r->ctx ? r->ctx->errstr : "out of memory");
		disconnect(r);
		return -1;
	}
	if (redisSetTimeout(r->ctx, ms_to_tv(c->redis_command_timeout_ms)) != REDIS_OK) {
		disconnect(r);
		return -1;
	}
	if (c->redis_password[0] != '\0') {
		const char *argv[] = { "AUTH", c->redis_password };

		if ((reply = send_argv(r, 2, argv, NULL)) == NULL)
			goto fail;
		freeReplyObject(reply);
	}
	if (c->redis_db != 0) {
		const char *argv[] = { "SELECT", db };

		snprintf(db, sizeof(db), "%d", c->redis_db);
		if ((reply = send_argv(r, 2, argv, NULL)) == NULL)
			goto fail;
		freeReplyObject(reply);
	}
	return 0;
fail:
	disconnect(r);
	return -1;
}

/*
 * A connection that worked before may have been closed by a Redis restart:
 * the command then fails on EOF without having run, so it is sent once more
 * on a fresh connection.
 */
redisReply *
redis_cmd(struct redis *r, int argc, const char **argv, const size_t *lens)
{
	int was_connected = r->ctx != NULL;
	redisReply *reply;

	if (!was_connected && connect_redis(r) < 0)
		return NULL;
	reply = send_argv(r, argc, argv, lens);
	if (reply == NULL && was_connected && r->ctx == NULL && connect_redis(r) == 0)
		reply = send_argv(r, argc, argv, lens);
	return reply;
}

int
redis_ping(struct redis *r)
{
	const char *argv[] = { "PING" };
	redisReply *reply = redis_cmd(r, 1, argv, NULL);

	if (reply == NULL)
		return -1;
	freeReplyObject(reply);
	return 0;
}
