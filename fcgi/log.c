/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "log.h"
#include "banned.h"

static enum log_level max_level = LOG_LEVEL_INFO;
static char request_id[64] = "-";

static const char *const level_names[] = { "error", "warn", "info", "debug" };

void
log_set_level(enum log_level level)
{
	max_level = level;
}

int
log_level_parse(const char *name, enum log_level *out)
{
	size_t i;

	for (i = 0; i < sizeof(level_names) / sizeof(level_names[0]); i++)
		if (strcmp(name, level_names[i]) == 0) {
			*out = (enum log_level)i;
			return 0;
		}
	return -1;
}

/* The id is logged as given by nginx; anything unexpected is replaced. */
void
log_set_request_id(const char *id)
{
	size_t i, n;

	if (id == NULL || *id == '\0') {
		request_id[0] = '-';
		request_id[1] = '\0';
		return;
	}
	n = strlen(id);
	if (n >= sizeof(request_id))
		n = sizeof(request_id) - 1;
	for (i = 0; i < n; i++) {
		char c = id[i];
		int safe = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
		    (c >= 'A' && c <= 'Z') || c == '-' || c == '_';
		request_id[i] = safe ? c : '?';
	}
	request_id[n] = '\0';
}

/* Quote the message, escaping what could break the line format. */
static void
add_escaped(struct buf *out, const char *s)
{
	const unsigned char *p;

	buf_addc(out, '"');
	for (p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\')
			buf_addf(out, "\\%c", *p);
		else if (*p < 0x20 || *p >= 0x7f)
			buf_addf(out, "\\x%02x", *p);
		else
			buf_addc(out, (char)*p);
	}
	buf_addc(out, '"');
}

int
log_write(enum log_level level, const char *file, int line, const char *fmt, ...)
{
	struct buf msg = BUF_INIT, out = BUF_INIT;
	char stamp[32];
	struct tm tm;
	time_t now;
	va_list ap;
	const char *base;

	if (level > max_level)
		return -1;
	now = time(NULL);
	gmtime_r(&now, &tm);
	strftime(stamp, sizeof(stamp), "%Y-%m-%dT%H:%M:%SZ", &tm);
	base = strrchr(file, '/');
	base = base ? base + 1 : file;

	va_start(ap, fmt);
	buf_vaddf(&msg, fmt, ap);
	va_end(ap);

	buf_addf(&out, "ts=%s level=%s pid=%ld req=%s src=%s:%d msg=", stamp,
	    level_names[level], (long)getpid(), request_id, base, line);
	add_escaped(&out, msg.ptr);
	buf_addc(&out, '\n');
	/* One write per line so lines of concurrent workers never interleave. */
	if (write(STDERR_FILENO, out.ptr, out.len) < 0) {
		/* Nowhere else to report it. */
	}
	buf_release(&msg);
	buf_release(&out);
	return -1;
}
