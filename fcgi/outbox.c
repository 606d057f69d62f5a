/* SPDX-License-Identifier: EUPL-1.2 */
#include <time.h>

#include "app.h"
#include "conf.h"
#include "db.h"
#include "log.h"
#include "mail.h"
#include "outbox.h"
#include "banned.h"

/* Notices one call sends at most, so a worker is soon back to serving. */
#define OUTBOX_BATCH "5"

static time_t last_flush;
static int flush_wanted;

int
outbox_add(struct db *db, const char *to, const char *subject, const char *body)
{
	return db_exec(db, NULL, "INSERT INTO mail_outbox (recipient, subject, body)"
	    " VALUES (?, ?, ?)", "sss", to, subject, body);
}

/*
 * Claim notice `id` by moving its next try forward: whichever worker's
 * UPDATE matches sends it, the others skip it. 1 claimed, 0 not, -1 error.
 */
static int
claim(struct db *db, const char *id, long retry)
{
	struct db_rows rows = { 0 };
	int rc;

	if (db_exec(db, &rows, "UPDATE mail_outbox SET attempts = attempts + 1,"
	    " next_try = NOW() + INTERVAL ? SECOND"
	    " WHERE id = ? AND sent_at IS NULL AND next_try <= NOW()", "is",
	    (long long)retry, id) < 0)
		return -1;
	rc = rows.affected == 1;
	db_rows_release(&rows);
	return rc;
}

void
outbox_flush_soon(void)
{
	flush_wanted = 1;
}

static void
flush(struct app *app)
{
	const struct conf *c = app->conf;
	const struct mail_relay relay = { c->mail_url, c->mail_from, "breakatwork",
	    c->mail_timeout };
	struct db_rows due = { 0 };
	size_t i;

	last_flush = time(NULL);
	flush_wanted = 0;
	if (db_exec(app->db, &due, "SELECT id, recipient, subject, body FROM mail_outbox"
	    " WHERE sent_at IS NULL AND next_try <= NOW() ORDER BY id LIMIT " OUTBOX_BATCH, "") < 0)
		return;
	for (i = 0; i < due.nrows; i++) {
		const char *id = db_cell(&due, i, 0);

		if (claim(app->db, id, c->mail_retry) != 1)
			continue;
		if (mail_send(&relay, db_cell(&due, i, 1), db_cell(&due, i, 2),
		    db_cell(&due, i, 3)) < 0) {
			log_warn("notice %s not sent; tried again in %d s", id, c->mail_retry);
			continue;
		}
		if (db_exec(app->db, NULL, "UPDATE mail_outbox SET sent_at = NOW() WHERE id = ?",
		    "s", id) < 0)
			log_err("notice %s sent but not marked sent", id);
	}
	db_rows_release(&due);
}

void
outbox_after_request(struct app *app)
{
	if (flush_wanted || time(NULL) - last_flush >= app->conf->mail_retry)
		flush(app);
}
