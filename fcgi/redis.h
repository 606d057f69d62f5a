/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * The worker's Redis connection. Commands are argv-style only, so no value
 * is ever interpreted as part of a command. The connection is made lazily
 * with a connect timeout; after any error it is dropped and the next
 * command reconnects, so the worker recovers on its own when Redis is back.
 */
#ifndef REDIS_H
#define REDIS_H

#include <stddef.h>

#include <hiredis/hiredis.h>

struct conf;
struct redis;

struct redis	*redis_new(const struct conf *c);
void		 redis_free(struct redis *r);

/*
 * Run one command. Returns the reply (free it with freeReplyObject), or
 * NULL when Redis cannot be reached or answered with an error (logged).
 * `lens` may be NULL when every argument is a C string.
 */
redisReply	*redis_cmd(struct redis *r, int argc, const char **argv, const size_t *lens);

/* 0 when Redis answers PING, else -1. */
int		 redis_ping(struct redis *r);

#endif
