/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * The documents stored on a request (table attachment): which mandatory
 * ones are still missing, the list as page XML, adding and deleting in
 * the caller's transaction with the request's event.
 */
#ifndef ATTACHMENTS_H
#define ATTACHMENTS_H

#include <stddef.h>

#include <libxml/tree.h>

#include "documents.h"

struct db;
struct leave_request;
struct req;

/* The mandatory documents of `lr` of which no file is stored, into out. Count, or -1. */
int	 attachments_missing(struct db *db, const struct leave_request *lr,
	    const char *out[DOCUMENTS_MAX]);

/*
 * <documents> (each mandatory one with required="1" and its count, then
 * "other") and <attachments> (id, doc, name, type, size-kb, by, at)
 * under parent. 0 or -1.
 */
int	 attachments_xml(struct db *db, xmlNodePtr parent, const struct leave_request *lr);

/* <attachments> with only the files `ids` of request_id (the ones to delete). 0 or -1. */
int	 attachments_xml_only(struct db *db, xmlNodePtr parent, long long request_id,
	    const char *const *ids, size_t n);

/* How many files the request holds and their total size. 0 or -1. */
int	 attachments_usage(struct db *db, long long request_id, long *count, long *bytes);

/* Store one file. 0 or -1. */
int	 attachments_add(struct db *db, long long request_id, const char *doc_code,
	    const char *filename, const char *content_type, const void *data, size_t len,
	    const char *role, const char *who);

/*
 * Answer file `id` of `lr` with the exact bytes stored, as a download
 * named piece-<id>.pdf|jpg (the stored name is for display only).
 * Returns the status: 404 when `lr` has no such file.
 */
int	 attachments_download(struct req *r, const struct leave_request *lr, const char *id);

/* Delete the files `ids` of request_id (others are ignored). How many, or -1. */
int	 attachments_delete(struct db *db, long long request_id, const char *const *ids,
	    size_t n);

#endif
