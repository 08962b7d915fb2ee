#!/usr/bin/env bash
# Kafka inbox ingest load test (issue 22), beside load/inbox.sh's JDBC inbox: embedded Jetty 12 on 127.0.0.1 with a
# WebhookServlet (Stripe + GitHub) in inbox mode whose sink is a KafkaDeliverySink (acks=all, idempotent) on Apache
# Kafka's own KRaft broker, started in the same JVM from the Maven Central artifacts (no download), and a
# KafkaInboxConsumer running the handler; the same 16 senders and signed deliveries as inbox.sh. Prints 2xx/s,
# p50/p99/max, the consumer lag and drain, then checks every 2xx delivery was handled exactly once (exit 1 if not).
#
#   benchmarks/load/kafka.sh                 build what is needed, then warm-up 10 s + 20 s measured (~1 min)
#   benchmarks/load/kafka.sh --no-build      skip installing the modules
#   LOAD_OPTS="-Dload.seconds=30 -Dload.lanes=8" MVN_ARGS=-o benchmarks/load/kafka.sh --no-build
#
# Settings: load.seconds (20), load.warmupSeconds (10), load.threads (16), load.pool (300000), load.lanes (4),
# load.partitions (6), load.drainSeconds (90). Output also goes to benchmarks/target/kafka-load.log.
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
  status=0
  java -Xms3g -Xmx3g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dorg.slf4j.simpleLogger.log.org.apache.kafka=error \
    "${load_opts[@]}" "$@" -cp "$classpath" io.webhooks4j.benchmarks.load.KafkaLoad || status=$?
  echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg) (the run itself raises it: 16 senders, Jetty, the broker, the consumer)"
  exit "$status"
} 2>&1 | tee "$here/target/kafka-load.log"
