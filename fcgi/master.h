/* SPDX-License-Identifier: EUPL-1.2 */
#ifndef MASTER_H
#define MASTER_H

struct conf;

/*
 * Bind the socket of `c`, run c->workers workers and keep them running
 * until SIGTERM or SIGINT: a worker that exits is replaced (after a
 * growing pause when workers keep dying young), SIGHUP re-reads
 * `conf_path` and the stylesheets and replaces every worker by a new one
 * (the old ones finish their request first). Takes ownership of `c`
 * (allocated with xcalloc). Returns the exit status.
 */
int	 master_run(struct conf *c, const char *conf_path);

/* Check that the stylesheets and catalogues of `c` load. 0 or -1. */
int	 master_check_stylesheets(const struct conf *c);

#endif
