#!/usr/bin/env bash
# Installs (root + apt-get), starts and prepares PostgreSQL for the Orleans ADO.NET grain-storage tests, idempotently:
# a role and database 'newsnlp_orleans' with the Orleans scripts (PostgreSQL-Main.sql, PostgreSQL-Persistence.sql from
# dotnet/orleans, MIT, in .ci/orleans-sql). Prints the Npgsql connection string on stdout; exits non-zero (reason on
# stderr) when PostgreSQL cannot be made ready, and the tests then skip with their reason.
set -euo pipefail
cd "$(dirname "$0")"
# Only the connection string goes to stdout (fd 3): everything the tools print (pg_ctlcluster says "removed stale pid
# file." on stdout) goes to stderr, so it cannot end up inside the captured connection string.
exec 3>&1 1>&2
say() { echo "ci/postgres: $*" >&2; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 && ! command -v pg_ctl >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    say "installing postgresql"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null) \
      || { say "apt-get install postgresql failed"; exit 1; }
  else
    say "postgresql is not installed and cannot be (not root or no apt-get)"; exit 1
  fi
fi

as_postgres() { if [ "$(id -un)" = "postgres" ]; then "$@"; elif [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi; }

port=5432
if command -v pg_lsclusters >/dev/null 2>&1; then
  read -r ver name port status _ < <(pg_lsclusters --no-header | head -1) || { say "no PostgreSQL cluster"; exit 1; }
  if [ "$status" != "online" ]; then
    say "starting cluster $ver/$name"
    # 3>&-: the server must not inherit the connection-string pipe, or the caller's $(...) waits for it forever.
    if ! pg_ctlcluster "$ver" "$name" start 3>&-; then
      # A server killed without shutdown leaves socket lock files naming a dead pid: remove those and try once more.
      for lock in /var/run/postgresql/.s.PGSQL.*.lock; do
        [ -f "$lock" ] || continue
        lock_pid=$(head -1 "$lock" 2>/dev/null || true)
        if [ -n "$lock_pid" ] && ! kill -0 "$lock_pid" 2>/dev/null; then say "removing stale $lock"; as_postgres rm -f "$lock" || rm -f "$lock"; fi
      done
      pg_ctlcluster "$ver" "$name" start 3>&- || service postgresql start 3>&- || { say "could not start PostgreSQL"; exit 1; }
    fi
  fi
else
  service postgresql start 3>&- || true
fi

for _ in $(seq 1 30); do as_postgres psql -p "$port" -qtAc 'SELECT 1' >/dev/null 2>&1 && break; sleep 1; done
as_postgres psql -p "$port" -qtAc 'SELECT 1' >/dev/null 2>&1 || { say "PostgreSQL does not answer on port $port"; exit 1; }

psql_su() { as_postgres psql -p "$port" -v ON_ERROR_STOP=1 -qtA "$@"; }
[ "$(psql_su -c "SELECT 1 FROM pg_roles WHERE rolname = 'newsnlp'")" = "1" ] \
  || psql_su -c "CREATE ROLE newsnlp LOGIN PASSWORD 'newsnlp'" >/dev/null
[ "$(psql_su -c "SELECT 1 FROM pg_database WHERE datname = 'newsnlp_orleans'")" = "1" ] \
  || psql_su -c "CREATE DATABASE newsnlp_orleans OWNER newsnlp" >/dev/null

export PGPASSWORD=newsnlp
app() { psql -h 127.0.0.1 -p "$port" -U newsnlp -d newsnlp_orleans -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(app -c "SELECT to_regclass('public.orleansquery') IS NOT NULL")" != "t" ]; then
  say "running PostgreSQL-Main.sql"; app -f orleans-sql/PostgreSQL-Main.sql >/dev/null
fi
if [ "$(app -c "SELECT to_regclass('public.orleansstorage') IS NOT NULL")" != "t" ]; then
  say "running PostgreSQL-Persistence.sql"; app -f orleans-sql/PostgreSQL-Persistence.sql >/dev/null
fi
echo "Host=127.0.0.1;Port=$port;Database=newsnlp_orleans;Username=newsnlp;Password=newsnlp" >&3
