#!/usr/bin/env bash
# HTTP load test: embedded Jetty 12 on 127.0.0.1 with our WebhookServlet (Stripe + GitHub) and a bare
# servlet, driven by the JDK HttpClient with distinct signed deliveries, 30% invalid; prints requests/s,
# p50/p99 latency, errors, our throughput as a ratio of the bare servlet, and the exactly-once check.
# Exits non-zero when a valid delivery was not handled exactly once or an invalid one was not rejected.
#
#   benchmarks/load/run.sh                 build what is needed, then warm-up 30 s + 20 s per target (~2 min)
#   benchmarks/load/run.sh --no-build      skip installing core, providers and servlet adapter
#   LOAD_OPTS="-Dload.seconds=30 -Dload.threads=16" benchmarks/load/run.sh
#   MVN_ARGS="-o" benchmarks/load/run.sh   extra Maven arguments (here: offline)
#
# Settings: load.seconds (20), load.warmupSeconds (30), load.threads (8), load.pool (400000 deliveries),
# load.invalidPercent (30). Output also goes to benchmarks/target/load.log.
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
echo "JDK: $(java -version 2>&1 | head -n 2 | tail -n 1)"
echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores"
java -Xms3g -Xmx3g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn "${load_opts[@]}" "$@" \
  -cp "$classpath" io.webhooks4j.benchmarks.load.HttpLoad | tee "$here/target/load.log"
