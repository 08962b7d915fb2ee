#!/usr/bin/env bash
# Regenerates the Stripe payload records from a stripe/openapi spec file (not kept in this repository).
#
#   codegen/stripe/regenerate.sh <path to stripe/openapi's openapi/spec3.yaml or spec3.json> <its commit>
#
# A YAML spec is first converted to JSON with python3 + PyYAML (into a temporary file, outside the repository).
# The generated sources are then formatted with the build's Spotless (palantir-java-format), so rerunning the
# command on the recorded commit changes no file.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 <spec3.yaml|spec3.json> <stripe/openapi commit>" >&2
  exit 2
fi
root="$(cd "$(dirname "$0")/../.." && pwd)"
spec="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
commit="$2"
json="$spec"
case "$spec" in
  *.yaml|*.yml)
    json="$(mktemp -t stripe-spec3-XXXXXX.json)"
    trap 'rm -f "$json"' EXIT
    python3 -c 'import sys, json, yaml
loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
with open(sys.argv[1]) as f, open(sys.argv[2], "w") as out:
    json.dump(yaml.load(f, Loader=loader), out)' "$spec" "$json"
    ;;
esac
cd "$root"
mvn -o -q -f codegen/stripe/pom.xml compile dependency:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile=target/classpath.txt
java -cp "codegen/stripe/target/classes:$(cat codegen/stripe/target/classpath.txt)" \
  io.webhooks4j.codegen.stripe.StripeRecordGenerator \
  --spec "$json" --commit "$commit" --spec-path "openapi/$(basename "$spec")" --provider providers/stripe
mvn -o -q spotless:apply -pl providers/stripe
