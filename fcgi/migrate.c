/* SPDX-License-Identifier: EUPL-1.2 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mysql.h>

#include "buf.h"
#include "conf.h"
#include "log.h"
#include "migrate.h"
#include "xalloc.h"
#include "banned.h"

struct migration {
	long	 version;
	char	*file;
};

static int
by_version(const void *a, const void *b)
{
	const struct migration *x = a, *y = b;

	return (x->version > y->version) - (x->version < y->version);
}

/* NNN_name.sql → NNN; -1 for any other name. */
static long
version_of(const char *name)
{
	char *end;
	long v;
	size_t n = strlen(name);

	if (n < 5 || strcmp(name + n - 4, ".sql") != 0 || name[0] < '0' || name[0] > '9')
		return -1;
	v = strtol(name, &end, 10);
	return *end == '_' && v > 0 ? v : -1;
}

static int
read_file(const char *path, struct buf *out)
{
	char chunk[8192];
	size_t n;
	FILE *f = fopen(path, "r");

	if (f == NULL)
		return log_err("cannot open %s", path);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(out, chunk, n);
	n = (size_t)ferror(f);
	fclose(f);
	return n ? log_err("cannot read %s", path) : 0;
}

/* Drain every result of a multi-statement query; 0 when all succeeded. */
static int
run_script(MYSQL *conn, const char *sql, size_t len)
{
	int status;

	if (mysql_real_query(conn, sql, (unsigned long)len) != 0)
		return -1;
	do {
		MYSQL_RES *res = mysql_store_result(conn);

		if (res != NULL)
			mysql_free_result(res);
		else if (mysql_field_count(conn) != 0)
			return -1;
		status = mysql_next_result(conn);
	} while (status == 0);
	return status > 0 ? -1 : 0;
}

static int
is_applied(MYSQL *conn, long version, int *applied)
{
	MYSQL_STMT *stmt = mysql_stmt_init(conn);
	static const char sql[] = "SELECT COUNT(*) FROM schema_version WHERE version = ?";
	MYSQL_BIND param = { 0 }, result = { 0 };
	long long v = version, count = 0;
	int rc = -1;

	if (stmt == NULL || mysql_stmt_prepare(stmt, sql, sizeof(sql) - 1) != 0)
		goto out;
	param.buffer_type = MYSQL_TYPE_LONGLONG;
	param.buffer = &v;
	result.buffer_type = MYSQL_TYPE_LONGLONG;
	result.buffer = &count;
	if (mysql_stmt_bind_param(stmt, &param) != 0 || mysql_stmt_execute(stmt) != 0 ||
	    mysql_stmt_bind_result(stmt, &result) != 0 || mysql_stmt_fetch(stmt) != 0)
		goto out;
	*applied = count > 0;
	rc = 0;
out:
	if (stmt != NULL) {
		if (rc < 0)
			log_err("schema_version lookup: %s", mysql_stmt_error(stmt));
		mysql_stmt_close(stmt);
	}
	return rc;
}

static int
record(MYSQL *conn, long version, const char *file)
{
	MYSQL_STMT *stmt = mysql_stmt_init(conn);
	static const char sql[] =
	    "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, UTC_TIMESTAMP())";
	MYSQL_BIND params[2];
	long long v = version;
	int rc = -1;

	memset(params, 0, sizeof(params));
	if (stmt == NULL || mysql_stmt_prepare(stmt, sql, sizeof(sql) - 1) != 0)
		goto out;
	params[0].buffer_type = MYSQL_TYPE_LONGLONG;
	params[0].buffer = &v;
	params[1].buffer_type = MYSQL_TYPE_STRING;
	params[1].buffer = (void *)file;
	params[1].buffer_length = strlen(file);
	if (mysql_stmt_bind_param(stmt, params) != 0 || mysql_stmt_execute(stmt) != 0)
		goto out;
	rc = 0;
out:
	if (stmt != NULL) {
		if (rc < 0)
			log_err("recording %s: %s", file, mysql_stmt_error(stmt));
		mysql_stmt_close(stmt);
	}
	return rc;
}

/*
 * Migration files are trusted text shipped with the product, not request
 * data: they are run as multi-statement scripts on a connection of their
 * own. Each file runs in one transaction (DDL commits implicitly in
 * MariaDB, so a file should hold one kind of change).
 */
int
migrate_run(const struct conf *c)
{
	static const char create[] =
	    "CREATE TABLE IF NOT EXISTS schema_version ("
	    " version INT UNSIGNED NOT NULL PRIMARY KEY,"
	    " name VARCHAR(255) NOT NULL,"
	    " applied_at DATETIME NOT NULL"
	    ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";
	struct migration *list = NULL;
	size_t n = 0, i;
	struct dirent *de;
	DIR *dir = NULL;
	MYSQL *conn = NULL;
	int rc = -1;

	dir = opendir(c->sql_dir);
	if (dir == NULL) {
		log_err("cannot open sql_dir %s", c->sql_dir);
		goto out;
	}
	while ((de = readdir(dir)) != NULL) {
		long v = version_of(de->d_name);

		if (v < 0)
			continue;
		list = xrealloc(list, (n + 1) * sizeof(*list));
		list[n].version = v;
		list[n].file = xstrdup(de->d_name);
		n++;
	}
	qsort(list, n, sizeof(*list), by_version);
	for (i = 1; i < n; i++)
		if (list[i].version == list[i - 1].version) {
			log_err("two migrations numbered %ld: %s and %s", list[i].version,
			    list[i - 1].file, list[i].file);
			goto out;
		}

	conn = mysql_init(NULL);
	if (conn == NULL)
		goto out;
	mysql_options(conn, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	if (mysql_real_connect(conn, c->db_socket[0] ? NULL : c->db_host, c->db_user,
	    c->db_password, c->db_name, c->db_socket[0] ? 0 : (unsigned int)c->db_port,
	    c->db_socket[0] ? c->db_socket : NULL, CLIENT_MULTI_STATEMENTS) == NULL) {
		log_err("mariadb connect: %s", mysql_error(conn));
		goto out;
	}
	if (run_script(conn, create, sizeof(create) - 1) < 0) {
		log_err("creating schema_version: %s", mysql_error(conn));
		goto out;
	}
	for (i = 0; i < n; i++) {
		struct buf sql = BUF_INIT;
		char path[4096];
		int applied = 0, failed;

		if (is_applied(conn, list[i].version, &applied) < 0)
			goto out;
		if (applied)
			continue;
		if ((size_t)snprintf(path, sizeof(path), "%s/%s", c->sql_dir,
		    list[i].file) >= sizeof(path) || read_file(path, &sql) < 0) {
			buf_release(&sql);
			goto out;
		}
		failed = mysql_autocommit(conn, 0) != 0 ||
		    run_script(conn, sql.ptr, sql.len) < 0 ||
		    record(conn, list[i].version, list[i].file) < 0 ||
		    mysql_commit(conn) != 0;
		buf_release(&sql);
		if (failed) {
			log_err("migration %s failed: %s", list[i].file, mysql_error(conn));
			mysql_rollback(conn);
			goto out;
		}
		log_info("applied migration %s", list[i].file);
	}
	rc = 0;
out:
	for (i = 0; i < n; i++)
		free(list[i].file);
	free(list);
	if (dir != NULL)
		closedir(dir);
	if (conn != NULL)
		mysql_close(conn);
	return rc;
}
