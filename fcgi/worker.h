/* SPDX-License-Identifier: EUPL-1.2 */
#ifndef WORKER_H
#define WORKER_H

struct conf;

/*
 * A worker process: build the per-process state (stylesheets, store
 * connections), then accept and serve FastCGI requests on `listen_fd`
 * until SIGTERM (finishing the request in progress) or max_requests.
 * Returns the process exit status.
 */
int	 worker_main(const struct conf *c, int listen_fd);

#endif
