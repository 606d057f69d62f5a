/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * The OpenID Connect relying party's protocol side: provider metadata from
 * its discovery document, the JWKS, the authorization request, the token
 * exchange, id_token validation and userinfo. HTTP goes through liboauth2
 * (libcurl), signatures through cjose. liboauth2 1.4.5.4's own flow
 * handler is not used: it stores no nonce and checks neither iss nor aud
 * (see research/oidc-liboauth2.md), so every check is made here.
 */
#ifndef AUTH_OIDC_H
#define AUTH_OIDC_H

#include "buf.h"

struct conf;
struct oidc;

struct oidc_identity {
	char	*sub;
	char	*niss;		/* national register number, only with scope egovnrn */
	char	*given_name;
	char	*family_name;
	char	*email;
	char	*locale;
	char	*acr;
	char	*id_token;	/* kept for the provider's logout (id_token_hint) */
};

/* Why a login failed; the user sees a message for each, the log the detail. */
enum oidc_error {
	OIDC_OK = 0,
	OIDC_UNAVAILABLE,	/* provider unreachable or answering nonsense */
	OIDC_REJECTED,		/* the token or userinfo failed a check */
};

struct oidc	*oidc_new(const struct conf *c);
void		 oidc_free(struct oidc *o);

/*
 * The authorization request URL for a new login with these single-use
 * values (code_challenge is S256 of the verifier). OIDC_OK or
 * OIDC_UNAVAILABLE when the provider's metadata cannot be had.
 */
enum oidc_error	 oidc_authorization_url(struct oidc *o, const char *state,
		    const char *nonce, const char *code_challenge, struct buf *url);

/*
 * Redeem `code` with the PKCE verifier, validate the id_token (signature
 * against the JWKS, refetched once for an unknown kid; alg RS256; iss;
 * aud; azp; nonce; exp and iat with the configured leeway; sub), fetch
 * userinfo and check its sub. Fills `id` on success.
 */
enum oidc_error	 oidc_redeem(struct oidc *o, const char *code, const char *verifier,
		    const char *nonce, struct oidc_identity *id);

/*
 * Validate a compact id_token as oidc_redeem() does, at time `now`.
 * On success *claims_json receives the claims (free with free()).
 */
enum oidc_error	 oidc_validate_id_token(struct oidc *o, const char *id_token,
		    const char *nonce, long long now, char **claims_json);

/*
 * The provider's end-session URL, or -1 when it has none (then logging
 * out ends the local session only).
 */
int		 oidc_end_session_url(struct oidc *o, const char *id_token_hint,
		    struct buf *url);

void		 oidc_identity_release(struct oidc_identity *id);

#endif
