#!/bin/bash
# SPDX-License-Identifier: EUPL-1.2
#
# breakatworkd --migrate on the stack's database (BW_STACK_DIR): every file
# of sql/ is recorded in schema_version, and running the migrations twice
# more changes nothing — neither the schema, nor schema_version, nor the
# data the migrations insert.

set -u
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/stack.sh"

[ -n "${BW_STACK_DIR:-}" ] || skip_all "BW_STACK_DIR not set (run through ./dev test)"
stack_load "$BW_STACK_DIR" || bail_out "no stack in $BW_STACK_DIR"
stack_pid mariadb >/dev/null || bail_out "MariaDB is not running"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bw-migrations.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# The database as text: schema and data, without anything time-dependent
# in the dump itself (schema_version.applied_at is data and must not move).
snapshot() {	# snapshot FILE
	mariadb-dump --no-defaults --socket="$ST_MARIADB_SOCK" -u"$ST_USER" \
	    --skip-dump-date --skip-comments --order-by-primary breakatwork >"$1"
}
versions() {
	_stack_mariadb_client -N -e \
	    'SELECT version, name FROM breakatwork.schema_version ORDER BY version'
}

migrate() {
	"$ST_POOL_BIN" -c "$ST_POOL_CONF" --migrate >>"$tmp/migrate.log" 2>&1
}

files=$(ls "$ST_SRC"/sql/[0-9]*.sql | wc -l)
is "$(versions | wc -l)" "$files" "schema_version has one row per sql/ file ($files)"
is "$(versions | awk '{ print $1 }' | sort -n | tr '\n' ' ')" \
    "$(ls "$ST_SRC"/sql/[0-9]*.sql | sed 's|.*/0*\([0-9][0-9]*\)_.*|\1|' | sort -n | tr '\n' ' ')" \
    "schema_version lists the files' numbers"

snapshot "$tmp/before.sql"
ok $? "dump before"
migrate
ok $? "--migrate again succeeds"
migrate
ok $? "--migrate a third time succeeds"
snapshot "$tmp/after.sql"
ok $? "dump after"
diff -u "$tmp/before.sql" "$tmp/after.sql" >"$tmp/diff" 2>&1
ok $? "schema, schema_version and data are identical"
sed 's/^/#   /' "$tmp/diff" | head -n 40
grep -q 'CREATE TABLE `schema_version`' "$tmp/after.sql"
ok $? "the dump does contain the schema (the comparison is not vacuous)"

done_testing
