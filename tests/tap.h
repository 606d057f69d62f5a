/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * A tiny TAP producer for the C unit tests, read by automake's
 * tap-driver.sh. Header-only: each test program includes it once.
 *
 *   plan(3); ok(x == 1, "x is one"); is_int(f(), 2, "f"); is_str(s, "a", "s");
 *   return done_testing();
 */
#ifndef TAP_H
#define TAP_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int tap_count;
static int tap_failed;

static inline void
plan(int n)
{
	printf("1..%d\n", n);
}

static inline int __attribute__((format(printf, 2, 3)))
ok(int cond, const char *fmt, ...)
{
	va_list ap;

	tap_count++;
	if (!cond)
		tap_failed++;
	printf("%sok %d - ", cond ? "" : "not ", tap_count);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	return cond;
}

#define is_int(got, want, ...) tap_is_int((long long)(got), (long long)(want), __VA_ARGS__)

static inline int
tap_is_int(long long got, long long want, const char *name)
{
	if (!ok(got == want, "%s", name))
		printf("#   got: %lld\n# want: %lld\n", got, want);
	return got == want;
}

static inline int
is_str(const char *got, const char *want, const char *name)
{
	int same = (got == NULL && want == NULL) ||
	    (got != NULL && want != NULL && strcmp(got, want) == 0);

	if (!ok(same, "%s", name))
		printf("#   got: '%s'\n# want: '%s'\n", got ? got : "(null)",
		    want ? want : "(null)");
	return same;
}

static inline int
done_testing(void)
{
	return tap_failed == 0 ? 0 : 1;
}

#endif
