/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * multipart/form-data bodies (the attachment forms), read from the
 * FastCGI stream in chunks through the streaming parser of multipart.c:
 * text fields go to r->form like an urlencoded form's (so the CSRF check
 * reads them the same way), files to r->uploads, each held up to
 * [limits] max_file_bytes (a larger one keeps its size and is refused by
 * the page, in the user's language). The whole body is at most
 * [limits] max_upload_bytes, as nginx's limit on those pages.
 */
#ifndef UPLOAD_H
#define UPLOAD_H

struct req;

/* Read a body of `len` bytes. 0, or an HTTP status (400 malformed, 413 too large). */
int	 upload_read(struct req *r, long len);
void	 upload_release(struct req *r);

#endif
