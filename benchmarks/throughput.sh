#!/usr/bin/env bash
# Throughput of the portal's public pages against nginx serving the very same bytes.
#
#   benchmarks/throughput.sh            full run (about 9 minutes)
#   QUICK=1 benchmarks/throughput.sh    short run to check the script (about 2 minutes)
#
# Builds Release, starts the portal on SQLite with an unattended demo setup (App__DataPath in a temp
# folder), saves each path's exact response body and Content-Type, and has nginx (its own temporary
# config, not a daemon) serve those bytes with the same Content-Type and the portal's security headers.
# Then, in one run, with wrk: per path CONNECTIONS (64) connections against nginx and the portal, once
# with the output cache on and once with OutputCache__Enabled=false; a STRESS_CONNECTIONS (500)
# connection run of STRESS_PATH against nginx and both portal modes, counting errors; and the portal's
# peak RSS (VmHWM) in each mode. Paths that answer 404 (pages of modules not written yet) are skipped,
# and the output says so.
#
# Settings (environment): PATHS, DURATION (s, per 64-connection run), WARMUP (s), CONNECTIONS,
# STRESS_CONNECTIONS, STRESS_DURATION (s), STRESS_PATH, WRK_THREADS, WRK_TIMEOUT, PORTAL_PORT,
# NGINX_PORT, PORTAL_ENV (extra VAR=value for the portal, e.g. DOTNET_gcServer=1 for Server GC), READY_TO_RUN=0 (publish without ReadyToRun),
# BENCH_KEEP=1 (keep the temp folder with the raw wrk output and logs).
# Not part of the test suite or CI: it measures this machine, and sends traffic to loopback only.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PATHS=${PATHS:-"/ /organisation /tillganglighet /medborgarloften/linkoping-2026 /atgardsplan /api/v1/atgarder"}
if [[ -n ${QUICK:-} ]]; then
  DURATION=${DURATION:-5} WARMUP=${WARMUP:-3} STRESS_DURATION=${STRESS_DURATION:-10}
fi
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-10}
CONNECTIONS=${CONNECTIONS:-64}
STRESS_CONNECTIONS=${STRESS_CONNECTIONS:-500}
STRESS_DURATION=${STRESS_DURATION:-60}
STRESS_PATH=${STRESS_PATH:-/}
PORTAL_PORT=${PORTAL_PORT:-5180}
NGINX_PORT=${NGINX_PORT:-5181}
read -r -a portal_env <<<"${PORTAL_ENV:-}"

bench_init
bench_packages wrk:wrk nginx:nginx curl:curl openssl:openssl
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
# 500 connections from wrk plus as many accepted by the server: more descriptors than the usual 1024.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || ulimit -n 65536 2>/dev/null || true
bench_build
bench_describe | tee "$BENCH_WORK/machine.txt" >&2

portal_url="http://127.0.0.1:$PORTAL_PORT"
nginx_url="http://127.0.0.1:$NGINX_PORT"
raw=$BENCH_WORK/wrk
mkdir -p "$raw" "$BENCH_WORK/static" "$BENCH_WORK/nginx/tmp"
mapfile -t demo < <(bench_demo_setup)

start_portal() { # start_portal MODE [VAR=value...]
  local mode=$1
  shift
  bench_start_portal "portal-$mode" "$PORTAL_PORT" "$BENCH_WORK/data-$mode" "${demo[@]}" "${portal_env[@]}" "$@"
  bench_wait_ok "$portal_url/health/ready" 180 "$BENCH_PID" || { cat "$BENCH_WORK/portal-$mode.log" >&2; die "the portal ($mode) did not become ready"; }
}

file_of() { printf 'p%s' "$(printf '%s' "$1" | tr -c 'a-zA-Z0-9' '_')"; }

# --- 1. The portal with the output cache on; save each path's exact bytes ----------------------------
start_portal cached
cached_pid=$BENCH_PID
measured=()
skipped=()
declare -A content_type
for path in $PATHS; do
  file=$BENCH_WORK/static/$(file_of "$path")
  code=$(curl -s -o "$file.body" -D "$file.headers" -w '%{http_code}' "$portal_url$path")
  if [[ $code != 200 ]]; then
    log "skipping $path: the portal answers $code$([[ $code == 404 ]] && echo ' (not built yet)')"
    skipped+=("$path ($code)")
    continue
  fi
  content_type[$path]=$(awk 'tolower($1) == "content-type:" { sub(/^[^:]*: */, ""); sub(/\r$/, ""); print }' "$file.headers")
  measured+=("$path")
done
((${#measured[@]})) || die "no path answered 200"
[[ " ${measured[*]} " == *" $STRESS_PATH "* ]] || die "STRESS_PATH $STRESS_PATH is not among the measured paths"
chmod -R a+rX "$BENCH_WORK/static"

# --- 2. nginx: the same bytes, the same Content-Type, the portal's security headers ------------------
security_headers() {
  awk 'tolower($1) ~ /^(content-security-policy|x-content-type-options|x-frame-options|referrer-policy|permissions-policy|cross-origin-opener-policy):$/ {
         name = $1; sub(/:$/, "", name); value = $0; sub(/^[^:]*: */, "", value); sub(/\r$/, "", value)
         printf "      add_header %s \"%s\" always;\n", name, value }' "$1"
}
{
  echo "daemon off;"
  echo "worker_processes auto;"
  echo "pid $BENCH_WORK/nginx/nginx.pid;"
  echo "error_log $BENCH_WORK/nginx/error.log warn;"
  echo "events { worker_connections 8192; }"
  echo "http {"
  echo "  access_log off; server_tokens off; sendfile on; tcp_nopush on; tcp_nodelay on;"
  echo "  keepalive_requests 10000000; keepalive_timeout 75s; open_file_cache max=64;"
  for temp in client_body proxy fastcgi uwsgi scgi; do echo "  ${temp}_temp_path $BENCH_WORK/nginx/tmp/$temp;"; done
  echo "  types { }"
  echo "  server {"
  echo "    listen 127.0.0.1:$NGINX_PORT;"
  echo "    root $BENCH_WORK/static;"
  for path in "${measured[@]}"; do
    file=$(file_of "$path")
    echo "    location = $path {"
    echo "      default_type \"${content_type[$path]}\";"
    security_headers "$BENCH_WORK/static/$file.headers"
    echo "      rewrite ^ /$file.body break;"
    echo "    }"
  done
  echo "  }"
  echo "}"
} >"$BENCH_WORK/nginx/nginx.conf"
nginx_args=(-e "$BENCH_WORK/nginx/error.log" -p "$BENCH_WORK/nginx" -c "$BENCH_WORK/nginx/nginx.conf")
"$NGINX" -t -q "${nginx_args[@]}" || die "nginx refuses its configuration ($BENCH_WORK/nginx/nginx.conf)"
"$NGINX" "${nginx_args[@]}" 2>>"$BENCH_WORK/nginx/stderr.log" &
nginx_pid=$!
BENCH_PIDS+=("$nginx_pid")
bench_wait_ok "$nginx_url${measured[0]}" 10 "$nginx_pid" || die "nginx did not start: $(cat "$BENCH_WORK/nginx/stderr.log" "$BENCH_WORK/nginx/error.log" 2>/dev/null)"
for path in "${measured[@]}"; do
  file=$BENCH_WORK/static/$(file_of "$path")
  cmp -s "$file.body" <(curl -s "$nginx_url$path") || die "nginx does not serve the saved bytes of $path"
  [[ $(curl -s -o /dev/null -w '%{content_type}' "$nginx_url$path") == "${content_type[$path]}" ]] || die "nginx's Content-Type of $path differs"
done

# --- 3. Measurements -----------------------------------------------------------------------------------
declare -A rps p50 p99 errors load
measure() { # measure KEY URL CONNECTIONS SECONDS
  local key=$1 url=$2 connections=$3 seconds=$4 out
  out="$raw/$(printf '%s' "$key" | tr -c 'a-zA-Z0-9' '_').txt"
  log "wrk -c$connections -d${seconds}s $url  ($key)"
  bench_wrk "$out" "$connections" "$seconds" "$url"
  rps[$key]=$(wrk_field "$out" rps)
  p50[$key]=$(wrk_field "$out" p50)
  p99[$key]=$(wrk_field "$out" p99)
  errors[$key]=$(wrk_field "$out" errors)
  load[$key]=$(bench_load)
}

warm_up() { # warm_up BASE_URL — JIT tiering, connection pools, the first (uncached) renderings
  local path
  for path in "${measured[@]}"; do
    bench_wrk "$raw/warmup.txt" "$CONNECTIONS" "$WARMUP" "$1$path"
  done
}

declare -A rss
log "warming up nginx and the portal (cache on), ${WARMUP}s per path"
warm_up "$nginx_url"
warm_up "$portal_url"
for path in "${measured[@]}"; do
  measure "nginx $path" "$nginx_url$path" "$CONNECTIONS" "$DURATION"
  measure "cached $path" "$portal_url$path" "$CONNECTIONS" "$DURATION"
done
measure "nginx stress" "$nginx_url$STRESS_PATH" "$STRESS_CONNECTIONS" "$STRESS_DURATION"
measure "cached stress" "$portal_url$STRESS_PATH" "$STRESS_CONNECTIONS" "$STRESS_DURATION"
rss[cached]=$(bench_rss_mb "$cached_pid" VmHWM)
bench_stop "$cached_pid"

start_portal uncached OutputCache__Enabled=false
uncached_pid=$BENCH_PID
log "warming up the portal (cache off), ${WARMUP}s per path"
warm_up "$portal_url"
for path in "${measured[@]}"; do
  cmp -s <(curl -s "$portal_url$path" | wc -c) <(wc -c <"$BENCH_WORK/static/$(file_of "$path").body") \
    || log "note: $path is not the same length with the cache off (the page varies per request?)"
  measure "uncached $path" "$portal_url$path" "$CONNECTIONS" "$DURATION"
done
measure "uncached stress" "$portal_url$STRESS_PATH" "$STRESS_CONNECTIONS" "$STRESS_DURATION"
rss[uncached]=$(bench_rss_mb "$uncached_pid" VmHWM)
bench_stop "$uncached_pid"

# --- 4. Results (Markdown) -----------------------------------------------------------------------------
echo
cat "$BENCH_WORK/machine.txt"
echo "wrk:     $(nproc) threads (WRK_THREADS), timeout ${WRK_TIMEOUT:-2s}; ${CONNECTIONS} connections ${DURATION}s per path after ${WARMUP}s warm-up; the load generator shares the CPUs"
echo
echo "| Path | nginx req/s | cached req/s | cached/nginx | uncached req/s | uncached/nginx | p50 nginx / cached / uncached (ms) | p99 nginx / cached / uncached (ms) | errors n / c / u |"
echo "|---|---:|---:|---:|---:|---:|---|---|---|"
for path in "${measured[@]}"; do
  n="nginx $path" c="cached $path" u="uncached $path"
  printf '| `%s` | %s | %s | %s | %s | %s | %s / %s / %s | %s / %s / %s | %s / %s / %s |\n' "$path" \
    "${rps[$n]}" "${rps[$c]}" "$(ratio "${rps[$c]}" "${rps[$n]}")" "${rps[$u]}" "$(ratio "${rps[$u]}" "${rps[$n]}")" \
    "${p50[$n]}" "${p50[$c]}" "${p50[$u]}" "${p99[$n]}" "${p99[$c]}" "${p99[$u]}" "${errors[$n]}" "${errors[$c]}" "${errors[$u]}"
done
echo
echo "| ${STRESS_CONNECTIONS} connections, ${STRESS_DURATION}s, \`$STRESS_PATH\` | req/s | p50 (ms) | p99 (ms) | errors (socket + non-2xx/3xx) | load average after |"
echo "|---|---:|---:|---:|---:|---|"
for key in nginx cached uncached; do
  k="$key stress"
  printf '| %s | %s | %s | %s | %s | %s |\n' "$key" "${rps[$k]}" "${p50[$k]}" "${p99[$k]}" "${errors[$k]}" "${load[$k]}"
done
echo
echo "Peak RSS of the portal (VmHWM, whole process lifetime incl. setup): cache on ${rss[cached]} MB, cache off ${rss[uncached]} MB"
if ((${#skipped[@]})); then
  echo "Skipped (not 200): ${skipped[*]}"
fi
echo "Load average at the end: $(bench_load)"
