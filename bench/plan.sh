#!/bin/sh
# The planner's speed targets (issue 4):
#   1. JMH: 10,000 and 100,000 runs × 36 months × 10 streams, the fork in a 256 MB heap
#      (an OutOfMemoryError fails the run). Extra arguments go to JMH, e.g. bench/plan.sh -p runs=10000
#   2. the same 10,000-run plan as a cold CLI command (a fresh JVM), from bench/ten-streams.yaml.
set -eu
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.openjdk.jmh.Main 'app.fulcrum.bench.PlannerBenchmark' "$@"
echo "Cold CLI, 10,000 runs × 36 months × 10 streams:"
for i in 1 2 3; do
  /usr/bin/time -f "  %e s wall, %M KB max resident" java -jar target/fulcrum.jar plan bench/ten-streams.yaml \
    --runs 10000 --months 36 --format csv > /dev/null
done
