/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * Log lines go to stderr, one per event, as key=value pairs:
 *   ts=2026-11-28T05:21:56Z level=error pid=123 req=abc src=db.c:42 msg="..."
 * Every byte of the message that is not printable ASCII (or is a quote or
 * backslash) is escaped, so client-controlled text cannot forge lines.
 * Never pass tokens, cookies, passwords or session ids to these macros.
 *
 * log_err() and req_log_err() return -1 so callers can write
 * `return log_err("...")`.
 */
#ifndef LOG_H
#define LOG_H

enum log_level { LOG_LEVEL_ERR, LOG_LEVEL_WARN, LOG_LEVEL_INFO, LOG_LEVEL_DEBUG };

void	 log_set_level(enum log_level level);
int	 log_level_parse(const char *name, enum log_level *out);
/* The nginx request id of the request being served, or NULL. */
void	 log_set_request_id(const char *id);
int	 log_write(enum log_level level, const char *file, int line,
	    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

#define log_err(...)   log_write(LOG_LEVEL_ERR, __FILE__, __LINE__, __VA_ARGS__)
#define log_warn(...)  log_write(LOG_LEVEL_WARN, __FILE__, __LINE__, __VA_ARGS__)
#define log_info(...)  log_write(LOG_LEVEL_INFO, __FILE__, __LINE__, __VA_ARGS__)
#define log_debug(...) log_write(LOG_LEVEL_DEBUG, __FILE__, __LINE__, __VA_ARGS__)

#endif
