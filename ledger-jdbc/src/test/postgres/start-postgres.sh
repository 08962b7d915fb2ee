#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the webhooks4j-jdbc tests on a loopback port and prints the
# environment the tests read. Idempotent: a second run reuses the server that is already running.
#
#   eval "$(ledger-jdbc/src/test/postgres/start-postgres.sh)"
#   mvn -B -pl ledger-jdbc verify
#
#   ledger-jdbc/src/test/postgres/start-postgres.sh stop     # stops it (the data directory stays)
#
# Installs Debian's postgresql package when no server binaries are found (needs root, as in CI). As root the
# server runs as the 'postgres' user (PostgreSQL refuses to run as root); as any other user it runs as that user.
# Settings (environment, all optional):
#   WEBHOOKS4J_PG_PORT (55432)  WEBHOOKS4J_PG_DIR (/tmp/webhooks4j-postgres)  WEBHOOKS4J_PG_DB (webhooks4j)
#   WEBHOOKS4J_PG_USER (webhooks4j)  WEBHOOKS4J_PG_PASSWORD (webhooks4j)
# Progress goes to stderr; only the export lines go to stdout.
set -euo pipefail

PORT="${WEBHOOKS4J_PG_PORT:-55432}"
BASE="${WEBHOOKS4J_PG_DIR:-/tmp/webhooks4j-postgres}"
DB="${WEBHOOKS4J_PG_DB:-webhooks4j}"
DB_USER="${WEBHOOKS4J_PG_USER:-webhooks4j}"
DB_PASSWORD="${WEBHOOKS4J_PG_PASSWORD:-webhooks4j}"
DATA="$BASE/data"
SOCKETS="$BASE/run"
LOG="$BASE/postgres.log"

say() { echo "start-postgres: $*" >&2; }

case "$DB_USER$DB" in
  *[!A-Za-z0-9_]*) say "WEBHOOKS4J_PG_USER and WEBHOOKS4J_PG_DB must be letters, digits and _"; exit 2 ;;
esac
case "$PORT" in
  ''|*[!0-9]*) say "WEBHOOKS4J_PG_PORT must be a number"; exit 2 ;;
esac

find_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
    echo "$dir"
  elif command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
  fi
}

BIN="$(find_bin)"
if [ -z "$BIN" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    say "PostgreSQL is not installed; run as root to install it (apt-get install postgresql), or install it yourself"
    exit 1
  fi
  say "installing PostgreSQL from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y postgresql >&2
  BIN="$(find_bin)"
  if [ -z "$BIN" ]; then
    say "apt-get installed postgresql but no initdb was found under /usr/lib/postgresql"
    exit 1
  fi
fi

if [ "$(id -u)" -eq 0 ]; then
  RUN_AS=postgres
  id "$RUN_AS" >/dev/null 2>&1 || useradd --system --home-dir "$BASE" --shell /bin/bash "$RUN_AS"
  as_server() { runuser -u "$RUN_AS" -- "$@"; }
else
  RUN_AS="$(id -un)"
  as_server() { "$@"; }
fi

mkdir -p "$BASE" "$SOCKETS"
if [ "$(id -u)" -eq 0 ]; then
  chown "$RUN_AS": "$BASE" "$SOCKETS"
fi
chmod 700 "$BASE"

pg_ctl_cmd() { as_server "$BIN/pg_ctl" -D "$DATA" "$@"; }

if [ "${1:-start}" = "stop" ]; then
  if [ -f "$DATA/PG_VERSION" ] && pg_ctl_cmd status >/dev/null 2>&1; then
    pg_ctl_cmd -m fast -w stop >&2
  else
    say "not running"
  fi
  exit 0
fi

if [ ! -f "$DATA/PG_VERSION" ]; then
  say "initialising a cluster in $DATA (owner $RUN_AS)"
  as_server "$BIN/initdb" -D "$DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C --no-sync >&2
fi

if pg_ctl_cmd status >/dev/null 2>&1; then
  say "reusing the server already running from $DATA"
else
  say "starting PostgreSQL on 127.0.0.1:$PORT (log: $LOG)"
  # A disposable test database: durability settings off for speed.
  pg_ctl_cmd -l "$LOG" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories=$SOCKETS -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >&2 \
    || { say "PostgreSQL did not start; last lines of $LOG:"; tail -n 30 "$LOG" >&2 || true; exit 1; }
fi

for _ in $(seq 1 60); do
  if as_server "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
    break
  fi
  sleep 0.5
done
if ! as_server "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  say "PostgreSQL does not accept connections on 127.0.0.1:$PORT"
  exit 1
fi

psql_admin() { as_server "$BIN/psql" -h "$SOCKETS" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

escaped_password="${DB_PASSWORD//\'/\'\'}"
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'")" != "1" ]; then
  say "creating user $DB_USER"
  psql_admin -c "CREATE ROLE $DB_USER LOGIN PASSWORD '$escaped_password'" >&2
else
  psql_admin -c "ALTER ROLE $DB_USER LOGIN PASSWORD '$escaped_password'" >&2
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != "1" ]; then
  say "creating database $DB"
  psql_admin -c "CREATE DATABASE $DB OWNER $DB_USER" >&2
fi

# Check the way the tests connect: over TCP with the password.
if ! as_server env PGPASSWORD="$DB_PASSWORD" "$BIN/psql" -h 127.0.0.1 -p "$PORT" \
    -U "$DB_USER" -d "$DB" -qtA -c "SELECT 1" >/dev/null; then
  say "cannot log in as $DB_USER over 127.0.0.1:$PORT"
  exit 1
fi
say "ready"

echo "export WEBHOOKS4J_PG_URL='jdbc:postgresql://127.0.0.1:$PORT/$DB'"
echo "export WEBHOOKS4J_PG_USER='$DB_USER'"
echo "export WEBHOOKS4J_PG_PASSWORD='$DB_PASSWORD'"
