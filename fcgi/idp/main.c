/* SPDX-License-Identifier: EUPL-1.2 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <curl/curl.h>
#include <fcgiapp.h>
#include <liboath/oath.h>

#include "idp.h"
#include "keys.h"
#include "log.h"
#include "render.h"
#include "banned.h"

static volatile sig_atomic_t stop_signal, reload_signal;

static void __attribute__((noreturn))
usage(void)
{
	fprintf(stderr, "usage: csam-dev -c FILE [-t | --rotate]\n"
	    "       csam-dev --genkey DIR\n"
	    "  -c FILE       configuration file\n"
	    "  -t            check the configuration and stylesheets, then exit\n"
	    "  --rotate      make the current signing key the previous one, create a new one\n"
	    "  --genkey DIR  create DIR/current.jwk unless it exists, then exit\n");
	exit(2);
}

static void
on_signal(int sig)
{
	if (sig == SIGHUP)
		reload_signal = 1;
	else
		stop_signal = sig;
}

/* Open the listening socket of [server] listen. The fd, or -1. */
static int
open_socket(const struct idp_conf *c)
{
	const char *path = strncmp(c->listen, "unix:", 5) == 0 ? c->listen + 5 : NULL;
	int fd;

	if (path != NULL)
		unlink(path);
	fd = FCGX_OpenSocket(path ? path : c->listen, 64);
	if (fd < 0)
		return log_err("cannot listen on %s", c->listen);
	/* nginx's workers must be able to connect (FCGX_OpenSocket leaves the umask's mode). */
	if (path != NULL && chmod(path, (mode_t)c->socket_mode) < 0)
		return log_err("chmod %s: %s", path, strerror(errno));
	return fd;
}

static pid_t
spawn(const struct idp_conf *c, int fd)
{
	pid_t pid = fork();

	if (pid == 0) {
		signal(SIGINT, SIG_DFL);
		signal(SIGHUP, SIG_IGN);
		_exit(idp_worker_main(c, fd));
	}
	if (pid < 0)
		log_err("fork: %s", strerror(errno));
	return pid;
}

/*
 * Keep c->workers workers running until SIGTERM or SIGINT. SIGHUP replaces
 * every worker, so new ones read the stylesheets and catalogues again (the
 * configuration file is read at start only).
 */
static int
run(const struct idp_conf *c)
{
	pid_t pids[16];
	struct sigaction sa;
	int fd, i, status, replacing = 0;

	if (keys_ensure(c->key_dir) < 0 || (fd = open_socket(c)) < 0)
		return 1;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;	/* no SA_RESTART: interrupt wait() */
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	for (i = 0; i < c->workers; i++)
		pids[i] = spawn(c, fd);
	log_info("csam-dev: %d workers on %s, issuer %s", c->workers, c->listen, c->issuer);
	while (!stop_signal) {
		pid_t pid;

		if (reload_signal) {
			reload_signal = 0;
			replacing = c->workers;
			log_info("SIGHUP: replacing the workers");
			for (i = 0; i < c->workers; i++)
				if (pids[i] > 0)
					kill(pids[i], SIGTERM);
		}
		if ((pid = wait(&status)) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		for (i = 0; i < c->workers; i++)
			if (pids[i] == pid && !stop_signal) {
				if (replacing > 0)
					replacing--;
				else {
					log_warn("worker %ld ended (status %d), starting another",
					    (long)pid, status);
					sleep(1);	/* a worker that cannot start must not spin */
				}
				pids[i] = spawn(c, fd);
			}
	}
	for (i = 0; i < c->workers; i++)
		if (pids[i] > 0)
			kill(pids[i], SIGTERM);
	while (wait(&status) > 0 || errno == EINTR)
		;
	close(fd);
	return 0;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "genkey", required_argument, NULL, 'g' },
		{ "rotate", no_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 },
	};
	const char *path = NULL, *genkey = NULL;
	struct idp_conf c;
	enum log_level level;
	char err[512];
	int ch, test = 0, rotate = 0, rc;

	while ((ch = getopt_long(argc, argv, "c:t", longopts, NULL)) != -1) {
		switch (ch) {
		case 'c':
			path = optarg;
			break;
		case 't':
			test = 1;
			break;
		case 'g':
			genkey = optarg;
			break;
		case 'r':
			rotate = 1;
			break;
		default:
			usage();
		}
	}
	if (optind != argc || (genkey != NULL) == (path != NULL) || test + rotate > 1)
		usage();
	if (genkey != NULL)
		return keys_ensure(genkey) < 0;

	if (idp_conf_load(&c, path, err, sizeof(err)) < 0) {
		fprintf(stderr, "%s\n", err);
		idp_conf_release(&c);
		return 1;
	}
	log_level_parse(c.log_level, &level);
	log_set_level(level);
	if (rotate) {
		rc = keys_rotate(c.key_dir) < 0;
	} else if (test) {
		char i18n[4096];
		struct render *rd = NULL;

		render_global_init();
		if ((size_t)snprintf(i18n, sizeof(i18n), "%s/i18n", c.xsl_dir) < sizeof(i18n))
			rd = render_open(c.xsl_dir, "page.xsl", i18n);
		rc = rd == NULL;
		printf("%s: configuration %s\n", path, rc ? "has errors" : "OK");
		render_free(rd);
	} else {
		render_global_init();
		curl_global_init(CURL_GLOBAL_DEFAULT);
		oath_init();
		FCGX_Init();
		rc = run(&c);
		oath_done();
		curl_global_cleanup();
	}
	idp_conf_release(&c);
	return rc;
}
