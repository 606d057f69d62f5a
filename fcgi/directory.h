/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * The LDAP directory's answers the application needs at login: for whom a
 * person may act as employer (BCE numbers), and the ONEM agents with their
 * office. A connection is opened per call: logins are rare next to pages.
 */
#ifndef DIRECTORY_H
#define DIRECTORY_H

#include "buf.h"

struct conf;

enum directory_status {
	DIRECTORY_OK = 0,
	DIRECTORY_NOT_FOUND,	/* no such person, or wrong password */
	DIRECTORY_UNAVAILABLE,
};

/*
 * The BCE numbers the person with this NISS may act for, comma-separated
 * into `mandates` (only numbers with valid check digits). A person the
 * directory does not know has no mandate (DIRECTORY_OK, empty list).
 */
enum directory_status directory_mandates(const struct conf *c, const char *niss,
		    struct buf *mandates);

/*
 * Check an ONEM agent's user name and password by binding as them; on
 * success fill the office code and display name.
 */
enum directory_status directory_agent_login(const struct conf *c, const char *uid,
		    const char *password, struct buf *office, struct buf *name);

#endif
