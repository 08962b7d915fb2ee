#!/usr/bin/env bash
# Durable-inbox ingest load test (issue 19): embedded Jetty 12 on 127.0.0.1 with two WebhookServlets (Stripe +
# GitHub), one in inline mode (in-memory ledger) and one in inbox mode (JdbcInbox on PostgreSQL, HikariCP pool,
# 4 workers), driven by the JDK HttpClient from 16 threads with distinct valid signed deliveries; prints per mode
# 2xx/s, p50/p99/max latency, errors, statuses and CPU, and for the inbox the worker lag (2xx -> handler), the
# backlog at stop and the time to drain it, then checks every 2xx delivery was handled exactly once.
# Exits non-zero when that check fails (or the backlog did not drain within load.drainSeconds).
#
#   benchmarks/load/inbox.sh                 build what is needed, then warm-up 10 s + 20 s per mode (~1.5 min)
#   benchmarks/load/inbox.sh --no-build      skip installing core, providers, servlet adapter and ledger-jdbc
#   LOAD_OPTS="-Dload.seconds=30 -Dload.workers=8" benchmarks/load/inbox.sh --no-build
#   MVN_ARGS="-o" benchmarks/load/inbox.sh   extra Maven arguments (here: offline)
#
# PostgreSQL: WEBHOOKS4J_PG_URL, WEBHOOKS4J_PG_USER, WEBHOOKS4J_PG_PASSWORD; when WEBHOOKS4J_PG_URL is unset,
# ledger-jdbc/src/test/postgres/start-postgres.sh starts (or reuses) a throwaway server on 127.0.0.1:55432
# (note: that server runs with fsync=off and synchronous_commit=off).
# Settings: load.seconds (20), load.warmupSeconds (10), load.threads (16), load.pool (400000 deliveries),
# load.workers (4), load.dbPool (20), load.drainSeconds (60), load.table (webhooks4j_load_inbox).
# Output also goes to benchmarks/target/inbox-load.log.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
root="$(dirname "$here")"
read -r -a mvn_extra <<< "${MVN_ARGS:-}"
mvn_cmd=(mvn -B -q "${mvn_extra[@]}")

build=1
if [[ "${1:-}" == "--no-build" ]]; then
  build=0
  shift
fi

cd "$root"
if [[ -z "${WEBHOOKS4J_PG_URL:-}" ]]; then
  echo "WEBHOOKS4J_PG_URL is not set: starting (or reusing) the test PostgreSQL..."
  eval "$(bash "$root/ledger-jdbc/src/test/postgres/start-postgres.sh")"
fi
if (( build )); then
  echo "Building and installing the modules the load test uses (tests skipped)..."
  "${mvn_cmd[@]}" install -DskipTests -Dspotless.check.skip=true -pl benchmarks -am
fi
"${mvn_cmd[@]}" -pl benchmarks test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$here/target/test-classpath.txt"

classpath="$here/target/test-classes:$(cat "$here/target/test-classpath.txt")"
read -r -a load_opts <<< "${LOAD_OPTS:-}"
{
  echo "JDK: $(java -version 2>&1 | head -n 2 | tail -n 1)"
  echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "PostgreSQL URL: $WEBHOOKS4J_PG_URL"
  status=0
  java -Xms3g -Xmx3g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn "${load_opts[@]}" "$@" \
    -cp "$classpath" io.webhooks4j.benchmarks.load.InboxLoad || status=$?
  echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg) (the run itself raises it: 16 senders, Jetty, workers, PostgreSQL)"
  exit "$status"
} 2>&1 | tee "$here/target/inbox-load.log"
