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

/* The error page for `status`, in the request's language. */
int	 page_show_error(struct req *r, int status);

#endif
