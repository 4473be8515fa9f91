#!/usr/bin/env bash
# Stops and deletes the cluster that scripts/pg-up.sh started (its directory is in PGDATA_DIR).
set -euo pipefail
dir=${1:-${PGDATA_DIR:-}}
[ -n "$dir" ] && [ -d "$dir/data" ] || exit 0
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
if [ "$(id -u)" = 0 ]; then
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
else
  "$pgbin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
fi
rm -rf "$dir"
