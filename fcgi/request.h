/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * A request for career interruption, time credit or thematic leave: its
 * two parts as stored in MariaDB, how a page finds one, and its status
 * changes, each written with its request_event row.
 *
 * Finding is always scoped to who asks: a worker finds only requests with
 * their NISS, an employer only its enterprise's, so an id typed into a
 * URL finds nothing (and the page answers 404, not 403).
 */
#ifndef REQUEST_H
#define REQUEST_H

#include <libxml/tree.h>

#include "db.h"
#include "leave.h"
#include "rules.h"

struct req;

struct leave_request {
	struct db_rows	 rows;		/* owns the strings below */
	long long	 id;
	const char	*ticket;
	const char	*communication;
	const char	*employer_bce;
	const char	*worker_niss;
	const char	*worker_given_name;
	const char	*worker_family_name;
	enum leave_type	 type;
	enum motive	 motive;
	enum regime	 regime;
	int		 start, end;	/* day numbers */
	int		 allowances;
	const char	*concerned;	/* NISS, or NULL */
	int		 handicapped_child;
	/* The employer's part. */
	const char	*employer_name;
	const char	*employer_street;
	const char	*employer_postcode;
	const char	*employer_city;
	const char	*employer_onss;
	const char	*joint_committee;
	int		 work_percent;
	long		 headcount;
	/* The worker's part: -1 / NULL until saved. */
	int		 career_years;
	const char	*family_situation;	/* cohabitant, isolated, head */
	const char	*payment;		/* account, cheque */
	const char	*iban;
	const char	*bic;
	int		 secondary_activity;
	int		 postcode;
	int		 fiscal_consent;
	/* Where it stands. */
	enum status	 status;
	const char	*created_at;		/* "YYYY-MM-DD HH:MM:SS" */
	const char	*confirmed_at;		/* NULL until the worker confirmed */
	int		 received;		/* day number, -1 until sent */
	const char	*office_code;
};

/* Who asks for a request: the worker (NISS), the employer (BCE) or an ONEM office (its code). */
enum request_scope { SCOPE_WORKER, SCOPE_EMPLOYER, SCOPE_OFFICE };

/*
 * Find the request with `ticket` (as typed: separators are ignored) that
 * `who` may see. `lock`: SELECT ... FOR UPDATE, inside a transaction.
 * 0 found, 1 not found (or not theirs), -1 the database failed.
 */
int	 request_find(struct db *db, const char *ticket, enum request_scope scope,
	    const char *who, int lock, struct leave_request *out);
void	 request_release(struct leave_request *lr);

/*
 * The worker's requests that count against their rights, except
 * `except_id` (the one being judged; 0 for none). The strings point into
 * `keep`, released by the caller. 0 or -1.
 */
int	 request_usage(struct db *db, const char *worker_niss, long long except_id,
	    struct rule_usage **out, size_t *n, struct db_rows *keep);

/*
 * Record a change of the request's status in the open transaction: the
 * UPDATE (only from `lr->status`, so a concurrent change makes it fail)
 * and its event. `actor_role` is worker, employer, agent or system.
 * 0, 1 when the status was no longer lr->status, -1 on error.
 */
int	 request_set_status(struct db *db, const struct leave_request *lr, enum status to,
	    const char *actor_role, const char *actor_id, const char *reason);
/* The event alone (creation, a change of data without a change of status). */
int	 request_event(struct db *db, long long id, int from, enum status to,
	    const char *actor_role, const char *actor_id, const char *reason);

/* A new random ticket number (12 digits with check digits) into out[13]. 0 or -1. */
int	 request_new_ticket(char out[13]);
/* A new communication number "YYYYMMDD-NNNNNNNN" of the filing day. 0 or -1. */
int	 request_new_communication(struct buf *out, int day);

/* The ONEM office serving `postcode`, into out (3 letters). 0, 1 none, -1 error. */
int	 request_office(struct db *db, int postcode, char out[4]);

/*
 * The request as page XML under `parent`: <request ticket="123456789095"
 * ticket-display="1234-5678-9095" status="partial" type=".." motive=".."
 * regime="1/5" start="2024-05-01" end="..." start-fr="01/05/2024" ...>
 * with <employer>, <worker> and <worker-part> children.
 */
xmlNodePtr request_xml(xmlNodePtr parent, const struct leave_request *lr);

/* The request's events, oldest first, as <history><event at=".." ...>. 0 or -1. */
int	 request_history_xml(struct db *db, xmlNodePtr parent, long long id);

/*
 * Lists of requests (the worker's, the employer's overview): the query
 * starts with REQUEST_LIST_SELECT and adds its WHERE and ORDER BY;
 * request_list_xml() turns the rows into <requests><request .../>...
 */
#define REQUEST_LIST_SELECT \
	"SELECT r.ticket, r.status, r.type, r.motive, r.regime, r.start_date," \
	" r.end_date, r.employer_bce, r.employer_name, r.worker_niss, p.given_name," \
	" p.family_name, r.communication, r.created_at, r.received_on, r.office_code" \
	" FROM request r JOIN person p ON p.niss = r.worker_niss "
/* At most `max` rows are shown. */
xmlNodePtr request_list_xml(xmlNodePtr parent, const struct db_rows *rows, size_t max);

#endif
