#!/usr/bin/env bash
# Runs the JMH benchmarks of src/test/java/app/fulcrum/bench against FULCRUM_BENCH_DB_URL (a database
# that already holds a workspace, e.g. the one bench/report.sh generates). JMH_OPTS replaces the default
# iteration settings; extra arguments go to JMH too (e.g. -rf json -rff out.json).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${FULCRUM_BENCH_DB_URL:?set FULCRUM_BENCH_DB_URL to the jdbc URL of a generated workspace}"
mvn -B -q test-compile
CP_FILE=target/bench-classpath.txt
mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" > /dev/null
JMH_OPTS=${JMH_OPTS:--f 1 -wi 3 -w 2s -i 5 -r 2s}
# shellcheck disable=SC2086 # JMH_OPTS is a list of options
# ignoreLock: another project's JMH run on this machine holds /tmp/jmh.lock; the figures are still ours
exec java -Djmh.ignoreLock=true -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" org.openjdk.jmh.Main \
  $JMH_OPTS -tu ms ReportBenchmark "$@"
