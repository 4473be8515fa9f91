#!/usr/bin/env bash
# The speed benchmark of issue 2 (see bench/README.md):
#   1. generate the big workspace (scale 100 = 1,000,000 time entries + 200,000 sales) and time the insert;
#   2. time `fulcrum report --by month` as a cold CLI command (hyperfine if installed, else a loop), both
#      as plain `java -jar` and through the ./fulcrum launcher (C1 only, AppCDS archive);
#   3. time the in-process report (facts + compute) after warm-up with JMH.
# SQLite always; PostgreSQL too when PG_URL is set (jdbc:postgresql://HOST:PORT/DB, a database this
# script may empty; FULCRUM_DB_USER / FULCRUM_DB_PASSWORD as for fulcrum itself, or PG_USER / PG_PASSWORD
# as scripts/pg-up.sh prints them: eval "$(scripts/pg-up.sh)"; bench/report.sh; scripts/pg-down.sh).
# Environment: SCALE (default 100), RUNS (default 5), SKIP_JMH=1, TODAY (last day of the data, default today),
# REUSE=1 (keep an SQLite file already generated at this scale instead of generating it again).
set -euo pipefail
cd "$(dirname "$0")/.."

SCALE=${SCALE:-100}
RUNS=${RUNS:-5}
TODAY=${TODAY:-$(date +%F)}
export FULCRUM_DB_USER=${FULCRUM_DB_USER:-${PG_USER:-}} FULCRUM_DB_PASSWORD=${FULCRUM_DB_PASSWORD:-${PG_PASSWORD:-}}
OUT=bench/out
JAR=target/fulcrum.jar
mkdir -p "$OUT"

if [[ ! -f $JAR || -n $(find src pom.xml -newer "$JAR" -type f -print -quit) ]]; then
  echo "== building $JAR"
  mvn -B -q -DskipTests package
fi

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# $1 = label, rest = fulcrum arguments that select the database
generate() {
  local label=$1; shift
  echo "== $label: generating scale $SCALE"
  local t0; t0=$(now)
  java -jar "$JAR" demo "$@" --scale "$SCALE" --today "$TODAY" | tee "$OUT/generate-$label.txt"
  echo "$label insert wall (whole command, JVM start and migrations included): $(elapsed "$t0" "$(now)") s" \
    | tee -a "$OUT/summary.txt"
}

# $1 = label, rest = fulcrum arguments that select the database
cold_report() {
  cold_report_with "$1" "java -jar $JAR" "${@:2}"
  cold_report_with "$1-launcher" "./fulcrum" "${@:2}"
}

# $1 = label, $2 = the command that starts fulcrum, rest = fulcrum arguments that select the database
cold_report_with() {
  local label=$1 cli=$2; shift 2
  echo "== $label: cold 'fulcrum report --by month' ($cli)"
  $cli report --by month "$@" > "$OUT/report-$label.txt"
  if command -v hyperfine > /dev/null; then
    hyperfine --runs "$RUNS" --warmup 1 --export-json "$OUT/hyperfine-$label.json" \
      "$cli report --by month $*" | tee "$OUT/hyperfine-$label.txt"
    awk '/Time \(mean/ { print "'"$label"' cold report: " $0 }' "$OUT/hyperfine-$label.txt" >> "$OUT/summary.txt"
  else
    local total=0 t0 t
    for ((i = 0; i < RUNS; i++)); do
      t0=$(now); $cli report --by month "$@" > /dev/null; t=$(elapsed "$t0" "$(now)")
      echo "run $((i + 1)): $t s"; total=$(awk -v a="$total" -v b="$t" 'BEGIN { print a + b }')
    done
    echo "$label cold report mean of $RUNS: $(awk -v a="$total" -v n="$RUNS" 'BEGIN { printf "%.2f", a / n }') s" \
      | tee -a "$OUT/summary.txt"
  fi
}

jmh() {
  local label=$1 url=$2
  [[ -n ${SKIP_JMH:-} ]] && return
  echo "== $label: in-process report after warm-up (JMH)"
  FULCRUM_BENCH_DB_URL=$url bench/jmh.sh -rf json -rff "$OUT/jmh-$label.json" | tee "$OUT/jmh-$label.txt" \
    || echo "$label JMH failed: see $OUT/jmh-$label.txt" | tee -a "$OUT/summary.txt"
  grep -E '^ReportBenchmark' "$OUT/jmh-$label.txt" | sed "s/^/$label /" >> "$OUT/summary.txt" || true
}

: > "$OUT/summary.txt"
SQLITE_DB=$OUT/bench-$SCALE.db
if [[ -n ${REUSE:-} && -f $SQLITE_DB ]]; then
  echo "== sqlite: reusing $SQLITE_DB"
else
  rm -f "$SQLITE_DB" "$SQLITE_DB"-*
  generate sqlite --db "$SQLITE_DB"
fi
ls -l "$SQLITE_DB" | awk '{ printf "sqlite file size: %.0f MB\n", $5 / 1048576 }' | tee -a "$OUT/summary.txt"
cold_report sqlite --db "$SQLITE_DB"
jmh sqlite "jdbc:sqlite:$(realpath "$SQLITE_DB")"

if [[ -n ${PG_URL:-} ]]; then
  hostport=${PG_URL#jdbc:postgresql://}; db=${hostport#*/}; db=${db%%\?*}; hostport=${hostport%%/*}
  host=${hostport%:*}; port=${hostport##*:}; [[ $port == "$hostport" ]] && port=5432
  echo "== postgresql: emptying database $db on $host:$port"
  PGPASSWORD=${FULCRUM_DB_PASSWORD:-} psql -q -h "$host" -p "$port" -U "${FULCRUM_DB_USER:-${USER:-postgres}}" -d "$db" \
    -c 'DROP SCHEMA public CASCADE; CREATE SCHEMA public;'
  generate postgresql --db-url "$PG_URL"
  cold_report postgresql --db-url "$PG_URL"
  jmh postgresql "$PG_URL"
fi

echo "== summary"
cat "$OUT/summary.txt"
