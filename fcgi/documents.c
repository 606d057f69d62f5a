/* SPDX-License-Identifier: EUPL-1.2 */
#include "documents.h"
#include "request.h"
#include "banned.h"

/* When a row applies beyond its type and motive. */
enum doc_when {
	WHEN_ALWAYS,
	WHEN_SECONDARY,		/* the worker has a secondary activity */
	WHEN_HANDICAP,		/* the child has a recognised handicap */
};

static const struct {
	int		 type;		/* enum leave_type, or -1 for any */
	int		 motive;	/* enum motive, or -1 for any */
	enum doc_when	 when;
	const char	*code;
} required[] = {
	{ LEAVE_MEDICAL, -1, WHEN_ALWAYS, "medical-certificate" },
	{ LEAVE_MEDICAL_CHILD, -1, WHEN_ALWAYS, "medical-certificate" },
	{ LEAVE_MEDICAL_CHILD, -1, WHEN_ALWAYS, "hospital-certificate" },
	{ LEAVE_PALLIATIVE, -1, WHEN_ALWAYS, "palliative-certificate" },
	{ LEAVE_CAREGIVER, -1, WHEN_ALWAYS, "caregiver-recognition" },
	{ LEAVE_TIME_CREDIT, MOTIVE_TRAINING, WHEN_ALWAYS, "training-attendance" },
	{ LEAVE_PARENTAL, -1, WHEN_HANDICAP, "handicap-proof" },
	{ -1, -1, WHEN_SECONDARY, "secondary-contract" },
};

size_t
documents_required(const struct leave_request *lr, const char *out[DOCUMENTS_MAX])
{
	size_t i, n = 0;

	for (i = 0; i < sizeof(required) / sizeof(required[0]) && n < DOCUMENTS_MAX; i++) {
		if (required[i].type >= 0 && required[i].type != (int)lr->type)
			continue;
		if (required[i].motive >= 0 && required[i].motive != (int)lr->motive)
			continue;
		if (required[i].when == WHEN_SECONDARY && lr->secondary_activity != 1)
			continue;
		if (required[i].when == WHEN_HANDICAP && !lr->handicapped_child)
			continue;
		out[n++] = required[i].code;
	}
	return n;
}
