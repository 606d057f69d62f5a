/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * Lock-out of password sign-ins: after [ldap] max_failures failures in a
 * row an account is refused for `lockout` seconds, whether or not it
 * exists (so the answer tells nothing about which accounts exist).
 */
#ifndef AUTH_LOCKOUT_H
#define AUTH_LOCKOUT_H

struct req;

/* 1 when `account` is locked, 0 when not, -1 when Redis cannot answer. */
int	 lockout_is_locked(struct req *r, const char *account);
/* Count a failure. 0 or -1. */
int	 lockout_fail(struct req *r, const char *account);
/* Forget the failures after a success. */
void	 lockout_clear(struct req *r, const char *account);

#endif
