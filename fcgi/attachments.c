/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "attachments.h"
#include "crypto.h"
#include "db.h"
#include "req.h"
#include "request.h"
#include "banned.h"

/* Files of each kind stored on the request, as rows (doc_code, count). */
static int
counts(struct db *db, long long request_id, struct db_rows *rows)
{
	return db_exec(db, rows, "SELECT doc_code, COUNT(*) FROM attachment"
	    " WHERE request_id = ? GROUP BY doc_code", "i", request_id);
}

static long
count_of(const struct db_rows *rows, const char *code)
{
	size_t i;

	for (i = 0; i < rows->nrows; i++)
		if (strcmp(db_cell(rows, i, 0), code) == 0)
			return strtol(db_cell(rows, i, 1), NULL, 10);
	return 0;
}

int
attachments_missing(struct db *db, const struct leave_request *lr,
    const char *out[DOCUMENTS_MAX])
{
	struct db_rows rows = { 0 };
	const char *need[DOCUMENTS_MAX];
	size_t i, n = documents_required(lr, need);
	int missing = 0;

	if (counts(db, lr->id, &rows) < 0)
		return -1;
	for (i = 0; i < n; i++)
		if (count_of(&rows, need[i]) == 0)
			out[missing++] = need[i];
	db_rows_release(&rows);
	return missing;
}

int
attachments_xml(struct db *db, xmlNodePtr parent, const struct leave_request *lr)
{
	struct db_rows rows = { 0 }, files = { 0 };
	const char *need[DOCUMENTS_MAX];
	xmlNodePtr list, n;
	size_t i, nneed = documents_required(lr, need);
	char num[24];
	int rc = -1;

	if (counts(db, lr->id, &rows) < 0 ||
	    db_exec(db, &files, "SELECT id, doc_code, filename, content_type,"
	    " CEIL(size / 1024), added_by_role, DATE_FORMAT(added_at, '%d/%m/%Y %H:%i')"
	    " FROM attachment WHERE request_id = ? ORDER BY added_at, id", "i", lr->id) < 0)
		goto out;
	list = xml_node(parent, "documents");
	for (i = 0; i <= nneed; i++) {
		const char *code = i < nneed ? need[i] : "other";

		n = xml_node(list, "document");
		xml_attr(n, "code", code);
		if (i < nneed)
			xml_attr(n, "required", "1");
		snprintf(num, sizeof(num), "%ld", count_of(&rows, code));
		xml_attr(n, "count", num);
	}
	list = xml_node(parent, "attachments");
	for (i = 0; i < files.nrows; i++) {
		n = xml_node(list, "attachment");
		xml_attr(n, "id", db_cell(&files, i, 0));
		xml_attr(n, "doc", db_cell(&files, i, 1));
		xml_attr(n, "name", db_cell(&files, i, 2));
		xml_attr(n, "type", db_cell(&files, i, 3));
		xml_attr(n, "size-kb", db_cell(&files, i, 4));
		xml_attr(n, "by", db_cell(&files, i, 5));
		xml_attr(n, "at", db_cell(&files, i, 6));
	}
	rc = 0;
out:
	db_rows_release(&rows);
	db_rows_release(&files);
	return rc;
}

int
attachments_xml_only(struct db *db, xmlNodePtr parent, long long request_id,
    const char *const *ids, size_t n)
{
	struct db_rows rows = { 0 };
	xmlNodePtr list = xml_node(parent, "attachments"), a;
	size_t i;

	for (i = 0; i < n; i++) {
		if (db_exec(db, &rows, "SELECT id, filename FROM attachment WHERE id = ?"
		    " AND request_id = ?", "si", ids[i], request_id) < 0)
			return -1;
		if (rows.nrows == 1) {
			a = xml_node(list, "attachment");
			xml_attr(a, "id", db_cell(&rows, 0, 0));
			xml_attr(a, "name", db_cell(&rows, 0, 1));
		}
		db_rows_release(&rows);
	}
	return 0;
}

int
attachments_usage(struct db *db, long long request_id, long *count, long *bytes)
{
	struct db_rows rows = { 0 };

	if (db_exec(db, &rows, "SELECT COUNT(*), COALESCE(SUM(size), 0) FROM attachment"
	    " WHERE request_id = ?", "i", request_id) < 0)
		return -1;
	*count = strtol(db_cell(&rows, 0, 0), NULL, 10);
	*bytes = strtol(db_cell(&rows, 0, 1), NULL, 10);
	db_rows_release(&rows);
	return 0;
}

int
attachments_add(struct db *db, long long request_id, const char *doc_code,
    const char *filename, const char *content_type, const void *data, size_t len,
    const char *role, const char *who)
{
	struct buf sha = BUF_INIT;
	int rc;

	crypto_sha256_hex(&sha, data, len);
	rc = db_exec(db, NULL, "INSERT INTO attachment (request_id, doc_code, filename,"
	    " content_type, size, sha256, content, added_by_role, added_by)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", "isssisbss", request_id, doc_code,
	    filename, content_type, (long long)len, sha.ptr, data, len, role, who);
	buf_release(&sha);
	return rc;
}

int
attachments_delete(struct db *db, long long request_id, const char *const *ids, size_t n)
{
	struct db_rows rows = { 0 };
	size_t i;
	int deleted = 0;

	for (i = 0; i < n; i++) {
		if (db_exec(db, &rows, "DELETE FROM attachment WHERE id = ? AND request_id = ?",
		    "si", ids[i], request_id) < 0)
			return -1;
		deleted += (int)rows.affected;
		db_rows_release(&rows);
	}
	return deleted;
}

int
attachments_download(struct req *r, const struct leave_request *lr, const char *id)
{
	struct db_rows rows = { 0 };
	char disposition[160];
	int rc = 404;

	if (db_exec(r->app->db, &rows, "SELECT content_type, content, id FROM attachment"
	    " WHERE id = ? AND request_id = ?", "si", id, lr->id) < 0)
		return 500;
	if (rows.nrows == 1) {
		/* The stored name is for display: the download gets a safe one. */
		snprintf(disposition, sizeof(disposition), "attachment; filename=\"piece-%s.%s\"",
		    db_cell(&rows, 0, 2), strcmp(db_cell(&rows, 0, 0), "image/jpeg") == 0 ?
		    "jpg" : "pdf");
		req_header(r, "Content-Disposition", disposition);
		req_header(r, "Cache-Control", "private, no-store");
		rc = req_send_raw(r, 200, db_cell(&rows, 0, 0), db_cell(&rows, 0, 1),
		    rows.lens[1]);
	}
	db_rows_release(&rows);
	return rc;
}
