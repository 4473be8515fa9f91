#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on a free loopback port in a temp directory and prints the
# environment the tests read, as shell assignments:
#   eval "$(scripts/pg-up.sh)"   ...   scripts/pg-down.sh
# Needs the PostgreSQL server binaries (Debian: apt-get install postgresql). As root the server runs
# as the 'postgres' user, since initdb refuses to run as root.
set -euo pipefail

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ]; then
  echo "pg-up: PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)" >&2
  exit 1
fi

as_owner=()
dir=$(mktemp -d "${TMPDIR:-/tmp}/fulcrum-pg.XXXXXX")
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$dir"
  as_owner=(runuser -u postgres --)
fi

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

"${as_owner[@]}" "$pgbin/initdb" -D "$dir/data" -U fulcrum --auth=trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }

port=${PGPORT_START:-55432}
started=no
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  if ! port_in_use "$port" && "${as_owner[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c full_page_writes=off -c synchronous_commit=off" \
      start >/dev/null 2>&1; then
    started=yes
    break
  fi
  port=$((port + 1 + RANDOM % 50))
done
if [ "$started" != yes ]; then
  echo "pg-up: could not start PostgreSQL; its log follows" >&2
  cat "$dir/server.log" >&2 || true
  rm -rf "$dir"
  exit 1
fi

"$pgbin/psql" -h 127.0.0.1 -p "$port" -U fulcrum -d postgres -qc 'CREATE DATABASE fulcrum' >/dev/null
echo "export PGDATA_DIR=$dir PG_URL=jdbc:postgresql://127.0.0.1:$port/fulcrum PG_USER=fulcrum PG_PASSWORD="
