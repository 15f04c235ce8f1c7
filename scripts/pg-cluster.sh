#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests: initdb in a temporary folder, a free loopback port, trust
# authentication (no password anywhere), removed afterwards.
#
#   scripts/pg-cluster.sh run -- COMMAND...   start it, run COMMAND with TEST_POSTGRES_URL set, remove it
#   source scripts/pg-cluster.sh               define pg_cluster_start / pg_cluster_stop (scripts/test.sh)
#
# As root it installs Debian's postgresql with apt-get when missing, and runs the server as the
# postgres user (initdb refuses root). Nothing in it outlives the run, so initdb skips its fsync.

PG_CLUSTER_DIR=""
PG_CLUSTER_BIN=""

pg_cluster_bin() {
  local bin
  bin=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)
  if [[ -n "$bin" && -x "$bin/initdb" ]]; then
    echo "$bin"
    return
  fi
  if [[ $(id -u) -ne 0 ]]; then
    echo "PostgreSQL is missing: install Debian's postgresql (sudo apt-get install -y postgresql)." >&2
    return 1
  fi
  echo "installing Debian's postgresql (apt-get)" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  bin=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d | sort -V | tail -n 1)
  [[ -x "$bin/initdb" ]] && echo "$bin"
}

# Runs a server binary as the cluster's owner: postgres when we are root, ourselves otherwise.
pg_cluster_as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

pg_cluster_now_ms() {
  local us=${EPOCHREALTIME/./}
  echo $((us / 1000))
}

pg_cluster_free_port() {
  node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

# Starts the cluster and exports TEST_POSTGRES_URL (database hosted_connect, superuser, no password).
pg_cluster_start() {
  local started owner port attempt
  started=$(pg_cluster_now_ms)
  PG_CLUSTER_BIN=$(pg_cluster_bin) || return 1
  PG_CLUSTER_DIR=$(mktemp -d "${TMPDIR:-/tmp}/hc-pg.XXXXXX")
  owner=$(id -un)
  if [[ $(id -u) -eq 0 ]]; then
    owner=postgres
    chown postgres: "$PG_CLUSTER_DIR"
  fi
  pg_cluster_as_owner "$PG_CLUSTER_BIN/initdb" -D "$PG_CLUSTER_DIR/data" -U "$owner" -A trust -E UTF8 --no-sync \
    --locale=C.UTF-8 >"$PG_CLUSTER_DIR/initdb.log" 2>&1 || {
    cat "$PG_CLUSTER_DIR/initdb.log" >&2
    return 1
  }
  # The chosen port can be taken between asking and binding: try another one.
  for attempt in 1 2 3; do
    port=$(pg_cluster_free_port)
    if pg_cluster_as_owner "$PG_CLUSTER_BIN/pg_ctl" -D "$PG_CLUSTER_DIR/data" -l "$PG_CLUSTER_DIR/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_CLUSTER_DIR -c max_connections=200" start >/dev/null; then
      break
    fi
    [[ $attempt -eq 3 ]] && {
      cat "$PG_CLUSTER_DIR/server.log" >&2
      return 1
    }
  done
  pg_cluster_as_owner "$PG_CLUSTER_BIN/createdb" -h "$PG_CLUSTER_DIR" -p "$port" -U "$owner" hosted_connect || return 1
  export TEST_POSTGRES_URL="postgres://$owner@127.0.0.1:$port/hosted_connect"
  echo "PostgreSQL $("$PG_CLUSTER_BIN/postgres" --version | awk '{print $3}') throwaway cluster at $TEST_POSTGRES_URL ($PG_CLUSTER_DIR), started in $(($(pg_cluster_now_ms) - started)) ms"
}

# Stops the cluster (immediate: nothing in it is kept) and removes its folder.
pg_cluster_stop() {
  [[ -n "$PG_CLUSTER_DIR" && -d "$PG_CLUSTER_DIR" ]] || return 0
  local started
  started=$(pg_cluster_now_ms)
  if [[ -f "$PG_CLUSTER_DIR/data/postmaster.pid" ]]; then
    pg_cluster_as_owner "$PG_CLUSTER_BIN/pg_ctl" -D "$PG_CLUSTER_DIR/data" -m immediate -w stop >/dev/null || true
  fi
  rm -rf "$PG_CLUSTER_DIR"
  echo "PostgreSQL throwaway cluster stopped and removed in $(($(pg_cluster_now_ms) - started)) ms"
  PG_CLUSTER_DIR=""
  unset TEST_POSTGRES_URL
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  if [[ "${1:-}" != "run" || "${2:-}" != "--" || $# -lt 3 ]]; then
    echo "usage: $0 run -- COMMAND..." >&2
    exit 2
  fi
  shift 2
  trap pg_cluster_stop EXIT
  trap 'exit 130' INT TERM
  pg_cluster_start
  # In the background so a signal reaches the trap now, not when COMMAND ends; the trap passes it on.
  "$@" &
  child=$!
  trap 'kill -TERM "$child" 2>/dev/null; wait "$child"; exit 130' INT TERM
  status=0
  wait "$child" || status=$?
  exit "$status"
fi
