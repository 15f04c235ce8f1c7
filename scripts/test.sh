#!/usr/bin/env bash
# `npm test`: every check CI runs, in order, stopping at the first failure.
set -euo pipefail

cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

STEP_NAMES=()
STEP_SECONDS=()
CURRENT=""
STARTED=0

summary() {
  local status=$1
  if [[ -n "$CURRENT" ]]; then
    STEP_NAMES+=("$CURRENT (FAILED)")
    STEP_SECONDS+=($((SECONDS - STARTED)))
  fi
  echo
  echo "== summary =="
  printf '%-28s %8s\n' "step" "seconds"
  local i total=0
  for i in "${!STEP_NAMES[@]}"; do
    printf '%-28s %8s\n' "${STEP_NAMES[$i]}" "${STEP_SECONDS[$i]}"
    total=$((total + STEP_SECONDS[i]))
  done
  printf '%-28s %8s\n' "total" "$total"
  if [[ $status -eq 0 ]]; then echo "All checks passed."; else echo "Failed (exit $status)."; fi
}
# The PostgreSQL tests run against one throwaway cluster (scripts/pg-cluster.sh), removed on any exit.
source scripts/pg-cluster.sh
on_exit() {
  local status=$?
  pg_cluster_stop
  summary "$status"
}
trap on_exit EXIT
trap 'exit 130' INT TERM

step() {
  CURRENT="$1"
  shift
  echo
  echo "== $CURRENT: $* =="
  STARTED=$SECONDS
  "$@"
  STEP_NAMES+=("$CURRENT")
  STEP_SECONDS+=($((SECONDS - STARTED)))
  CURRENT=""
}

ensure_chromium() {
  if [[ -x /usr/bin/chromium ]]; then
    echo "found /usr/bin/chromium"
    return
  fi
  if [[ $(id -u) -ne 0 ]]; then
    echo "Chromium is missing: the end-to-end tests need Debian's chromium at /usr/bin/chromium." >&2
    echo "Install it with: sudo apt-get update && sudo apt-get install -y chromium" >&2
    return 1
  fi
  echo "installing Debian's chromium (apt-get)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [[ -x /usr/bin/chromium ]]
}

# The load-balancer stress test puts two server processes behind Debian's HAProxy.
ensure_haproxy() {
  if [[ -x /usr/sbin/haproxy ]]; then
    echo "found /usr/sbin/haproxy"
    return
  fi
  if [[ $(id -u) -ne 0 ]]; then
    echo "HAProxy is missing: install it with: sudo apt-get update && sudo apt-get install -y haproxy" >&2
    return 1
  fi
  echo "installing Debian's haproxy (apt-get)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
  [[ -x /usr/sbin/haproxy ]]
}

ensure_prometheus() {
  if [[ -x /usr/bin/prometheus ]]; then
    echo "found /usr/bin/prometheus"
    return
  fi
  if [[ $(id -u) -ne 0 ]]; then
    echo "Prometheus is missing: the remote_write end-to-end test needs Debian's prometheus." >&2
    echo "Install it with: sudo apt-get update && sudo apt-get install -y prometheus" >&2
    return 1
  fi
  echo "installing Debian's prometheus (apt-get)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq prometheus >/dev/null
  [[ -x /usr/bin/prometheus ]]
}

step "chromium" ensure_chromium
step "haproxy" ensure_haproxy
step "prometheus" ensure_prometheus
step "postgresql" pg_cluster_start
step "typecheck" npm run --silent typecheck
step "lint" npm run --silent lint
step "unit tests" npm run --silent test:unit
step "unit tests, PostgreSQL" npm run --silent test:unit:pg
step "build" npm run --silent build
step "e2e tests" npm run --silent test:e2e
step "stress tests" npm run --silent test:stress
step "stress tests, PostgreSQL" npm run --silent test:stress:pg
