/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * The server-side state of a login in progress, in Redis under
 * "login:<state>" for ten minutes, taken (GETDEL) exactly once by the
 * callback. The browser that started the login holds the state in the
 * bw_login cookie, so a callback carrying someone else's state fails.
 */
#ifndef AUTH_LOGIN_STATE_H
#define AUTH_LOGIN_STATE_H

#include "buf.h"

struct req;

#define LOGIN_COOKIE "bw_login"
#define LOGIN_STATE_TTL 600

struct login_state {
	char	*nonce;
	char	*verifier;	/* PKCE code_verifier */
	char	*next;		/* same-origin path to return to */
};

/* Store a new state; fills `state` (the key) and `ls`. 0 or -1 (Redis). */
int	 login_state_begin(struct req *r, const char *next, struct buf *state,
	    struct login_state *ls);
/*
 * Take the state named `state` if it exists: 1 found (ls filled), 0 absent
 * (forged, replayed or expired), -1 Redis failed.
 */
int	 login_state_take(struct req *r, const char *state, struct login_state *ls);
void	 login_state_release(struct login_state *ls);

/* `path` when it is a same-origin relative path, else the default landing page. */
const char *login_safe_next(const char *path);

#endif
