#!/usr/bin/env bash
# Cluster (issue 18.7): the production shape of .ci/cluster — nginx with TLS in front of two published nodes on
# PostgreSQL and Redis — measured three ways:
#   1. throughput through nginx (https, wrk) with two nodes, then with one (node B killed; nginx marks it down);
#   2. the same two nodes with the output cache in Redis (as a cluster runs) and in memory (Redis__Configuration
#      unset: each node its own cache, as a single node runs);
#   3. publish to visible: a partner-API report saved through node A, then node B's public measure page polled every
#      10 ms until it shows the report; RUNS times, milliseconds.
#
#   benchmarks/cluster.sh              15 s per wrk run, 64 connections, 20 publish runs
#   DURATION=5 RUNS=5 benchmarks/cluster.sh
#   PHASES=publish CLUSTER_PUBLISHED=/tmp/pub benchmarks/cluster.sh   one phase, on an already published portal
#
# Starts its own PostgreSQL (initdb in a temp folder, as .ci/run does) and everything else through .ci/cluster, and
# stops all of it on exit. Needs wrk, redis-server, nginx, openssl and PostgreSQL's server binaries.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-64}
RUNS=${RUNS:-20}
PHASES=${PHASES:-throughput,publish}

bench_init
bench_packages wrk:wrk curl:curl openssl:openssl redis-server:redis-server nginx:nginx
bench_describe | tee "$BENCH_WORK/machine.txt" >&2

# --- PostgreSQL, private (the server runs as "postgres" when this runs as root: initdb refuses root) ----------
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -x $PG_BIN/initdb ]] || die "PostgreSQL server binaries are needed (apt-get install postgresql)"
PG_USER=$(id -un); [[ $EUID -ne 0 ]] || PG_USER=postgres
PG_TMP=$(mktemp -d /tmp/trygghet-bench-pg.XXXXXX); chmod 755 "$PG_TMP"
PG_DATA=$PG_TMP/data PG_SOCK=$PG_TMP/sock PG_LOG=$PG_TMP/postgres.log PG_PORT=54379
mkdir -p "$PG_SOCK"; [[ $EUID -ne 0 ]] || chown -R "$PG_USER": "$PG_TMP"
as_pg() { if [[ $EUID -eq 0 ]]; then runuser -u "$PG_USER" -- "$@"; else "$@"; fi; }
CLUSTER_DIR=$PG_TMP/cluster
stop_all() {
  [[ ! -f $CLUSTER_DIR/env ]] || "$BENCH_REPO/.ci/cluster" down "$CLUSTER_DIR" >/dev/null 2>&1 || true
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_TMP"
  bench_cleanup
}
trap stop_all EXIT
as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_SOCK" start >/dev/null
"$PG_BIN/psql" -X -q -h "$PG_SOCK" -p "$PG_PORT" -U postgres -c "CREATE ROLE portal WITH LOGIN SUPERUSER PASSWORD 'portal';"
export PG_BIN PG_DATA PG_PORT PG_SOCK PG_LOG PG_USER

# --- The cluster ------------------------------------------------------------------------------------------------
"$BENCH_REPO/.ci/cluster" up "$CLUSTER_DIR"
source "$CLUSTER_DIR/env"
ctl() { "$BENCH_REPO/.ci/cluster" ctl "$CLUSTER_DIR" "$@"; }
public_curl() { curl -sk --resolve "$PUBLIC_HOST:$HTTPS_PORT:127.0.0.1" "$@"; }
node_curl() {   # node_curl PORT ARGS... — straight to a node, with the headers nginx adds
  curl -s -H "Host: $PUBLIC_HOST:$HTTPS_PORT" -H 'X-Forwarded-Proto: https' -H "X-Forwarded-Host: $PUBLIC_HOST:$HTTPS_PORT" \
    -H 'X-Forwarded-For: 127.0.0.1' "${@:2}" "http://127.0.0.1:$1${PATH_ON_NODE:-}"
}

json_field() { python3 -c "import json, sys; d = json.load(sys.stdin); print($1)"; }   # the answers are indented JSON

throughput() {   # throughput LABEL — wrk through nginx on / and /organisation
  local path out
  for path in / /organisation; do
    out=$BENCH_WORK/wrk-$1-${path//\//_}.txt
    # wrk resolves no .localhost name: the proxy's address, with the public Host. A 3 s run first, not counted, so
    # that both nodes are warm (JIT, their caches) whichever case restarted them.
    bench_wrk "$BENCH_WORK/warm-up.txt" 16 3 "https://127.0.0.1:$HTTPS_PORT$path" -H "Host: $PUBLIC_HOST:$HTTPS_PORT"
    bench_wrk "$out" "$CONNECTIONS" "$DURATION" "https://127.0.0.1:$HTTPS_PORT$path" -H "Host: $PUBLIC_HOST:$HTTPS_PORT"
    printf '%-28s %-14s %8s req/s  p50 %6s ms  p99 %7s ms  errors %s\n' "$1" "$path" \
      "$(wrk_field "$out" rps)" "$(wrk_field "$out" p50)" "$(wrk_field "$out" p99)" "$(wrk_field "$out" errors)"
  done
}

restart_nodes() {   # restart_nodes [CLUSTER_REDIS=off]
  ctl kill-node a; ctl kill-node b
  env "$@" "$BENCH_REPO/.ci/cluster" ctl "$CLUSTER_DIR" start-node a
  env "$@" "$BENCH_REPO/.ci/cluster" ctl "$CLUSTER_DIR" start-node b
  ctl wait-node a; ctl wait-node b
}

if [[ ,$PHASES, == *,throughput,* ]]; then
echo "== throughput (wrk -c$CONNECTIONS, ${DURATION}s, https through nginx; load $(bench_load))"
throughput "two nodes, Redis cache"
restart_nodes CLUSTER_REDIS=off
throughput "two nodes, in-memory cache"
restart_nodes
ctl kill-node b; sleep 1
throughput "one node (B down), Redis"
ctl start-node b; ctl wait-node b
fi

[[ ,$PHASES, == *,publish,* ]] || exit 0
echo "== publish to visible (partner report via node A, node B's measure page polled every 10 ms)"
token=$(public_curl "$PUBLIC_URL/connect/token" -d grant_type=client_credentials -d client_id=kluster-system \
  -d "client_secret=$CLIENT_SECRET" -d scope=partner.api | json_field 'd["access_token"]')
slug=$(public_curl -H "Authorization: Bearer $token" "$PUBLIC_URL/api/partner/v1/atgarder" | json_field 'd[0]["slug"]')
[[ -n $token && -n $slug ]] || die "no partner token or measure"
times=()
for i in $(seq 1 "$RUNS"); do
  text="synlig-$i-$RANDOM"
  PATH_ON_NODE=/atgardsplan/$slug node_curl "$NODE_B_PORT" -o /dev/null   # cached on B before the change
  PATH_ON_NODE=/api/partner/v1/atgarder/$slug/rapporter node_curl "$NODE_A_PORT" -o /dev/null -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d "{\"date\":\"$(date -u +%F)\",\"status\":\"pagar\",\"progress\":50,\"text\":\"$text\"}"
  start=$(bench_now_ms)
  until PATH_ON_NODE=/atgardsplan/$slug node_curl "$NODE_B_PORT" | grep -q "$text"; do
    (($(bench_now_ms) - start < 10000)) || { log "run $i: not visible on B after 10 s"; break; }
    sleep 0.01
  done
  times+=($(($(bench_now_ms) - start)))
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "publish to visible on B: median %d ms, min %d, max %d (%d runs)\n", a[int((NR + 1) / 2)], a[1], a[NR], NR }'
