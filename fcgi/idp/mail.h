/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * One plain-text UTF-8 message over SMTP through libcurl, to the relay of
 * [smtp] url (in development the local sink that keeps each message under
 * var/mail/).
 */
#ifndef IDP_MAIL_H
#define IDP_MAIL_H

struct idp_conf;

/* Send `body` to `to` with `subject`. 0 or -1 (logged, without the body). */
int	 mail_send(const struct idp_conf *c, const char *to, const char *subject,
	    const char *body);

#endif
