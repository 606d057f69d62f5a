/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * The employer's part of a request, whether it comes from the form or
 * from a payroll package's XML document: the same fields (by name), the
 * same checks (identifiers by their check digits, then the rules of
 * rules.c over the worker's earlier requests) and the same insert.
 */
#ifndef EMPLOYER_PART_H
#define EMPLOYER_PART_H

#include "buf.h"
#include "leave.h"

struct form;
struct kv_list;
struct leave_request;
struct req;

/* The field names, NULL-terminated (form inputs, XML elements). */
extern const char *const employer_part_fields[];

struct employer_part {
	struct buf	 worker_niss;	/* compact */
	struct buf	 concerned;	/* compact, empty when none */
	struct buf	 onss;		/* digits */
	enum leave_type	 type;
	enum motive	 motive;
	enum regime	 regime;
	int		 start, end;
	int		 allowances;
	int		 handicapped_child;
	int		 work_percent;
	long		 headcount;
	const char	*employer_name;	/* these point into the input list */
	const char	*employer_street;
	const char	*employer_postcode;
	const char	*employer_city;
	const char	*joint_committee;
};

enum part_verdict {
	PART_OK,		/* may be saved */
	PART_WARNINGS,		/* may be saved once the warnings were seen */
	PART_ERRORS,		/* errors are in the form */
	PART_FAILED,		/* the database did not answer */
};

/*
 * Check `in` for the session's enterprise. Errors and warnings go to `f`
 * in the request's language. `except_id` is the request being changed
 * (0 for a new one): it does not count against its own rights.
 */
enum part_verdict employer_part_check(struct form *f, const struct kv_list *in,
	    long long except_id, struct employer_part *out);
void	 employer_part_release(struct employer_part *p);

/*
 * The ticket of the session enterprise's request filed with the one-time
 * `token` (a replayed form or XML document) into ticket[13]: 0 found,
 * 1 none, -1 error. Asked before any check: the request counts against
 * the rights its own replay would be judged by.
 */
int	 employer_part_find(struct req *r, const char *token, char ticket[13]);

/*
 * In the caller's transaction: the request in status Partiel with a new
 * ticket (into ticket[13]), its event, and the notice to the worker.
 * `token` is the one-time token of the form (or the XML reference); a
 * concurrent twin holding it makes the insert fail. 0 or -1.
 */
int	 employer_part_insert(struct req *r, const struct employer_part *p, const char *token,
	    char ticket[13]);

/* In the caller's transaction: new data for request `lr` (still Partiel), with its event. 0 or -1. */
int	 employer_part_update(struct req *r, const struct employer_part *p,
	    const struct leave_request *lr);

#endif
