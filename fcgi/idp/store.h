/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * csam-dev's state in Redis, every key with a TTL, as JSON objects under
 * "idp:<kind>:<id>": pending authorization requests (tx), authorization
 * codes (code), access tokens (at), sessions at the provider (sess),
 * e-mailed codes (mail); plus failure counters for the lock-out.
 */
#ifndef IDP_STORE_H
#define IDP_STORE_H

#include <jansson.h>

struct redis;

enum store_status {
	STORE_OK = 0,
	STORE_NONE,		/* absent or expired */
	STORE_DOWN,		/* Redis did not answer */
};

/* Store `obj` under kind:id for ttl seconds. 0 or -1. */
int	 store_put(struct redis *rd, const char *kind, const char *id, json_t *obj, int ttl);

/* Read kind:id into *obj (caller decrefs); with `take` it is deleted in the same step. */
enum store_status store_get(struct redis *rd, const char *kind, const char *id, int take,
		    json_t **obj);

/* Delete kind:id. 0 or -1. */
int	 store_del(struct redis *rd, const char *kind, const char *id);

/*
 * Set kind:id only when absent (a one-time marker). 1 when set, 0 when it
 * existed already, -1 when Redis did not answer.
 */
int	 store_once(struct redis *rd, const char *kind, const char *id, int ttl);

/* Failures of `uid` within the lock-out window, or -1. */
long long store_failures(struct redis *rd, const char *uid);
/*
 * Count one failure: the window of `window` seconds starts at the first,
 * and restarts at the one that reaches `max`. The new count, or -1.
 */
long long store_fail(struct redis *rd, const char *uid, int window, int max);
void	 store_fail_clear(struct redis *rd, const char *uid);

#endif
