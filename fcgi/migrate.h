/* SPDX-License-Identifier: EUPL-1.2 */
#ifndef MIGRATE_H
#define MIGRATE_H

struct conf;

/*
 * Apply the numbered migrations of c->sql_dir (NNN_name.sql, in numeric
 * order) that the table schema_version does not list yet, recording each.
 * Running it again changes nothing. Returns 0, or -1 after logging which
 * file failed (later files are not applied).
 */
int	 migrate_run(const struct conf *c);

#endif
