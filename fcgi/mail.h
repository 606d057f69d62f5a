/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * One plain-text UTF-8 message over SMTP through libcurl, to a relay (in
 * development the local sink that keeps each message under var/mail/).
 * Used by csam-dev for its security codes and by the service for the
 * notices of its mail outbox.
 */
#ifndef MAIL_H
#define MAIL_H

struct mail_relay {
	const char	*url;		/* smtp:// or smtps:// */
	const char	*from;		/* envelope and header sender */
	const char	*host;		/* right-hand side of the Message-ID */
	long		 timeout;	/* seconds */
};

/* Send `body` to `to` with `subject`. 0 or -1 (logged, without the body). */
int	 mail_send(const struct mail_relay *relay, const char *to, const char *subject,
	    const char *body);

#endif
