/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <mysql.h>
#include <errmsg.h>

#include "conf.h"
#include "db.h"
#include "log.h"
#include "xalloc.h"
#include "banned.h"

#define MAX_PARAMS 64
#define CELL_INLINE 256

struct stmt_cache_entry {
	const char	*sql;	/* compared by content: callers pass constants */
	MYSQL_STMT	*stmt;
};

struct db {
	const struct conf	*conf;
	MYSQL			*conn;
	struct stmt_cache_entry	*cache;
	size_t			 ncache;
	int			 in_transaction;
};

struct db *
db_new(const struct conf *c)
{
	struct db *db = xcalloc(1, sizeof(*db));

	db->conf = c;
	return db;
}

static void
disconnect(struct db *db)
{
	size_t i;

	for (i = 0; i < db->ncache; i++)
		mysql_stmt_close(db->cache[i].stmt);
	free(db->cache);
	db->cache = NULL;
	db->ncache = 0;
	if (db->conn != NULL)
		mysql_close(db->conn);
	db->conn = NULL;
	db->in_transaction = 0;
}

void
db_free(struct db *db)
{
	if (db == NULL)
		return;
	disconnect(db);
	free(db);
}

static int
connect_db(struct db *db)
{
	const struct conf *c = db->conf;
	unsigned int ct = (unsigned int)c->db_connect_timeout;
	unsigned int rt = (unsigned int)c->db_read_timeout;
	unsigned int wt = (unsigned int)c->db_write_timeout;
	my_bool no = 0;

	db->conn = mysql_init(NULL);
	if (db->conn == NULL)
		return log_err("mysql_init failed");
	mysql_options(db->conn, MYSQL_OPT_CONNECT_TIMEOUT, &ct);
	mysql_options(db->conn, MYSQL_OPT_READ_TIMEOUT, &rt);
	mysql_options(db->conn, MYSQL_OPT_WRITE_TIMEOUT, &wt);
	mysql_options(db->conn, MYSQL_OPT_RECONNECT, &no);
	mysql_options(db->conn, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	if (mysql_real_connect(db->conn,
	    c->db_socket[0] ? NULL : c->db_host, c->db_user, c->db_password,
	    c->db_name, c->db_socket[0] ? 0 : (unsigned int)c->db_port,
	    c->db_socket[0] ? c->db_socket : NULL, 0) == NULL) {
		log_err("mariadb connect: %s", mysql_error(db->conn));
		disconnect(db);
		return -1;
	}
	return 0;
}

/* Errors after which the connection cannot be used any more. */
static int
connection_lost(unsigned int err)
{
	return err == CR_SERVER_GONE_ERROR || err == CR_SERVER_LOST ||
	    err == CR_CONNECTION_ERROR || err == CR_CONN_HOST_ERROR ||
	    err == CR_COMMANDS_OUT_OF_SYNC;
}

static MYSQL_STMT *
prepare(struct db *db, const char *sql, unsigned int *err)
{
	MYSQL_STMT *stmt;
	size_t i;

	for (i = 0; i < db->ncache; i++)
		if (db->cache[i].sql == sql || strcmp(db->cache[i].sql, sql) == 0)
			return db->cache[i].stmt;
	stmt = mysql_stmt_init(db->conn);
	if (stmt == NULL) {
		*err = CR_OUT_OF_MEMORY;
		return NULL;
	}
	if (mysql_stmt_prepare(stmt, sql, strlen(sql)) != 0) {
		*err = mysql_stmt_errno(stmt);
		log_err("prepare: %s", mysql_stmt_error(stmt));
		mysql_stmt_close(stmt);
		return NULL;
	}
	db->cache = xrealloc(db->cache, (db->ncache + 1) * sizeof(*db->cache));
	db->cache[db->ncache].sql = sql;
	db->cache[db->ncache].stmt = stmt;
	db->ncache++;
	return stmt;
}

void
db_rows_release(struct db_rows *rows)
{
	size_t i;

	if (rows == NULL)
		return;
	for (i = 0; i < rows->nrows * rows->ncols; i++)
		free(rows->cells[i]);
	free(rows->cells);
	free(rows->lens);
	memset(rows, 0, sizeof(*rows));
}

const char *
db_cell(const struct db_rows *rows, size_t row, size_t col)
{
	if (row >= rows->nrows || col >= rows->ncols)
		return NULL;
	return rows->cells[row * rows->ncols + col];
}

/* Fetch every row of an executed statement as strings. */
static int
fetch_rows(MYSQL_STMT *stmt, struct db_rows *rows, unsigned int *err)
{
	MYSQL_RES *meta = mysql_stmt_result_metadata(stmt);
	MYSQL_BIND *binds = NULL;
	char (*inline_buf)[CELL_INLINE] = NULL;
	unsigned long *lengths = NULL;
	my_bool *nulls = NULL;
	size_t ncols, c, cap = 0;
	int rc = -1, f;

	if (meta == NULL)
		return 0;
	ncols = mysql_num_fields(meta);
	rows->ncols = ncols;
	binds = xcalloc(ncols, sizeof(*binds));
	inline_buf = xcalloc(ncols, sizeof(*inline_buf));
	lengths = xcalloc(ncols, sizeof(*lengths));
	nulls = xcalloc(ncols, sizeof(*nulls));
	for (c = 0; c < ncols; c++) {
		binds[c].buffer_type = MYSQL_TYPE_STRING;
		binds[c].buffer = inline_buf[c];
		binds[c].buffer_length = CELL_INLINE;
		binds[c].length = &lengths[c];
		binds[c].is_null = &nulls[c];
	}
	if (mysql_stmt_bind_result(stmt, binds) != 0 || mysql_stmt_store_result(stmt) != 0) {
		*err = mysql_stmt_errno(stmt);
		goto out;
	}
	while ((f = mysql_stmt_fetch(stmt)) == 0 || f == MYSQL_DATA_TRUNCATED) {
		if (rows->nrows == cap) {
			cap = cap ? cap * 2 : 8;
			rows->cells = xrealloc(rows->cells, cap * ncols * sizeof(char *));
			rows->lens = xrealloc(rows->lens, cap * ncols * sizeof(size_t));
		}
		for (c = 0; c < ncols; c++) {
			size_t at = rows->nrows * ncols + c;
			char *cell = NULL;

			if (!nulls[c]) {
				cell = xmalloc(lengths[c] + 1);
				if (lengths[c] > CELL_INLINE) {
					/* Truncated: fetch the whole column. */
					MYSQL_BIND big = { 0 };

					big.buffer_type = MYSQL_TYPE_STRING;
					big.buffer = cell;
					big.buffer_length = lengths[c];
					if (mysql_stmt_fetch_column(stmt, &big, (unsigned int)c, 0) != 0) {
						free(cell);
						*err = mysql_stmt_errno(stmt);
						goto out;
					}
				} else
					memcpy(cell, inline_buf[c], lengths[c]);
				cell[lengths[c]] = '\0';
			}
			rows->cells[at] = cell;
			rows->lens[at] = nulls[c] ? 0 : lengths[c];
		}
		rows->nrows++;
	}
	if (f != MYSQL_NO_DATA) {
		*err = mysql_stmt_errno(stmt);
		goto out;
	}
	rc = 0;
out:
	mysql_stmt_free_result(stmt);
	mysql_free_result(meta);
	free(binds);
	free(inline_buf);
	free(lengths);
	free(nulls);
	return rc;
}

/* One attempt; *err receives the MySQL error number on failure. */
static int
exec_once(struct db *db, struct db_rows *rows, const char *sql, const char *types,
    va_list ap, unsigned int *err)
{
	MYSQL_BIND params[MAX_PARAMS];
	long long ints[MAX_PARAMS];
	MYSQL_STMT *stmt;
	size_t n, i;

	*err = 0;
	if (db->conn == NULL && connect_db(db) < 0) {
		*err = CR_CONNECTION_ERROR;
		return -1;
	}
	if ((stmt = prepare(db, sql, err)) == NULL)
		return -1;
	n = strlen(types);
	if (n > MAX_PARAMS || n != mysql_stmt_param_count(stmt)) {
		log_err("statement takes %lu parameters, %zu given",
		    mysql_stmt_param_count(stmt), n);
		return -1;
	}
	memset(params, 0, sizeof(params));
	for (i = 0; i < n; i++) {
		switch (types[i]) {
		case 's': {
			const char *s = va_arg(ap, const char *);

			if (s == NULL) {
				params[i].buffer_type = MYSQL_TYPE_NULL;
				break;
			}
			params[i].buffer_type = MYSQL_TYPE_STRING;
			params[i].buffer = (void *)s;
			params[i].buffer_length = strlen(s);
			break;
		}
		case 'i':
			ints[i] = va_arg(ap, long long);
			params[i].buffer_type = MYSQL_TYPE_LONGLONG;
			params[i].buffer = &ints[i];
			break;
		case 'b':
			params[i].buffer_type = MYSQL_TYPE_BLOB;
			params[i].buffer = (void *)va_arg(ap, const void *);
			params[i].buffer_length = va_arg(ap, size_t);
			break;
		case 'n':
			params[i].buffer_type = MYSQL_TYPE_NULL;
			break;
		default:
			log_err("unknown parameter type '%c'", types[i]);
			return -1;
		}
	}
	if ((n > 0 && mysql_stmt_bind_param(stmt, params) != 0) ||
	    mysql_stmt_execute(stmt) != 0) {
		*err = mysql_stmt_errno(stmt);
		log_err("execute: %s", mysql_stmt_error(stmt));
		return -1;
	}
	if (rows != NULL) {
		memset(rows, 0, sizeof(*rows));
		rows->affected = mysql_stmt_affected_rows(stmt);
		rows->insert_id = mysql_stmt_insert_id(stmt);
		if (fetch_rows(stmt, rows, err) < 0) {
			db_rows_release(rows);
			return log_err("fetch failed (%u)", *err);
		}
	} else
		mysql_stmt_free_result(stmt);
	return 0;
}

/*
 * A statement on a connection the server has dropped (restart) fails with
 * "server has gone away" before it runs: outside a transaction it is safe
 * to reconnect and run it once more.
 */
int
db_exec(struct db *db, struct db_rows *rows, const char *sql, const char *types, ...)
{
	unsigned int err;
	va_list ap;
	int rc, was_connected = db->conn != NULL;

	va_start(ap, types);
	rc = exec_once(db, rows, sql, types, ap, &err);
	va_end(ap);
	if (rc == 0 || !connection_lost(err))
		return rc;
	if (db->in_transaction || !was_connected || err != CR_SERVER_GONE_ERROR) {
		disconnect(db);
		return -1;
	}
	disconnect(db);
	va_start(ap, types);
	rc = exec_once(db, rows, sql, types, ap, &err);
	va_end(ap);
	if (rc < 0 && connection_lost(err))
		disconnect(db);
	return rc;
}

int
db_ping(struct db *db)
{
	struct db_rows rows;
	int rc;

	rc = db_exec(db, &rows, "SELECT 1", "");
	if (rc == 0)
		db_rows_release(&rows);
	return rc;
}

int
db_begin(struct db *db)
{
	if (db->conn == NULL && connect_db(db) < 0)
		return -1;
	if (mysql_autocommit(db->conn, 0) != 0) {
		log_err("begin: %s", mysql_error(db->conn));
		disconnect(db);
		return -1;
	}
	db->in_transaction = 1;
	return 0;
}

int
db_commit(struct db *db)
{
	int rc = 0;

	if (db->conn == NULL)
		return -1;
	if (mysql_commit(db->conn) != 0) {
		log_err("commit: %s", mysql_error(db->conn));
		rc = -1;
	}
	db->in_transaction = 0;
	if (mysql_autocommit(db->conn, 1) != 0 || rc < 0)
		disconnect(db);
	return rc;
}

void
db_rollback(struct db *db)
{
	if (db->conn == NULL)
		return;
	db->in_transaction = 0;
	if (mysql_rollback(db->conn) != 0 || mysql_autocommit(db->conn, 1) != 0)
		disconnect(db);
}
