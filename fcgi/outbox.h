/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * The mail outbox: a notice is written to mail_outbox in the transaction
 * of the change it announces, so it exists exactly when the change does;
 * it is sent after the commit, once the response is out, so the relay's
 * pace never slows a page. A notice the relay refuses stays queued and
 * each worker tries the due ones again now and then ([mail] retry).
 */
#ifndef OUTBOX_H
#define OUTBOX_H

struct app;
struct db;

/* Queue a notice in the open transaction. 0 or -1. */
int	 outbox_add(struct db *db, const char *to, const char *subject, const char *body);

/* After a commit that queued notices: send them once the response is out. */
void	 outbox_flush_soon(void);

/*
 * Called by the worker after each response, and when [mail] retry seconds
 * pass without a request: send up to a few due notices when some were
 * queued, or when [mail] retry seconds passed since its last try. A
 * failure only postpones them.
 */
void	 outbox_after_request(struct app *app);

#endif
