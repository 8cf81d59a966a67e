#!/usr/bin/env bash
# Starts the Debian PostgreSQL cluster (installed by scripts/test.sh) and prints a URL for a
# test role. Prints nothing and fails when PostgreSQL is not available.
set -euo pipefail
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }
command -v pg_lsclusters >/dev/null || exit 1
cluster=$(pg_lsclusters -h | head -n1)
[ -n "$cluster" ] || exit 1
read -r version name port status _ <<<"$cluster"
if [ "$status" != "online" ]; then as_root pg_ctlcluster "$version" "$name" start >&2; fi
psql_as_postgres() { as_root su postgres -c "psql -p $port -qtAX -c \"$1\""; }
for _ in $(seq 1 30); do psql_as_postgres "select 1" >/dev/null 2>&1 && break; sleep 0.5; done
if [ "$(psql_as_postgres "select 1 from pg_roles where rolname='bindesk_test'")" != "1" ]; then
  psql_as_postgres "create role bindesk_test login createdb password 'bindesk_test'" >&2
fi
if [ "$(psql_as_postgres "select 1 from pg_database where datname='bindesk_test'")" != "1" ]; then
  psql_as_postgres "create database bindesk_test owner bindesk_test" >&2
fi
echo "postgresql+psycopg2://bindesk_test:bindesk_test@127.0.0.1:$port/bindesk_test"
