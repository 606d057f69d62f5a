/* SPDX-License-Identifier: EUPL-1.2 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <fcgiapp.h>

#include "conf.h"
#include "log.h"
#include "master.h"
#include "render.h"
#include "worker.h"
#include "xalloc.h"
#include "banned.h"

/* A worker that dies younger than this counts as failing. */
#define YOUNG_SECONDS 2
#define MAX_BACKOFF 30

struct slot {
	pid_t	 pid;		/* 0 = empty, waiting for respawn_at */
	time_t	 started;
	time_t	 respawn_at;
	int	 failures;	/* consecutive young deaths */
};

/* Workers of an older generation, finishing their last request. */
struct retiring {
	pid_t	 pid;
	time_t	 deadline;	/* SIGKILL after this */
};

struct pool {
	struct conf	*conf;
	const char	*conf_path;
	int		 listen_fd;
	struct slot	*slots;
	int		 nslots;
	struct retiring	*retiring;
	int		 nretiring;
};

static time_t
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec;
}

int
master_check_stylesheets(const struct conf *c)
{
	char i18n[4096];
	struct render *r;

	if ((size_t)snprintf(i18n, sizeof(i18n), "%s/i18n", c->xsl_dir) >= sizeof(i18n))
		return -1;
	r = render_open(c->xsl_dir, "page.xsl", i18n);
	if (r == NULL)
		return -1;
	render_free(r);
	return 0;
}

static void
spawn(struct pool *p, struct slot *s)
{
	sigset_t none;
	pid_t pid;

	pid = fork();
	if (pid < 0) {
		log_err("fork: %s", strerror(errno));
		s->pid = 0;
		s->respawn_at = now() + 1;
		return;
	}
	if (pid == 0) {
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		_exit(worker_main(p->conf, p->listen_fd));
	}
	s->pid = pid;
	s->started = now();
	log_info("worker %ld started", (long)pid);
}

static void
retire(struct pool *p, pid_t pid)
{
	p->retiring = xrealloc(p->retiring, (size_t)(p->nretiring + 1) * sizeof(*p->retiring));
	p->retiring[p->nretiring].pid = pid;
	p->retiring[p->nretiring].deadline = now() + p->conf->request_timeout + 2;
	p->nretiring++;
	kill(pid, SIGTERM);
}

static int
forget_retiring(struct pool *p, pid_t pid)
{
	int i;

	for (i = 0; i < p->nretiring; i++)
		if (p->retiring[i].pid == pid) {
			p->retiring[i] = p->retiring[--p->nretiring];
			return 1;
		}
	return 0;
}

static void
describe_exit(pid_t pid, int status)
{
	if (WIFSIGNALED(status))
		log_warn("worker %ld killed by signal %d%s", (long)pid, WTERMSIG(status),
		    WTERMSIG(status) == SIGALRM ? " (request timeout)" : "");
	else if (WEXITSTATUS(status) != 0)
		log_warn("worker %ld exited with status %d", (long)pid, WEXITSTATUS(status));
	else
		log_info("worker %ld exited", (long)pid);
}

static void
reap(struct pool *p)
{
	pid_t pid;
	int status, i;

	while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
		describe_exit(pid, status);
		if (forget_retiring(p, pid))
			continue;
		for (i = 0; i < p->nslots; i++) {
			struct slot *s = &p->slots[i];

			if (s->pid != pid)
				continue;
			s->pid = 0;
			if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
				s->failures = 0;
				s->respawn_at = now();
			} else if (now() - s->started < YOUNG_SECONDS) {
				int wait = 1 << (s->failures < 5 ? s->failures : 5);

				s->failures++;
				s->respawn_at = now() + (wait < MAX_BACKOFF ? wait : MAX_BACKOFF);
				log_warn("worker died young; next start in %d s", wait);
			} else {
				s->failures = 0;
				s->respawn_at = now();
			}
		}
	}
}

/* Re-read the configuration; when it and the stylesheets are good, replace every worker. */
static void
reload(struct pool *p)
{
	struct conf *fresh = xcalloc(1, sizeof(*fresh));
	char err[512];
	int i;

	if (conf_load(fresh, p->conf_path, err, sizeof(err)) < 0) {
		log_err("reload refused, keeping the running configuration: %s", err);
		goto refuse;
	}
	if (master_check_stylesheets(fresh) < 0) {
		log_err("reload refused: stylesheets do not load");
		goto refuse;
	}
	if (strcmp(fresh->listen, p->conf->listen) != 0)
		log_warn("[server] listen changed: takes effect at the next restart");
	for (i = 0; i < p->nslots; i++)
		if (p->slots[i].pid > 0)
			retire(p, p->slots[i].pid);
	conf_release(p->conf);
	free(p->conf);
	p->conf = fresh;
	free(p->slots);
	p->nslots = fresh->workers;
	p->slots = xcalloc((size_t)p->nslots, sizeof(*p->slots));
	log_info("configuration reloaded; starting %d workers", p->nslots);
	return;
refuse:
	conf_release(fresh);
	free(fresh);
}

static void
spawn_due(struct pool *p)
{
	int i;

	for (i = 0; i < p->nslots; i++)
		if (p->slots[i].pid == 0 && p->slots[i].respawn_at <= now())
			spawn(p, &p->slots[i]);
}

static void
kill_overdue(struct pool *p)
{
	int i;

	for (i = 0; i < p->nretiring; i++)
		if (p->retiring[i].deadline <= now())
			kill(p->retiring[i].pid, SIGKILL);
}

/* SIGTERM: every worker finishes its request; stragglers are killed. */
static void
drain(struct pool *p)
{
	struct timespec tick = { 0, 100 * 1000 * 1000 };
	time_t deadline;
	int i;

	log_info("stopping: draining workers");
	for (i = 0; i < p->nslots; i++)
		if (p->slots[i].pid > 0) {
			retire(p, p->slots[i].pid);
			p->slots[i].pid = 0;
		}
	deadline = now() + p->conf->request_timeout + 2;
	while (p->nretiring > 0 && now() < deadline) {
		reap(p);
		nanosleep(&tick, NULL);
	}
	for (i = 0; i < p->nretiring; i++)
		kill(p->retiring[i].pid, SIGKILL);
	while (waitpid(-1, NULL, 0) > 0)
		;
}

static int
open_socket(const struct conf *c)
{
	const char *path = c->listen;
	int fd;

	if (strncmp(path, "unix:", 5) == 0) {
		path += 5;
		if (unlink(path) < 0 && errno != ENOENT)
			log_warn("cannot remove old socket %s: %s", path, strerror(errno));
	}
	fd = FCGX_OpenSocket(path, c->backlog);
	if (fd < 0) {
		log_err("cannot listen on %s", c->listen);
		return -1;
	}
	/* libfcgi does not set the mode; nginx must be able to connect. */
	if (strncmp(c->listen, "unix:", 5) == 0 && chmod(path, (mode_t)c->socket_mode) < 0) {
		log_err("chmod %s: %s", path, strerror(errno));
		close(fd);
		return -1;
	}
	return fd;
}

int
master_run(struct conf *c, const char *conf_path)
{
	struct pool p = { c, conf_path, -1, NULL, 0, NULL, 0 };
	struct timespec wait = { 1, 0 };
	sigset_t set;
	int sig;

	if (FCGX_Init() != 0) {
		log_err("FCGX_Init failed");
		return 1;
	}
	if ((p.listen_fd = open_socket(c)) < 0)
		return 1;
	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigprocmask(SIG_BLOCK, &set, NULL);
	signal(SIGPIPE, SIG_IGN);

	p.nslots = c->workers;
	p.slots = xcalloc((size_t)p.nslots, sizeof(*p.slots));
	log_info("listening on %s with %d workers", c->listen, p.nslots);
	for (;;) {
		spawn_due(&p);
		sig = sigtimedwait(&set, NULL, &wait);
		if (sig == SIGTERM || sig == SIGINT)
			break;
		if (sig == SIGHUP)
			reload(&p);
		reap(&p);
		kill_overdue(&p);
	}
	drain(&p);
	if (strncmp(p.conf->listen, "unix:", 5) == 0)
		unlink(p.conf->listen + 5);
	close(p.listen_fd);
	log_info("stopped");
	free(p.retiring);
	free(p.slots);
	conf_release(p.conf);
	free(p.conf);
	return 0;
}
