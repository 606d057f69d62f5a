/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * Which documents a request needs before it can go to the ONEM: one table
 * (documents.c) from the type, the motive and the worker's answers
 * (domain-breakatwork.md §1). A request confirmed without one of them is
 * "En attente des annexes".
 */
#ifndef DOCUMENTS_H
#define DOCUMENTS_H

#include <stddef.h>

struct leave_request;

#define DOCUMENTS_MAX 4

/*
 * The codes of the documents `lr` needs ("medical-certificate",
 * "secondary-contract"...; catalogue keys "document.<code>") into out.
 * Returns how many.
 */
size_t	 documents_required(const struct leave_request *lr, const char *out[DOCUMENTS_MAX]);

#endif
