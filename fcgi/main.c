/* SPDX-License-Identifier: EUPL-1.2 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "conf.h"
#include "log.h"
#include "master.h"
#include "migrate.h"
#include "render.h"
#include "xalloc.h"
#include "banned.h"

static void __attribute__((noreturn))
usage(void)
{
	fprintf(stderr, "usage: breakatworkd -c FILE [-t | --migrate]\n"
	    "  -c FILE     configuration file\n"
	    "  -t          check the configuration and stylesheets, then exit\n"
	    "  --migrate   apply the database migrations, then exit\n");
	exit(2);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "migrate", no_argument, NULL, 'm' },
		{ NULL, 0, NULL, 0 },
	};
	const char *path = NULL;
	struct conf *c;
	enum log_level level;
	char err[512];
	int ch, test = 0, migrate = 0;

	while ((ch = getopt_long(argc, argv, "c:t", longopts, NULL)) != -1) {
		switch (ch) {
		case 'c':
			path = optarg;
			break;
		case 't':
			test = 1;
			break;
		case 'm':
			migrate = 1;
			break;
		default:
			usage();
		}
	}
	if (path == NULL || optind != argc || (test && migrate))
		usage();
	/* Dates of the law (filing day, reception date) are Belgian days. */
	setenv("TZ", "Europe/Brussels", 1);
	tzset();

	c = xcalloc(1, sizeof(*c));
	if (conf_load(c, path, err, sizeof(err)) < 0) {
		fprintf(stderr, "%s\n", err);
		conf_release(c);
		free(c);
		return 1;
	}
	log_level_parse(c->log_level, &level);
	log_set_level(level);
	render_global_init();

	if (test) {
		int bad = master_check_stylesheets(c) < 0;

		printf("%s: configuration %s\n", path, bad ? "has errors" : "OK");
		conf_release(c);
		free(c);
		return bad;
	}
	if (migrate) {
		int rc = migrate_run(c) < 0;

		conf_release(c);
		free(c);
		return rc;
	}
	return master_run(c, path);
}
