# SPDX-License-Identifier: EUPL-1.2
#
# A whole Break@work stack in one directory, every server a plain local
# process on 127.0.0.1 or a unix socket: MariaDB, Redis, slapd (the demo
# directory), an SMTP sink, the FastCGI pool, csam-dev (the development
# OpenID Provider) and nginx in front of both. ./dev uses it for
# `up` (in var/) and `test` (in a temporary directory); the integration
# tests use it to stop and restart single servers.
#
#   stack_init DIR PORT_BASE SRC BUILD   prepare DIR and remember the rest
#                                        in DIR/stack.env (idempotent)
#   stack_load DIR                       the same, from an existing DIR
#   stack_start_all, stack_stop_all      every server, in dependency order
#   stack_start_NAME, stack_stop_NAME, stack_wait_NAME
#       for NAME in mariadb redis slapd smtp pool idp nginx; start does nothing
#       when NAME already runs; wait returns once NAME answers
#   stack_pid NAME                       prints NAME's pid when it runs
#   stack_status                         one line per server
#   stack_pool_request PATH [VAR=VALUE]...
#       one FastCGI request straight to the pool (no nginx); prints the
#       CGI response (Status: and headers, blank line, body)
#   stack_idp_request PATH [VAR=VALUE]...   the same to csam-dev
#
# DIR holds etc/ (generated configuration), run/ (sockets, pid files),
# log/ (one log per server), data/, tmp/, mail/ (the SMTP sink's Maildir)
# and secrets/ (passwords generated at set-up, mode 0600).
#
# Ports, from PORT_BASE (./dev up: 8080): +0 nginx for the application,
# +1 nginx for csam-dev (its issuer URL), +2 MariaDB, +3 Redis, +4 slapd,
# +5 SMTP sink. The pool and csam-dev listen on DIR/run/pool.sock and
# DIR/run/csam-dev.sock.
#
# Source this file from a script (not an interactive shell): servers are
# started with setsid, which then keeps the pid that $! reports.

STACK_SERVICES="mariadb redis slapd smtp pool idp nginx"
STACK_BASE_DN="dc=breakatwork,dc=test"
STACK_ADMIN_DN="cn=admin,$STACK_BASE_DN"
STACK_READER_DN="cn=reader,ou=services,$STACK_BASE_DN"
STACK_PYTHON=/usr/bin/python3	# Debian's, which has aiosmtpd

_stack_say() { echo "stack: $*" >&2; }

stack_init() {	# stack_init DIR PORT_BASE SRC BUILD
	local dir

	mkdir -p "$1" || return 1
	dir=$(cd "$1" && pwd) || return 1
	umask 022
	mkdir -p "$dir"/{etc,run,log,data,tmp,secrets} || return 1
	# nginx's workers (nobody) cross these to the pool's socket and temp files.
	chmod 0711 "$dir" "$dir/run" "$dir/tmp"
	chmod 0700 "$dir/etc" "$dir/data" "$dir/secrets"
	{
		printf 'ST_PORT=%q\n' "$2"
		printf 'ST_SRC=%q\n' "$(cd "$3" && pwd)"
		printf 'ST_BUILD=%q\n' "$(cd "$4" && pwd)"
	} >"$dir/stack.env" || return 1
	stack_load "$dir"
}

stack_load() {	# stack_load DIR
	ST_DIR=$(cd "$1" && pwd) || return 1
	[ -r "$ST_DIR/stack.env" ] || { _stack_say "$ST_DIR is not a stack"; return 1; }
	# shellcheck source=/dev/null
	. "$ST_DIR/stack.env"
	ST_URL=http://127.0.0.1:$ST_PORT
	ST_IDP_URL=http://127.0.0.1:$((ST_PORT + 1))
	ST_MARIADB_PORT=$((ST_PORT + 2))
	ST_REDIS_PORT=$((ST_PORT + 3))
	ST_LDAP_PORT=$((ST_PORT + 4))
	ST_SMTP_PORT=$((ST_PORT + 5))
	ST_USER=$(id -un)
	ST_MARIADB_SOCK=$ST_DIR/run/mysqld.sock
	ST_REDIS_SOCK=$ST_DIR/run/redis.sock
	ST_POOL_SOCK=$ST_DIR/run/pool.sock
	ST_POOL_CONF=$ST_DIR/etc/breakatwork.conf
	ST_POOL_BIN=$ST_BUILD/fcgi/breakatworkd
	ST_IDP_SOCK=$ST_DIR/run/csam-dev.sock
	ST_IDP_CONF=$ST_DIR/etc/csam-dev.conf
	ST_IDP_BIN=$ST_BUILD/fcgi/idp/csam-dev
	# An ldapi URL carries the socket path with its slashes escaped.
	ST_LDAPI=ldapi://$(printf '%s' "$ST_DIR/run/ldapi" | sed 's|%|%25|g; s|/|%2F|g')
}

# --- processes ---------------------------------------------------------------

# The process name each server shows in /proc/PID/comm: a pid file left
# behind by a dead server must not make us signal whatever reused its pid.
_stack_comm() {
	case $1 in
	mariadb) echo mariadbd ;;
	redis) echo redis-server ;;
	slapd) echo slapd ;;
	smtp) echo python3 ;;
	pool) echo breakatworkd ;;
	idp) echo csam-dev ;;
	nginx) echo nginx ;;
	esac
}

# Alive and not a zombie (a child we have not reaped yet still has a pid).
_stack_alive() {
	local stat

	stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
	stat=${stat##*) }
	[ "${stat%% *}" != Z ]
}

stack_pid() {	# stack_pid NAME
	local pid comm

	pid=$(cat "$ST_DIR/run/$1.pid" 2>/dev/null) || return 1
	[ -n "$pid" ] && _stack_alive "$pid" || return 1
	comm=$(cat "/proc/$pid/comm" 2>/dev/null) || return 1
	[ "$comm" = "$(_stack_comm "$1")" ] || return 1
	echo "$pid"
}

# Run a server in the background in its own session, so that it outlives
# ./dev up and a Ctrl-C in a terminal reaches only ./dev.
_stack_spawn() {	# _stack_spawn NAME COMMAND...
	local name=$1

	shift
	setsid "$@" >>"$ST_DIR/log/$name.log" 2>&1 </dev/null &
	echo $! >"$ST_DIR/run/$name.pid"
}

# Wait until COMMAND succeeds; give up when NAME dies or after 30 s.
_stack_wait() {	# _stack_wait NAME COMMAND...
	local name=$1 deadline=$((SECONDS + 30))

	shift
	until "$@" >/dev/null 2>&1; do
		if ! stack_pid "$name" >/dev/null; then
			_stack_say "$name exited while starting; end of $ST_DIR/log/$name.log:"
			tail -n 20 "$ST_DIR/log/$name.log" >&2
			return 1
		fi
		if [ "$SECONDS" -ge "$deadline" ]; then
			_stack_say "$name did not answer within 30 s; see $ST_DIR/log/$name.log"
			return 1
		fi
		sleep 0.1
	done
}

# SIGTERM, then SIGKILL after 20 s; children the server leaves behind
# (pool and nginx workers) are ended by their own ids.
_stack_stop() {	# _stack_stop NAME
	local pid children deadline=$((SECONDS + 20)) child

	if ! pid=$(stack_pid "$1"); then
		rm -f "$ST_DIR/run/$1.pid"
		return 0
	fi
	children=$(pgrep -P "$pid" || true)
	kill -TERM "$pid" 2>/dev/null || true
	while _stack_alive "$pid"; do
		if [ "$SECONDS" -ge "$deadline" ]; then
			_stack_say "$1 ignored SIGTERM for 20 s: SIGKILL"
			kill -KILL "$pid" 2>/dev/null || true
		fi
		sleep 0.1
	done
	# Reap it when it is our child; its status (killed by us) is no error.
	wait "$pid" 2>/dev/null || true
	for child in $children; do
		if _stack_alive "$child"; then
			kill -KILL "$child" 2>/dev/null || true
		fi
	done
	rm -f "$ST_DIR/run/$1.pid"
	return 0
}

# A password made at set-up, kept in DIR/secrets/NAME (no newline).
_stack_secret() {	# _stack_secret NAME: prints the file's path
	local f=$ST_DIR/secrets/$1

	if [ ! -s "$f" ]; then
		(umask 077 && od -An -tx1 -N16 /dev/urandom | tr -d ' \n' >"$f") || return 1
	fi
	echo "$f"
}

# --- MariaDB -----------------------------------------------------------------

_stack_mariadb_client() {	# as the local administrator, over the socket
	mariadb --no-defaults --socket="$ST_MARIADB_SOCK" -u"$ST_USER" "$@"
}

stack_wait_mariadb() {
	_stack_wait mariadb mariadb-admin --no-defaults --socket="$ST_MARIADB_SOCK" \
	    -u"$ST_USER" ping
}

stack_start_mariadb() {
	local datadir=$ST_DIR/data/mariadb pwfile

	stack_pid mariadb >/dev/null && return 0
	if [ ! -d "$datadir/mysql" ]; then
		# The administrator is the local user, authenticated by the socket.
		mariadb-install-db --no-defaults --user="$ST_USER" --datadir="$datadir" \
		    --auth-root-authentication-method=socket --skip-test-db \
		    >>"$ST_DIR/log/mariadb.log" 2>&1 || {
			_stack_say "mariadb-install-db failed; see $ST_DIR/log/mariadb.log"
			return 1
		}
	fi
	_stack_spawn mariadb mariadbd --no-defaults --user="$ST_USER" \
	    --datadir="$datadir" --tmpdir="$ST_DIR/tmp" --socket="$ST_MARIADB_SOCK" \
	    --port="$ST_MARIADB_PORT" --bind-address=127.0.0.1 --skip-name-resolve \
	    --pid-file="$ST_DIR/run/mariadb.pid" --log-error="$ST_DIR/log/mariadb.log" \
	    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
	    --innodb-buffer-pool-size=64M
	stack_wait_mariadb || return 1
	pwfile=$(_stack_secret mariadb) || return 1
	# Every start, so that the account always matches the secret. The
	# password goes through stdin, never the command line.
	_stack_mariadb_client <<-EOF || { _stack_say "creating the database failed"; return 1; }
	CREATE DATABASE IF NOT EXISTS breakatwork
	  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
	CREATE USER IF NOT EXISTS 'breakatwork'@'localhost';
	CREATE USER IF NOT EXISTS 'breakatwork'@'127.0.0.1';
	ALTER USER 'breakatwork'@'localhost' IDENTIFIED BY '$(cat "$pwfile")';
	ALTER USER 'breakatwork'@'127.0.0.1' IDENTIFIED BY '$(cat "$pwfile")';
	GRANT ALL PRIVILEGES ON breakatwork.* TO 'breakatwork'@'localhost';
	GRANT ALL PRIVILEGES ON breakatwork.* TO 'breakatwork'@'127.0.0.1';
	EOF
}

stack_stop_mariadb() { _stack_stop mariadb; }

# --- Redis -------------------------------------------------------------------

stack_wait_redis() {
	_stack_wait redis _stack_redis_pong
}
_stack_redis_pong() {
	[ "$(redis-cli -s "$ST_REDIS_SOCK" ping 2>/dev/null)" = PONG ]
}

stack_start_redis() {
	stack_pid redis >/dev/null && return 0
	mkdir -p "$ST_DIR/data/redis"
	# Sessions only: nothing is saved to disk.
	cat >"$ST_DIR/etc/redis.conf" <<-EOF || return 1
	# Generated by tests/lib/stack.sh.
	bind 127.0.0.1
	port $ST_REDIS_PORT
	unixsocket $ST_REDIS_SOCK
	unixsocketperm 700
	daemonize no
	dir $ST_DIR/data/redis
	pidfile $ST_DIR/run/redis.pid
	logfile ""
	save ""
	appendonly no
	EOF
	_stack_spawn redis redis-server "$ST_DIR/etc/redis.conf"
	stack_wait_redis
}

stack_stop_redis() { _stack_stop redis; }

# --- slapd -------------------------------------------------------------------

stack_wait_slapd() {
	_stack_wait slapd ldapwhoami -x -H "$ST_LDAPI"
}

stack_start_slapd() {
	local slapd_d=$ST_DIR/etc/slapd.d admin reader urls

	stack_pid slapd >/dev/null && return 0
	admin=$(_stack_secret ldap-admin) || return 1
	reader=$(_stack_secret ldap-reader) || return 1
	urls="ldap://127.0.0.1:$ST_LDAP_PORT/ $ST_LDAPI"
	if [ -n "$(ls -A "$slapd_d" 2>/dev/null)" ]; then
		_stack_spawn slapd slapd -d none -F "$slapd_d" -h "$urls"
	else
		# First start: slapd turns slapd.conf into the slapd.d directory.
		mkdir -p "$slapd_d" "$ST_DIR/data/ldap"
		(umask 077 && sed -e "s|@BW_SCHEMA@|$ST_SRC/conf/breakatwork.schema|" \
		    -e "s|@RUN_DIR@|$ST_DIR/run|" -e "s|@DATA_DIR@|$ST_DIR/data/ldap|" \
		    -e "s|@ROOTPW_HASH@|$(slappasswd -T "$admin")|" \
		    "$ST_SRC/conf/slapd.conf" >"$ST_DIR/etc/slapd.conf") || return 1
		_stack_spawn slapd slapd -d none -f "$ST_DIR/etc/slapd.conf" -F "$slapd_d" -h "$urls"
	fi
	stack_wait_slapd || return 1
	# The demo directory, once (ldapsearch says 32, no such object, before).
	ldapsearch -x -H "$ST_LDAPI" -D "$STACK_ADMIN_DN" -y "$admin" -s base \
	    -b "$STACK_BASE_DN" dn >/dev/null 2>&1 && return 0
	sed "s|@READER_PASSWORD_HASH@|$(slappasswd -T "$reader")|" "$ST_SRC/conf/demo.ldif" |
	    ldapadd -x -H "$ST_LDAPI" -D "$STACK_ADMIN_DN" -y "$admin" \
	    >>"$ST_DIR/log/slapd.log" 2>&1 || {
		_stack_say "loading conf/demo.ldif failed; see $ST_DIR/log/slapd.log"
		return 1
	}
}

stack_stop_slapd() { _stack_stop slapd; }

# --- SMTP sink ---------------------------------------------------------------

stack_wait_smtp() {
	_stack_wait smtp _stack_tcp_open "$ST_SMTP_PORT"
}
_stack_tcp_open() {
	timeout 1 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1"
}

# Every message is kept as one file in DIR/mail (a Maildir: new/, cur/).
stack_start_smtp() {
	stack_pid smtp >/dev/null && return 0
	# Python's Maildir makes these only when the directory itself is new.
	mkdir -p "$ST_DIR"/mail/{cur,new,tmp} || return 1
	_stack_spawn smtp "$STACK_PYTHON" -m aiosmtpd -n -l "127.0.0.1:$ST_SMTP_PORT" \
	    -c aiosmtpd.handlers.Mailbox "$ST_DIR/mail"
	stack_wait_smtp
}

stack_stop_smtp() { _stack_stop smtp; }

# --- the FastCGI pool ----------------------------------------------------------

# The pool's whole configuration, regenerated at each start from the
# stack's ports and secrets. Keys: conf/breakatwork.conf documents each.
_stack_pool_conf() {
	local db_pw ldap_pw oidc_secret

	db_pw=$(cat "$(_stack_secret mariadb)") || return 1
	ldap_pw=$(cat "$(_stack_secret ldap-reader)") || return 1
	oidc_secret=$(cat "$(_stack_secret oidc-client)") || return 1
	(umask 077 && cat >"$ST_POOL_CONF") <<-EOF
	; Generated by tests/lib/stack.sh for the stack in $ST_DIR.
	[server]
	listen = unix:$ST_POOL_SOCK
	; nginx's workers run as nobody.
	socket_mode = 0666
	workers = 4
	max_requests = 10000
	request_timeout = 30
	backlog = 256
	xsl_dir = $ST_SRC/xsl
	sql_dir = $ST_SRC/sql
	log_level = info
	public_url = $ST_URL
	source_url = ${BW_SOURCE_URL:-https://github.com/breakatwork/breakatwork-c}

	[limits]
	max_form_bytes = 65536
	max_form_fields = 200
	max_cookie_bytes = 4096
	max_cookies = 32

	[redis]
	host = 127.0.0.1
	port = $ST_REDIS_PORT
	socket = $ST_REDIS_SOCK
	password =
	db = 0
	connect_timeout_ms = 500
	command_timeout_ms = 1000

	[mariadb]
	host = 127.0.0.1
	port = $ST_MARIADB_PORT
	socket = $ST_MARIADB_SOCK
	user = breakatwork
	password = $db_pw
	database = breakatwork
	connect_timeout = 2
	read_timeout = 5
	write_timeout = 5

	[session]
	idle_timeout = 1800
	absolute_timeout = 28800

	[oidc]
	issuer = $ST_IDP_URL
	client_id = breakatwork
	client_secret = $oidc_secret
	token_endpoint_auth_method = client_secret_basic
	scopes = openid profile email egovnrn
	acr_values =
	redirect_uri = $ST_URL/auth/callback
	post_logout_redirect_uri = $ST_URL/
	http_timeout = 5
	clock_leeway = 60
	ca_file =

	[ldap]
	uri = ldap://127.0.0.1:$ST_LDAP_PORT
	bind_dn = $STACK_READER_DN
	bind_password = $ldap_pw
	base_dn = $STACK_BASE_DN
	timeout = 3
	max_failures = 5
	lockout = 900

	[mail]
	url = smtp://127.0.0.1:$ST_SMTP_PORT
	from = noreply@breakatwork.test
	timeout = 10
	retry = 30
	EOF
}

# One FastCGI request straight to a socket, with nginx's main parameters.
_stack_fcgi() {	# _stack_fcgi SOCKET PATH [VAR=VALUE]...
	local sock=$1 path=$2

	shift 2
	env -i REQUEST_METHOD=GET DOCUMENT_URI="$path" REQUEST_URI="$path" QUERY_STRING= \
	    SCRIPT_NAME= PATH_INFO="$path" SERVER_PROTOCOL=HTTP/1.1 REQUEST_SCHEME=http \
	    REMOTE_ADDR=127.0.0.1 SERVER_NAME=127.0.0.1 SERVER_PORT="$ST_PORT" \
	    REQUEST_ID=stack-direct "$@" cgi-fcgi -bind -connect "$sock" </dev/null
}

stack_pool_request() { _stack_fcgi "$ST_POOL_SOCK" "$@"; }

stack_wait_pool() {
	_stack_wait pool _stack_pool_answers
}
_stack_pool_answers() {
	stack_pool_request /healthz | grep -q '^Content-[Tt]ype:'
}

stack_start_pool() {
	stack_pid pool >/dev/null && return 0
	[ -x "$ST_POOL_BIN" ] || { _stack_say "$ST_POOL_BIN is not built"; return 1; }
	_stack_pool_conf || return 1
	"$ST_POOL_BIN" -c "$ST_POOL_CONF" -t >>"$ST_DIR/log/pool.log" 2>&1 || {
		_stack_say "the pool's configuration is refused; end of $ST_DIR/log/pool.log:"
		tail -n 5 "$ST_DIR/log/pool.log" >&2
		return 1
	}
	"$ST_POOL_BIN" -c "$ST_POOL_CONF" --migrate >>"$ST_DIR/log/pool.log" 2>&1 || {
		_stack_say "migrations failed; end of $ST_DIR/log/pool.log:"
		tail -n 10 "$ST_DIR/log/pool.log" >&2
		return 1
	}
	# The demo people and enterprises of conf/demo.ldif (INSERT IGNORE:
	# what a test or a user changed stays).
	_stack_mariadb_client breakatwork <"$ST_SRC/conf/demo.sql" || {
		_stack_say "loading conf/demo.sql failed"
		return 1
	}
	_stack_spawn pool "$ST_POOL_BIN" -c "$ST_POOL_CONF"
	stack_wait_pool
}

stack_stop_pool() { _stack_stop pool; }

# --- csam-dev ---------------------------------------------------------------------

# csam-dev's whole configuration (keys: conf/csam-dev.conf). Its client
# is the pool, with the same secret. It shares the pool's Redis database:
# its keys start with "idp:".
_stack_idp_conf() {
	local ldap_pw oidc_secret

	ldap_pw=$(cat "$(_stack_secret ldap-reader)") || return 1
	oidc_secret=$(cat "$(_stack_secret oidc-client)") || return 1
	(umask 077 && cat >"$ST_IDP_CONF") <<-EOF
	; Generated by tests/lib/stack.sh for the stack in $ST_DIR.
	[server]
	listen = unix:$ST_IDP_SOCK
	socket_mode = 0666
	workers = 2
	xsl_dir = $ST_SRC/xsl/idp
	log_level = info
	issuer = $ST_IDP_URL
	key_dir = $ST_DIR/data/csam-dev

	[client]
	client_id = breakatwork
	client_secret = $oidc_secret
	redirect_uris = $ST_URL/auth/callback
	post_logout_redirect_uris = $ST_URL/

	[ldap]
	uri = ldap://127.0.0.1:$ST_LDAP_PORT
	bind_dn = $STACK_READER_DN
	bind_password = $ldap_pw
	base_dn = $STACK_BASE_DN
	timeout = 3

	[smtp]
	url = smtp://127.0.0.1:$ST_SMTP_PORT
	from = csam-dev@breakatwork.test
	timeout = 10

	[login]
	max_failures = 5
	lockout = 900
	mail_code_ttl = 300
	auth_code_ttl = 60
	access_token_ttl = 600
	id_token_ttl = 600
	session_ttl = 1800
	transaction_ttl = 900

	[redis]
	host = 127.0.0.1
	port = $ST_REDIS_PORT
	socket = $ST_REDIS_SOCK
	password =
	db = 0
	connect_timeout_ms = 500
	command_timeout_ms = 1000
	EOF
}

stack_idp_request() { _stack_fcgi "$ST_IDP_SOCK" "$@"; }

stack_wait_idp() {
	_stack_wait idp _stack_idp_answers
}
_stack_idp_answers() {
	stack_idp_request /.well-known/openid-configuration | grep -q '^Content-[Tt]ype:'
}

stack_start_idp() {
	stack_pid idp >/dev/null && return 0
	[ -x "$ST_IDP_BIN" ] || { _stack_say "$ST_IDP_BIN is not built"; return 1; }
	_stack_idp_conf || return 1
	# The signing key, made once (never committed, never copied).
	{ "$ST_IDP_BIN" --genkey "$ST_DIR/data/csam-dev" &&
	    "$ST_IDP_BIN" -c "$ST_IDP_CONF" -t; } >>"$ST_DIR/log/idp.log" 2>&1 || {
		_stack_say "csam-dev refuses its key or configuration; end of $ST_DIR/log/idp.log:"
		tail -n 5 "$ST_DIR/log/idp.log" >&2
		return 1
	}
	_stack_spawn idp "$ST_IDP_BIN" -c "$ST_IDP_CONF"
	stack_wait_idp
}

stack_stop_idp() { _stack_stop idp; }

# --- nginx -------------------------------------------------------------------

# SRC/SUBDIR for nginx to serve, or a copy of it in DIR/www when nginx's
# workers (nobody) cannot read the source tree (a checkout under /root).
_stack_www() {	# _stack_www SUBDIR FILE-IN-IT: prints the directory to serve
	local src=$ST_SRC/$1 copy=$ST_DIR/www/$1

	if [ "$(id -u)" -ne 0 ] || runuser -u nobody -- test -x "$src" -a -r "$src/$2"; then
		echo "$src"
		return 0
	fi
	rm -rf "$copy" && mkdir -p "$copy" && cp -R "$src/." "$copy/" &&
	    chmod -R a+rX "$ST_DIR/www" && echo "$copy"
}

# The sites and snippets from nginx/ with their placeholders filled, and a
# top-level nginx.conf with every path inside DIR.
_stack_nginx_conf() {
	local conf=$ST_DIR/etc/nginx static idp_static f

	static=$(_stack_www nginx/static 503.html) || return 1
	idp_static=$(_stack_www xsl/idp csam-dev.css) || return 1
	mkdir -p "$conf/snippets" "$ST_DIR/tmp/nginx"
	chmod 0711 "$ST_DIR/tmp/nginx"
	ln -sf /etc/nginx/fastcgi_params /etc/nginx/mime.types "$conf/"
	for f in breakatwork.conf csam-dev.conf snippets/security-headers.conf \
	    snippets/fastcgi-breakatwork.conf; do
		sed -e "s|@LISTEN@|127.0.0.1:$ST_PORT|g" -e "s|@SERVER_NAME@|127.0.0.1|g" \
		    -e "s|@POOL@|unix:$ST_POOL_SOCK|g" -e "s|@STATIC_DIR@|$static|g" \
		    -e "s|@IDP_LISTEN@|127.0.0.1:$((ST_PORT + 1))|g" \
		    -e "s|@IDP_SOCKET@|unix:$ST_IDP_SOCK|g" -e "s|@IDP_STATIC_DIR@|$idp_static|g" \
		    -e "s|@SNIPPETS_DIR@|$conf/snippets|g" \
		    -e "s|@ACCESS_LOG@|$ST_DIR/log/nginx-access.log|g" \
		    -e "s|@ERROR_LOG@|$ST_DIR/log/nginx-error.log|g" \
		    -e "s|@FORM_ORIGIN@|$ST_IDP_URL|g" \
		    "$ST_SRC/nginx/$f" >"$conf/$f" || return 1
	done
	# csam-dev's pages post to itself and end on Break@work's callback.
	sed "s|@FORM_ORIGIN@|$ST_URL|g" "$ST_SRC/nginx/snippets/security-headers.conf" \
	    >"$conf/snippets/csam-dev-security-headers.conf" || return 1
	cat >"$conf/nginx.conf" <<-EOF
	# Generated by tests/lib/stack.sh: nginx with its own prefix in $ST_DIR.
	worker_processes 2;
	pid $ST_DIR/run/nginx.pid;
	error_log $ST_DIR/log/nginx-error.log;
	events {
		worker_connections 1024;
	}
	http {
		include mime.types;
		default_type application/octet-stream;
		sendfile on;
		client_body_temp_path $ST_DIR/tmp/nginx/client_body;
		proxy_temp_path $ST_DIR/tmp/nginx/proxy;
		fastcgi_temp_path $ST_DIR/tmp/nginx/fastcgi;
		uwsgi_temp_path $ST_DIR/tmp/nginx/uwsgi;
		scgi_temp_path $ST_DIR/tmp/nginx/scgi;
		include $conf/breakatwork.conf;
		include $conf/csam-dev.conf;
	}
	EOF
}

stack_wait_nginx() {
	_stack_wait nginx curl -s -o /dev/null "$ST_URL/static/503.html"
}

stack_start_nginx() {
	local args=(-p "$ST_DIR/" -c "$ST_DIR/etc/nginx/nginx.conf" -e "$ST_DIR/log/nginx-error.log")

	stack_pid nginx >/dev/null && return 0
	if [ "$(id -u)" -eq 0 ] && ! runuser -u nobody -- test -x "$ST_DIR/run"; then
		_stack_say "nginx's workers (nobody) cannot reach $ST_DIR/run: make its parent directories searchable (chmod o+x)"
		return 1
	fi
	_stack_nginx_conf || return 1
	nginx "${args[@]}" -q -t >>"$ST_DIR/log/nginx.log" 2>&1 || {
		_stack_say "nginx refuses its configuration:"
		tail -n 5 "$ST_DIR/log/nginx.log" >&2
		return 1
	}
	_stack_spawn nginx nginx "${args[@]}" -g 'daemon off;'
	stack_wait_nginx
}

stack_stop_nginx() { _stack_stop nginx; }

# --- all ---------------------------------------------------------------------

stack_start_all() {
	local s

	for s in $STACK_SERVICES; do
		"stack_start_$s" || return 1
	done
}

stack_stop_all() {
	local s

	for s in $(echo "$STACK_SERVICES" | tr ' ' '\n' | tac); do
		"stack_stop_$s"
	done
}

stack_status() {
	local s pid

	for s in $STACK_SERVICES; do
		if pid=$(stack_pid "$s"); then
			printf '%-8s running  pid %-7s log %s\n' "$s" "$pid" "$ST_DIR/log/$s.log"
		else
			printf '%-8s stopped\n' "$s"
		fi
	done
}
