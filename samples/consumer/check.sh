#!/usr/bin/env bash
# Proves the README's "Coordinates" section: after one `mvn install` of this repository, a project of its own
# (samples/consumer, outside the reactor, no parent) resolves webhooks4j through the BOM, compiles and runs
# a test-kit test. Run from anywhere; CI runs it after `mvn -B verify`.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q install -DskipTests
mvn -B -q -f samples/consumer/pom.xml verify
echo "consumer project: resolved through webhooks4j-bom, compiled, test passed"
