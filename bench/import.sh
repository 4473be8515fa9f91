#!/usr/bin/env bash
# Import benchmark (issue 3): a 1,000,000-row Toggl detailed CSV (~150 MB) into SQLite and PostgreSQL
# with -Xmx512m, then the same file again (all rows known). Prints wall time and peak RSS of each run,
# and the parse-only time (the rest of an import is mapping and writing).
#   bench/import.sh [ROWS]        (default 1000000; PostgreSQL part needs the Debian server binaries)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows=${1:-1000000}
work=$(mktemp -d "${TMPDIR:-/tmp}/fulcrum-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$here"
mvn -B -q -DskipTests package test-compile >&2
cp="target/fulcrum.jar:target/test-classes"
java -cp "$cp" app.fulcrum.bench.ImportBench generate "$work/toggl.csv" "$rows"
echo "file: $rows rows, $(du -m "$work/toggl.csv" | cut -f1) MB"
java -Xmx512m -cp "$cp" app.fulcrum.bench.ImportBench parse "$work/toggl.csv"

timed() {  # label, then the fulcrum arguments
  local label=$1; shift
  /usr/bin/time -f "$label: %e s wall, %M KB peak RSS" java -Xmx512m -jar target/fulcrum.jar "$@" >"$work/out.txt" 2>"$work/err.txt" \
    || { cat "$work/out.txt" "$work/err.txt" >&2; return 1; }
  tail -1 "$work/err.txt"; head -1 "$work/out.txt"
}
setup() {  # fulcrum database arguments
  java -jar target/fulcrum.jar "$@" init --currency USD --timezone Europe/Berlin --owner "Zoë Müller" \
    --owner-email zoe@example.com >/dev/null
  for s in Retainer Newsletter "Course launch" Audit "Group program" Membership Workshop Podcast; do
    java -jar target/fulcrum.jar "$@" stream add "$s" --kind other >/dev/null
  done
}

setup --db "$work/bench.db"
timed "sqlite import" --db "$work/bench.db" import "$work/toggl.csv"
timed "sqlite re-import" --db "$work/bench.db" import "$work/toggl.csv"

if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  eval "$(scripts/pg-up.sh)"
  trap 'scripts/pg-down.sh >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
  export FULCRUM_DB_USER="$PG_USER" FULCRUM_DB_PASSWORD="$PG_PASSWORD"
  setup --db-url "$PG_URL"
  timed "postgresql import" --db-url "$PG_URL" import "$work/toggl.csv"
  timed "postgresql re-import" --db-url "$PG_URL" import "$work/toggl.csv"
else
  echo "postgresql: skipped (no server binaries)"
fi
