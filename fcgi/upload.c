/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "conf.h"
#include "kv.h"
#include "log.h"
#include "multipart.h"
#include "req.h"
#include "upload.h"
#include "xalloc.h"
#include "banned.h"

/* Bytes read from the FastCGI stream at a time. */
#define UPLOAD_CHUNK 65536
/* Files one body may carry: the attachment form has one input per kind. */
#define UPLOAD_MAX_FILES 16

struct reading {
	struct req	*r;
	struct upload	*file;		/* the file part being read, or NULL */
	char		*field;		/* the text field being read */
	struct buf	 value;
	int		 too_many;
};

static int
part_begin(void *arg, const char *name, const char *filename, const char *content_type)
{
	struct reading *rd = arg;
	struct req *r = rd->r;

	(void)content_type;	/* the content decides, never the declared type */
	if (filename == NULL) {
		rd->field = xstrdup(name);
		buf_reset(&rd->value);
		return 0;
	}
	if (filename[0] == '\0') {
		rd->file = NULL;	/* an input left empty */
		return 0;
	}
	if (r->nuploads == UPLOAD_MAX_FILES) {
		rd->too_many = 1;
		return -1;
	}
	rd->file = &r->uploads[r->nuploads++];
	memset(rd->file, 0, sizeof(*rd->file));
	rd->file->field = xstrdup(name);
	rd->file->filename = xstrdup(filename);
	buf_init(&rd->file->data);
	return 0;
}

static int
part_data(void *arg, const char *data, size_t len)
{
	struct reading *rd = arg;
	const struct conf *c = rd->r->app->conf;
	struct upload *u = rd->file;

	if (rd->field != NULL) {
		/* Text fields are small: the CSRF token, the documents to delete. */
		if (rd->value.len + len > 4096)
			return -1;
		buf_add(&rd->value, data, len);
		return 0;
	}
	if (u == NULL)
		return 0;
	u->size += len;
	if (u->size > (size_t)c->max_file_bytes) {
		u->too_big = 1;	/* keep counting, stop keeping */
		return 0;
	}
	buf_add(&u->data, data, len);
	return 0;
}

static int
part_end(void *arg)
{
	struct reading *rd = arg;

	if (rd->field != NULL) {
		kv_list_add(&rd->r->form, rd->field, rd->value.ptr, rd->value.len);
		free(rd->field);
		rd->field = NULL;
	}
	rd->file = NULL;
	return 0;
}

int
upload_read(struct req *r, long len)
{
	static const struct multipart_handler handler = { part_begin, part_data, part_end };
	const struct multipart_limits limits = { 2048, UPLOAD_MAX_FILES + 32 };
	struct reading rd = { r, NULL, NULL, BUF_INIT, 0 };
	struct multipart *m;
	char *chunk = NULL;
	enum multipart_status st = MULTIPART_OK;
	long left = len;
	int status = 400;

	if (len > r->app->conf->max_upload_bytes)
		return 413;
	m = multipart_new(req_param(r, "CONTENT_TYPE"), &limits, &handler, &rd);
	if (m == NULL)
		return 400;
	r->uploads = xcalloc(UPLOAD_MAX_FILES, sizeof(*r->uploads));
	chunk = xmalloc(UPLOAD_CHUNK);
	while (left > 0 && st == MULTIPART_OK) {
		int want = left < UPLOAD_CHUNK ? (int)left : UPLOAD_CHUNK;
		int got = FCGX_GetStr(chunk, want, r->fcgi->in);

		if (got <= 0)
			goto out;	/* the body ended early */
		left -= got;
		st = multipart_feed(m, chunk, (size_t)got);
	}
	if (st == MULTIPART_OK)
		st = multipart_finish(m);
	if (st == MULTIPART_OK)
		status = 0;
	else if (rd.too_many || st == MULTIPART_TOO_BIG)
		status = 413;
	else
		log_info("multipart body refused (%d)", (int)st);
out:
	multipart_free(m);
	free(chunk);
	free(rd.field);
	buf_release(&rd.value);
	return status;
}

void
upload_release(struct req *r)
{
	size_t i;

	for (i = 0; i < r->nuploads; i++) {
		free(r->uploads[i].field);
		free(r->uploads[i].filename);
		buf_release(&r->uploads[i].data);
	}
	free(r->uploads);
	r->uploads = NULL;
	r->nuploads = 0;
}
