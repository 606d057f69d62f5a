/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * The worker's MariaDB connection. Every query is a prepared statement,
 * prepared once per connection and cached by its SQL text. The connection
 * is opened lazily with connect/read/write timeouts and no automatic
 * reconnect: after a lost connection it is closed (with every statement
 * prepared on it) and the next query reconnects and re-prepares.
 *
 * Parameters are given by a type string, one letter per `?`:
 *   's' const char *   'i' long long   'b' const void *, size_t (blob)
 *   'n' NULL (no argument consumed)
 * Results come back as strings (NULL for SQL NULL) in a struct db_rows.
 */
#ifndef DB_H
#define DB_H

#include <stddef.h>

struct conf;
struct db;

struct db_rows {
	size_t	  nrows;
	size_t	  ncols;
	char	**cells;	/* nrows * ncols, row-major; NULL = SQL NULL */
	size_t	 *lens;
	unsigned long long affected;
	unsigned long long insert_id;
};

struct db	*db_new(const struct conf *c);
void		 db_free(struct db *db);

/* 0 when the server answers, else -1. */
int		 db_ping(struct db *db);

/*
 * Run `sql` with parameters described by `types`. `rows` may be NULL for
 * statements without results. Returns 0, or -1 (logged) when the server
 * is unreachable or the statement fails.
 */
int		 db_exec(struct db *db, struct db_rows *rows, const char *sql,
		    const char *types, ...);

const char	*db_cell(const struct db_rows *rows, size_t row, size_t col);
void		 db_rows_release(struct db_rows *rows);

/* Transactions: every state change is one transaction with its event. */
int		 db_begin(struct db *db);
int		 db_commit(struct db *db);
void		 db_rollback(struct db *db);

#endif
