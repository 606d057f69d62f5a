/* SPDX-License-Identifier: EUPL-1.2 */
/* What the request pages of both sides share. */
#ifndef REQUEST_PAGE_H
#define REQUEST_PAGE_H

#include <stddef.h>

#include <libxml/tree.h>

struct req;
struct leave_request;

/* Under `parent`: <sentences>, the request in the seed's sentences in the reader's language. */
void	 request_page_describe(struct req *r, xmlNodePtr parent, const struct leave_request *lr);
/* Under `parent`: <documents>, the mandatory ones of which no file is stored yet. 0 or -1. */
int	 request_page_missing(struct req *r, xmlNodePtr parent, const struct leave_request *lr);

/*
 * Queue, in the open transaction, a notice to the person with `niss` in
 * their language: the text of `intro_key` with args, then `action_key`'s
 * (may be NULL) and the link to `path` on the public address. Nothing is
 * queued when their address is unknown. 0 or -1.
 */
int	 request_page_notify(struct req *r, const char *niss, const char *subject_key,
	    const char *intro_key, const char *const *args, size_t nargs,
	    const char *action_key, const char *path);

/*
 * In the open transaction, on the locked request `lr` (Partiel or En
 * attente des annexes): sent to the ONEM office of the worker's postal
 * code with today's reception date, its event (`reason`) and the
 * worker's acknowledgement notice. 0, or -1.
 */
int	 request_page_send(struct req *r, const struct leave_request *lr, const char *reason);

/*
 * Under `parent`: <decision outcome decided="dd/mm/yyyy" size><reason/>
 * </decision> when the ONEM office has decided on `lr`. 0 or -1.
 */
int	 request_page_decision(struct req *r, xmlNodePtr parent, const struct leave_request *lr);
/* Answer the decision's PDF exactly as issued; the status (404 without a decision). */
int	 request_page_decision_pdf(struct req *r, const struct leave_request *lr);

/* Under `parent`: <account payment iban bic>, where the person's allowances are paid. 0 or -1. */
int	 request_page_account(struct req *r, xmlNodePtr parent);

#endif
