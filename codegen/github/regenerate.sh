#!/usr/bin/env bash
# Regenerates the GitHub payload records from octokit/webhooks' payload schemas (see README.md).
# usage: codegen/github/regenerate.sh /path/to/octokit-webhooks/payload-schemas/api.github.com <octokit commit>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
schemas="${1:?path to payload-schemas/api.github.com}"
commit="${2:?the octokit/webhooks commit the schemas come from}"
mvn -o -q -f "$here/pom.xml" compile dependency:build-classpath -Dmdep.outputFile="$here/target/classpath.txt"
java -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" io.webhooks4j.codegen.github.GitHubRecordGenerator \
  --schemas "$schemas" --commit "$commit" --provider "$root/providers/github"
mvn -o -q -f "$root/pom.xml" -pl providers/github spotless:apply
