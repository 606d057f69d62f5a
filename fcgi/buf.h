/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * A growable byte string.
 *
 * Invariants: after buf_init() (or BUF_INIT) `ptr` is never NULL and
 * ptr[len] is always '\0', so ptr can be handed to any C string function.
 * The buffer owns ptr; buf_detach() hands ownership to the caller and
 * leaves the buffer empty; buf_release() frees it and re-initialises.
 * Allocation failure aborts the process (see xalloc.h).
 */
#ifndef BUF_H
#define BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
	char	*ptr;
	size_t	 len;
	size_t	 cap;
};

extern char buf_empty[];
#define BUF_INIT { buf_empty, 0, 0 }

void	 buf_init(struct buf *b);
void	 buf_release(struct buf *b);
void	 buf_reset(struct buf *b);
void	 buf_grow(struct buf *b, size_t extra);
void	 buf_add(struct buf *b, const void *data, size_t len);
void	 buf_adds(struct buf *b, const char *s);
void	 buf_addc(struct buf *b, char c);
void	 buf_addf(struct buf *b, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
void	 buf_vaddf(struct buf *b, const char *fmt, va_list ap)
	    __attribute__((format(printf, 2, 0)));
char	*buf_detach(struct buf *b, size_t *len);

#endif
