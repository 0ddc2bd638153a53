#!/usr/bin/env bash
# Issue 8 benchmark: two fresh PostgreSQL databases (the service's, and the raw engine's), then
# mvn -Pbench verify, then the table; the databases are dropped at the end, also on failure.
# Options go to Maven: bench/run.sh -Dbench.lifecycles=200 -Dbench.threads=2 -Dbench.historySizes=1000,10000
#   -Dbench.requests=300 -Dbench.rate=20 (-Dbench.historySizes=none skips the HTTP latency part).
# BENCH_KEEP_DATABASES=1 keeps both databases for a look afterwards (drop them yourself).
set -euo pipefail
cd "$(dirname "$0")/.."

host=${BENCH_DB_HOST:-127.0.0.1}
port=${BENCH_DB_PORT:-5432}
user=${BENCH_DB_USER:-postgres}
stamp=$(date +%Y%m%d%H%M%S)
ours="sangkien_bench_${stamp}"
raw="sangkien_bench_raw_${stamp}"
# BENCH_DATABASE=<name> runs the service again on a database kept by an earlier run (BENCH_KEEP_DATABASES=1),
# e.g. to measure the HTTP latency again without filling the history again; it is kept afterwards. The raw
# engine always gets a fresh one.
if [[ -n "${BENCH_DATABASE:-}" ]]; then
  ours="${BENCH_DATABASE}"
fi

psql_() { psql -v ON_ERROR_STOP=1 -q -h "$host" -p "$port" -U "$user" -d postgres "$@"; }
cleanup() {
  if [[ -n "${BENCH_KEEP_DATABASES:-}" ]]; then echo "kept databases ${ours} and ${raw}"; return; fi
  if [[ -z "${BENCH_DATABASE:-}" ]]; then
    psql_ -c "drop database if exists ${ours} with (force)" || true
  else
    echo "kept database ${ours}"
  fi
  psql_ -c "drop database if exists ${raw} with (force)" || true
}
trap cleanup EXIT
if [[ -z "${BENCH_DATABASE:-}" ]]; then
  psql_ -c "create database ${ours}"
fi
psql_ -c "create database ${raw}"

# JDBC URL parameters for both engines, e.g. BENCH_DB_URL_PARAMS=reWriteBatchedInserts=true
params=${BENCH_DB_URL_PARAMS:+?${BENCH_DB_URL_PARAMS}}
export TEST_DB_URL="jdbc:postgresql://${host}:${port}/${ours}${params}"
export TEST_DB_USER="$user"
export TEST_DB_PASSWORD="${BENCH_DB_PASSWORD:-}"
export BENCH_RAW_DB_URL="jdbc:postgresql://${host}:${port}/${raw}${params}"

mvn -B -Pbench verify "$@"
echo
cat target/bench/results.md
