#!/usr/bin/env bash
# Cold start: from starting the process to the first 200 on /health/ready and then on /.
#
#   benchmarks/coldstart.sh             5 runs of each case, medians
#   RUNS=9 benchmarks/coldstart.sh
#
# Builds Release once, then starts the published portal (SQLite, Production) RUNS times in each case:
#   fresh     an empty App__DataPath: migrations and the unattended demo setup run before it listens;
#   existing  a database already migrated and set up (by the first fresh run): only start-up remains.
# Each run polls /health/ready every POLL seconds until it answers 200 (the server listens only after the
# migrations and the setup are done), then requests / (the first page rendering: Razor, EF Core, SQLite),
# and stops the process. Times are milliseconds from the moment the process is started; medians are
# printed with every run's figures. Settings: RUNS, POLL, PORTAL_PORT, PORTAL_ENV (extra VAR=value),
# READY_TO_RUN=0 (publish without ReadyToRun code, to compare).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUNS=${RUNS:-5}
POLL=${POLL:-0.02}
PORTAL_PORT=${PORTAL_PORT:-5182}
read -r -a portal_env <<<"${PORTAL_ENV:-}"

bench_init
bench_packages curl:curl openssl:openssl
bench_build
bench_describe | tee "$BENCH_WORK/machine.txt" >&2
mapfile -t demo < <(bench_demo_setup)
url="http://127.0.0.1:$PORTAL_PORT"

# run_once CASE DATADIR — sets READY_MS and HOME_MS. Runs in this shell (not a subshell), so the EXIT
# trap still knows the process if anything fails.
run_once() {
  local case=$1 data=$2 start ready="" home="" pid code
  start=$(bench_now_ms)
  bench_start_portal "$case" "$PORTAL_PORT" "$data" "${demo[@]}" "${portal_env[@]}"
  pid=$BENCH_PID
  while [[ -z $ready ]]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url/health/ready" || true)
    if [[ $code == 200 ]]; then
      ready=$(($(bench_now_ms) - start))
    elif ! kill -0 "$pid" 2>/dev/null; then
      cat "$BENCH_WORK/$case.log" >&2
      die "the portal stopped before it was ready ($case)"
    elif (($(bench_now_ms) - start > 120000)); then
      die "not ready after 120 s ($case)"
    else
      sleep "$POLL"
    fi
  done
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$url/")
  home=$(($(bench_now_ms) - start))
  [[ $code == 200 ]] || die "/ answered $code ($case)"
  bench_stop "$pid"
  READY_MS=$ready HOME_MS=$home
}

median() { tr ' ' '\n' | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.0f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

declare -A ready home
# One start that is not measured: the first start after a build reads the binaries from disk.
run_once warmup "$BENCH_WORK/data-warmup"
for case in fresh existing; do
  ready[$case]="" home[$case]=""
  for ((i = 1; i <= RUNS; i++)); do
    if [[ $case == fresh ]]; then data=$BENCH_WORK/data-fresh-$i; else data=$BENCH_WORK/data-fresh-1; fi
    run_once "$case-$i" "$data"
    log "$case run $i: ready ${READY_MS} ms, / ${HOME_MS} ms (load $(bench_load))"
    ready[$case]+="$READY_MS " home[$case]+="$HOME_MS "
  done
done

echo
cat "$BENCH_WORK/machine.txt"
echo "runs:    $RUNS per case, polling every ${POLL}s; load average at the end: $(bench_load)"
echo
echo "| Case | first 200 on /health/ready, median (ms) | first 200 on /, median (ms) | runs: ready (ms) | runs: / (ms) |"
echo "|---|---:|---:|---|---|"
for case in fresh existing; do
  printf '| %s | %s | %s | %s | %s |\n' "$case" \
    "$(echo "${ready[$case]}" | xargs | median)" "$(echo "${home[$case]}" | xargs | median)" "$(echo "${ready[$case]}" | xargs)" "$(echo "${home[$case]}" | xargs)"
done
