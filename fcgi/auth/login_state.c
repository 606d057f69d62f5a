/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "auth/login_state.h"
#include "crypto.h"
#include "redis.h"
#include "req.h"
#include "xalloc.h"
#include "banned.h"

#define DEFAULT_NEXT "/accueil"
#define MAX_NEXT 512

const char *
login_safe_next(const char *path)
{
	size_t i, n;

	if (path == NULL || path[0] != '/' || path[1] == '/' || path[1] == '\\')
		return DEFAULT_NEXT;
	n = strlen(path);
	if (n > MAX_NEXT)
		return DEFAULT_NEXT;
	for (i = 0; i < n; i++)
		if (path[i] <= 0x20 || path[i] >= 0x7f || path[i] == '\\')
			return DEFAULT_NEXT;
	/* Never back into the login machinery itself. */
	if (strncmp(path, "/auth/", 6) == 0)
		return DEFAULT_NEXT;
	return path;
}

void
login_state_release(struct login_state *ls)
{
	free(ls->nonce);
	free(ls->verifier);
	free(ls->next);
	memset(ls, 0, sizeof(*ls));
}

int
login_state_begin(struct req *r, const char *next, struct buf *state, struct login_state *ls)
{
	struct buf nonce = BUF_INIT, verifier = BUF_INIT, key = BUF_INIT, value = BUF_INIT;
	const char *argv[6];
	redisReply *reply;
	int rc = -1;

	memset(ls, 0, sizeof(*ls));
	buf_reset(state);
	/* 32 random bytes each; the verifier is 43 characters (RFC 7636 4.1). */
	if (crypto_random_b64url(state, 32) < 0 || crypto_random_b64url(&nonce, 32) < 0 ||
	    crypto_random_b64url(&verifier, 32) < 0)
		goto out;
	buf_addf(&key, "login:%s", state->ptr);
	buf_addf(&value, "%s\n%s\n%s", nonce.ptr, verifier.ptr, next);
	argv[0] = "SET";
	argv[1] = key.ptr;
	argv[2] = value.ptr;
	argv[3] = "EX";
	argv[4] = "600";
	argv[5] = "NX";
	if ((reply = redis_cmd(r->app->redis, 6, argv, NULL)) == NULL)
		goto out;
	freeReplyObject(reply);
	ls->nonce = buf_detach(&nonce, NULL);
	ls->verifier = buf_detach(&verifier, NULL);
	ls->next = xstrdup(next);
	rc = 0;
out:
	buf_release(&nonce);
	buf_release(&verifier);
	buf_release(&key);
	buf_release(&value);
	return rc;
}

int
login_state_take(struct req *r, const char *state, struct login_state *ls)
{
	struct buf key = BUF_INIT;
	const char *argv[2];
	redisReply *reply;
	char *nl1, *nl2;
	int rc = -1;

	memset(ls, 0, sizeof(*ls));
	buf_addf(&key, "login:%s", state);
	argv[0] = "GETDEL";
	argv[1] = key.ptr;
	reply = redis_cmd(r->app->redis, 2, argv, NULL);
	buf_release(&key);
	if (reply == NULL)
		return -1;
	rc = 0;
	if (reply->type == REDIS_REPLY_STRING && (nl1 = strchr(reply->str, '\n')) != NULL &&
	    (nl2 = strchr(nl1 + 1, '\n')) != NULL) {
		ls->nonce = xstrndup(reply->str, (size_t)(nl1 - reply->str));
		ls->verifier = xstrndup(nl1 + 1, (size_t)(nl2 - nl1 - 1));
		ls->next = xstrdup(nl2 + 1);
		rc = 1;
	}
	freeReplyObject(reply);
	return rc;
}
