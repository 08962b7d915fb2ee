#!/usr/bin/env bash
# Runs the JMH benchmarks (the HMAC floor, ours, the peers: the official SDKs, or a hand-written HMAC check plus
# hub4j / a plain Jackson 3 read where there is no SDK that verifies) side by side in one run, with allocation
# profiling; writes JMH's JSON result and prints one table (report.py): each figure, its ratio to the floor and to
# its peer, then the goals of issue 18, met or not met.
#
#   benchmarks/run.sh                    build what is needed, then the full run (about 20 minutes on 2 cores)
#   benchmarks/run.sh --no-build         skip installing core, providers and servlet adapter (already installed)
#   benchmarks/run.sh -p size=2KB        any further arguments go to JMH (here: one body size only)
#   BENCH=StripeBenchmark benchmarks/run.sh   only the benchmarks matching a regular expression
#   JMH_OPTS="-f 1 -wi 1 -w 1s -i 1 -r 1s" benchmarks/run.sh   a quick smoke run
#   MVN_ARGS="-o" benchmarks/run.sh     extra Maven arguments (here: offline)
#
# Output: benchmarks/target/jmh-result.json (JMH), target/jmh.log (JMH's own report), target/jmh-table.md.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
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
  echo "Building and installing the modules the benchmarks use (tests skipped)..."
  "${mvn_cmd[@]}" install -DskipTests -Dspotless.check.skip=true -pl benchmarks -am
fi
echo "Compiling the benchmarks and resolving their test classpath..."
"${mvn_cmd[@]}" -pl benchmarks test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$here/target/test-classpath.txt"

classpath="$here/target/test-classes:$(cat "$here/target/test-classpath.txt")"
result="$here/target/jmh-result.json"
log="$here/target/jmh.log"
bench="${BENCH:-io\.webhooks4j\.benchmarks\..*Benchmark}"
# forks 1, warm-up 5 x 1 s, measurement 5 x 1 s (also the defaults in the benchmark classes): with 3 warm-up
# iterations the parsing benchmarks were still getting faster during measurement
read -r -a jmh_opts <<< "${JMH_OPTS:--f 1 -wi 5 -w 1s -i 5 -r 1s}"

echo "Running JMH ($bench); progress below, JMH's full report in $log"
java -cp "$classpath" org.openjdk.jmh.Main "${jmh_opts[@]}" -prof gc -rf json -rff "$result" "$@" "$bench" \
  > "$log" 2>&1 &
jmh_pid=$!
trap 'kill "$jmh_pid" 2>/dev/null || true' INT TERM
# show one line per benchmark as it starts
tail -n +1 -f "$log" --pid="$jmh_pid" | grep --line-buffered -E '^# (Benchmark|Parameters):|^# Run complete|ERROR|Exception' || true
wait "$jmh_pid"

echo
echo "JDK: $(java -version 2>&1 | head -n 2 | tail -n 1)"
echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores"
echo
python3 "$here/report.py" "$result" | tee "$here/target/jmh-table.md"
