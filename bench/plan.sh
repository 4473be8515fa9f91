#!/bin/sh
# Runs the planner benchmark (JMH): 10,000 and 100,000 runs × 36 months × 10 streams, the fork in a
# 256 MB heap. Extra arguments go to JMH, e.g. bench/plan.sh -p runs=10000 -wi 3 -i 5
set -eu
cd "$(dirname "$0")/.."
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.openjdk.jmh.Main 'app.fulcrum.bench.PlannerBenchmark' "$@"
