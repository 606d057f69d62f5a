/* SPDX-License-Identifier: EUPL-1.2 */
#include "app.h"
#include "buf.h"
#include "db.h"
#include "pages.h"
#include "redis.h"
#include "req.h"
#include "banned.h"

/*
 * GET /healthz: 200 when Redis and MariaDB both answer, else 503; the
 * plain-text body names each store and its state. No personal data.
 */
int
page_healthz(struct req *r)
{
	struct buf body = BUF_INIT;
	int redis_ok = redis_ping(r->app->redis) == 0;
	int db_ok = db_ping(r->app->db) == 0;
	int status = redis_ok && db_ok ? 200 : 503;

	buf_addf(&body, "redis: %s\nmariadb: %s\n", redis_ok ? "ok" : "unavailable",
	    db_ok ? "ok" : "unavailable");
	req_send_raw(r, status, "text/plain; charset=utf-8", body.ptr, body.len);
	buf_release(&body);
	return status;
}
