/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "conf.h"
#include "../tap.h"

static char path[] = "/tmp/bw-test-conf-XXXXXX";

static int
load(struct conf *c, const char *text, char *err, size_t errlen)
{
	FILE *f = fopen(path, "w");

	fputs(text, f);
	fclose(f);
	conf_release(c);
	return conf_load(c, path, err, errlen);
}

int
main(void)
{
	struct conf c;
	char err[512];
	int fd = mkstemp(path);

	plan(14);
	close(fd);
	memset(&c, 0, sizeof(c));

	is_int(load(&c, "[server]\nworkers = 7\nlisten = 127.0.0.1:9000\n"
	    "[redis]\nsocket = /tmp/r.sock\n", err, sizeof(err)), 0, "a good file loads");
	is_int(c.workers, 7, "an integer key is read");
	is_str(c.redis_socket, "/tmp/r.sock", "a string key is read");
	is_int(c.max_requests, 10000, "an absent key keeps its default");
	is_int(c.socket_mode, 0660, "octal default");

	is_int(load(&c, "[server]\nworkers = 2\n\n[server]\nbogus = 1\n", err, sizeof(err)), -1,
	    "an unknown key is refused");
	ok(strstr(err, ":5:") != NULL && strstr(err, "bogus") != NULL,
	    "the message names the line and the key (%s)", err);

	is_int(load(&c, "[nowhere]\nworkers = 2\n", err, sizeof(err)), -1,
	    "a key in an unknown section is refused");

	is_int(load(&c, "[server]\nworkers = many\n", err, sizeof(err)), -1, "a bad number is refused");
	ok(strstr(err, ":2:") != NULL && strstr(err, "workers") != NULL, "naming line 2 and the key");

	is_int(load(&c, "[server]\nworkers = 0\n", err, sizeof(err)), -1, "an out-of-range number is refused");

	is_int(load(&c, "[server]\nsocket_mode = 0999\n", err, sizeof(err)), -1, "a bad octal mode is refused");

	unlink(path);
	conf_release(&c);
	memset(&c, 0, sizeof(c));
	is_int(conf_load(&c, "/nonexistent/breakatwork.conf", err, sizeof(err)), -1,
	    "a missing file is an error");
	ok(strstr(err, "/nonexistent/breakatwork.conf") != NULL, "naming the file");
	conf_release(&c);
	return done_testing();
}
