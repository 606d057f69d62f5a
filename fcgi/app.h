/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * What a worker builds once after fork() and every request points at:
 * configuration, compiled stylesheets, and the connections to the stores.
 */
#ifndef APP_H
#define APP_H

struct conf;
struct render;
struct redis;
struct db;
struct oidc;

struct app {
	const struct conf	*conf;
	struct render		*render;
	struct redis		*redis;
	struct db		*db;
	struct oidc		*oidc;	/* the relying party's provider cache */
};

#endif
