/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * One out-of-memory policy: log and abort. A worker that aborts is
 * replaced by the master, so call sites carry no NULL checks.
 */
#ifndef XALLOC_H
#define XALLOC_H

#include <stddef.h>

void	*xmalloc(size_t n);
void	*xcalloc(size_t nmemb, size_t size);
void	*xrealloc(void *p, size_t n);
char	*xstrdup(const char *s);
char	*xstrndup(const char *s, size_t n);

#endif
