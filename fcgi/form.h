/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * What a form page puts in its XML so that xsl/forms.xsl can draw it: the
 * values typed (kept when the form comes back with errors) and the errors,
 * each tied to its field, already in the reader's language:
 *   <content><form>
 *     <v name="worker_niss">85.07...</v>
 *     <error field="worker_niss">Le NISS ... </error>
 *   </form></content>
 */
#ifndef FORM_H
#define FORM_H

#include <stddef.h>

#include <libxml/tree.h>

struct req;
struct kv_list;

struct form {
	struct req	*r;
	xmlNodePtr	 node;
	size_t		 nerrors;
	size_t		 nwarnings;
};

/* Start <form> under `parent` (the page content, or an element of an XML answer). */
void	 form_start(struct form *f, struct req *r, xmlNodePtr parent);
/* Keep a value to show again (NULL or "" adds nothing). */
void	 form_value(struct form *f, const char *name, const char *value);
/* Copy the fields `names` (NULL-terminated) of `in` back into the form. */
void	 form_values_from(struct form *f, const struct kv_list *in, const char *const *names);
/*
 * The date in field `name` of `in` (dd/mm/yyyy or yyyy-mm-dd) into *day;
 * else an error on the field (missing, or not a date) and -1.
 */
int	 form_date(struct form *f, const struct kv_list *in, const char *name, int *day);
/*
 * The required text in field `name` of `in`: not blank, at most `max`
 * bytes of valid UTF-8 without control characters (`lines`: newlines and
 * tabs allowed). Else an error on the field and NULL.
 */
const char *form_text(struct form *f, const struct kv_list *in, const char *name, size_t max,
	    int lines);
/* An error on `field`: the catalogue text of `key` with {1}..{3} = args. */
void	 form_error(struct form *f, const char *field, const char *key,
	    const char *const *args, size_t nargs);
/* A warning: shown like an error, but the form may go on. */
void	 form_warning(struct form *f, const char *field, const char *key,
	    const char *const *args, size_t nargs);

#endif
