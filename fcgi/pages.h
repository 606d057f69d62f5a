/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * Page handlers, one file each (page_<name>.c). A handler builds the page
 * document with req_page() and returns the HTTP status; returning an
 * error status without building a page makes the worker show the error
 * page for that status.
 */
#ifndef PAGES_H
#define PAGES_H

struct req;

int	 page_start(struct req *r);
int	 page_healthz(struct req *r);
int	 page_error(struct req *r);
int	 page_contact_onem(struct req *r);
int	 page_verify(struct req *r);
int	 page_home(struct req *r);
int	 page_info(struct req *r);
int	 page_onem_home(struct req *r);

/* The worker's side of a request (fcgi/worker/). */
int	 page_requests(struct req *r);
int	 page_worker_part(struct req *r);
int	 page_preview(struct req *r);
int	 page_receipt(struct req *r);
int	 page_attachments(struct req *r);
int	 page_dossier(struct req *r);
int	 page_cancel(struct req *r);
int	 page_contact(struct req *r);
int	 page_rights(struct req *r);
int	 page_payments(struct req *r);
int	 page_attestations(struct req *r);
int	 page_onem_request(struct req *r);

/* The employer's side (fcgi/employer/). */
int	 page_employer(struct req *r);
int	 page_employer_form(struct req *r);
int	 page_employer_request(struct req *r);
int	 page_employer_attachments(struct req *r);
/* The XML channel of payroll software, behind page_employer_form(). */
int	 employer_xml_filing(struct req *r);

/* Sign-in and sessions (fcgi/auth/). */
int	 page_auth_login(struct req *r);
int	 page_auth_callback(struct req *r);
int	 page_auth_logout(struct req *r);
int	 page_auth_check(struct req *r);
int	 page_auth_role(struct req *r);
int	 page_onem_login(struct req *r);

/* The error page for `status`, in the request's language. */
int	 page_show_error(struct req *r, int status);
/* The page explaining why a login did not succeed (`reason`); returns status. */
int	 page_show_auth_error(struct req *r, const char *reason, int status);

#endif
