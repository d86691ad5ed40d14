# shellcheck shell=bash
# Shared by the benchmark scripts (sourced, not run): Debian packages, the Release build, starting and
# stopping the portal and nginx, wrk output parsing, the machine's description. Everything binds to
# 127.0.0.1, and everything a script starts is stopped by its EXIT trap (bench_cleanup).

BENCH_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_ADMIN_EMAIL=admin@example.se
BENCH_ADMIN_PASSWORD='bänkprov med lång lösenfras'
BENCH_PIDS=()
BENCH_WORK=""
BENCH_POLICY_RC=""

log() { printf '[bench] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

as_root() {
  if [[ $EUID -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

# A work folder under TMPDIR, removed on exit with everything started meanwhile.
bench_init() {
  BENCH_WORK=$(mktemp -d "${TMPDIR:-/tmp}/trygghet-bench.XXXXXX")
  # nginx workers run as an unprivileged user and must reach the files under it.
  chmod 755 "$BENCH_WORK"
  trap bench_cleanup EXIT
  trap 'exit 130' INT TERM
}

bench_cleanup() {
  local pid
  for pid in "${BENCH_PIDS[@]+"${BENCH_PIDS[@]}"}"; do
    bench_stop "$pid"
  done
  if [[ -n $BENCH_POLICY_RC ]]; then as_root rm -f "$BENCH_POLICY_RC"; fi
  if [[ -n $BENCH_WORK && -d $BENCH_WORK && -z ${BENCH_KEEP:-} ]]; then rm -rf "$BENCH_WORK"; fi
  if [[ -n ${BENCH_KEEP:-} ]]; then log "kept $BENCH_WORK"; fi
}

# Stops a process this script started: TERM, then KILL after 15 s. It is then forgotten, so that the exit
# trap never signals a process id the system may since have given to someone else's process.
bench_stop() {
  local pid=$1 i kept=()
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 150; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
  for i in "${BENCH_PIDS[@]+"${BENCH_PIDS[@]}"}"; do
    [[ $i == "$pid" ]] || kept+=("$i")
  done
  BENCH_PIDS=("${kept[@]+"${kept[@]}"}")
}

# bench_packages command:package ... — installs the Debian packages of the commands that are missing.
# apt-get update runs only then. Debian starts a daemon when its package is installed (nginx on port 80):
# a policy-rc.d that answers 101 forbids that for the length of this install.
bench_packages() {
  local missing=() pair command
  for pair in "$@"; do
    command=${pair%%:*}
    command -v "$command" >/dev/null 2>&1 || [[ -x /usr/sbin/$command ]] || missing+=("${pair##*:}")
  done
  ((${#missing[@]})) || return 0
  log "installing Debian packages: ${missing[*]}"
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    BENCH_POLICY_RC=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' | as_root tee "$BENCH_POLICY_RC" >/dev/null
    as_root chmod 755 "$BENCH_POLICY_RC"
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  if [[ -n $BENCH_POLICY_RC ]]; then as_root rm -f "$BENCH_POLICY_RC"; BENCH_POLICY_RC=""; fi
}

# Publishes the portal in Release to $BENCH_WORK/app as the README deploys it: for linux-x64, which makes the
# project publish ReadyToRun code (precompiled, less JIT at start-up; the runtime still tiers it up).
# READY_TO_RUN=0 publishes without it, to compare.
bench_build() {
  command -v dotnet >/dev/null 2>&1 || die "the .NET SDK is needed (see README)"
  local args=(-c Release -r linux-x64 --self-contained false)
  if [[ ${READY_TO_RUN:-1} == 0 ]]; then
    args+=(-p:PublishReadyToRun=false)
  fi
  log "dotnet publish ${args[*]}"
  dotnet publish "$BENCH_REPO/src/Trygghet.Portal.Web" "${args[@]}" -o "$BENCH_WORK/app" --nologo -v quiet >"$BENCH_WORK/build.log" 2>&1 \
    || { cat "$BENCH_WORK/build.log" >&2; die "build failed"; }
}

# bench_certificates — a throw-away signing and encryption certificate (PFX) for the OpenID Connect server:
# Production refuses to start without configured ones (a site must never mint its own keys unnoticed).
bench_certificates() {
  local dir=$BENCH_WORK/certificates use
  [[ -f $dir/signing.pfx ]] && return 0
  mkdir -p "$dir"
  for use in signing encryption; do
    openssl req -x509 -newkey rsa:2048 -nodes -days 7 -subj "/CN=trygghet-bench-$use" \
      -keyout "$dir/$use.key" -out "$dir/$use.crt" >/dev/null 2>&1 || die "openssl could not make the $use certificate"
    openssl pkcs12 -export -inkey "$dir/$use.key" -in "$dir/$use.crt" -out "$dir/$use.pfx" -passout pass:bench >/dev/null 2>&1 \
      || die "openssl could not export the $use certificate"
  done
}

# bench_start_portal NAME PORT DATADIR [VAR=value ...] — starts the published portal in Production on
# 127.0.0.1:PORT with its SQLite database in DATADIR; sets BENCH_PID. Output goes to $BENCH_WORK/NAME.log.
bench_start_portal() {
  local name=$1 port=$2 data=$3 certs
  shift 3
  mkdir -p "$data"
  bench_certificates
  certs=$BENCH_WORK/certificates
  (
    cd "$BENCH_WORK/app"
    exec env ASPNETCORE_ENVIRONMENT=Production App__DataPath="$data" Database__Provider=Sqlite App__PublicBaseUrl="http://127.0.0.1:$port" \
      Modules__Identity__OpenId__SigningCertificate__Path="$certs/signing.pfx" Modules__Identity__OpenId__SigningCertificate__Password=bench \
      Modules__Identity__OpenId__EncryptionCertificate__Path="$certs/encryption.pfx" Modules__Identity__OpenId__EncryptionCertificate__Password=bench \
      "$@" ./Trygghet.Portal.Web --urls "http://127.0.0.1:$port"
  ) >"$BENCH_WORK/$name.log" 2>&1 &
  BENCH_PID=$!
  BENCH_PIDS+=("$BENCH_PID")
}

# The environment of an unattended demo setup.
bench_demo_setup() {
  printf '%s\n' Setup__Recipe=demo "Setup__AdminEmail=$BENCH_ADMIN_EMAIL" "Setup__AdminPassword=$BENCH_ADMIN_PASSWORD"
}

# bench_wait_ok URL SECONDS PID — waits for a 200; fails when the process dies or time runs out.
bench_wait_ok() {
  local url=$1 seconds=$2 pid=$3 deadline
  deadline=$((SECONDS + seconds))
  while ((SECONDS < deadline)); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true) == 200 ]] && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

# Milliseconds since the epoch.
bench_now_ms() { echo $(($(date +%s%N) / 1000000)); }

# Peak resident set (VmHWM) and current resident set (VmRSS) of a process, in MB.
bench_rss_mb() { awk -v key="$2:" '$1 == key { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

bench_load() { cut -d' ' -f1-3 /proc/loadavg; }

# bench_wrk OUTFILE CONNECTIONS SECONDS URL [wrk args...] — one wrk run with latency percentiles.
bench_wrk() {
  local out=$1 connections=$2 seconds=$3 url=$4
  shift 4
  local threads=${WRK_THREADS:-$(nproc)}
  ((threads > connections)) && threads=$connections
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout "${WRK_TIMEOUT:-2s}" --latency "$@" "$url" >"$out" 2>&1 \
    || { cat "$out" >&2; die "wrk failed against $url"; }
}

# Fields of a wrk output: rps, p50, p75, p90, p99 (ms), requests, errors (socket errors + non-2xx/3xx).
wrk_field() {
  local file=$1 field=$2
  awk -v field="$field" '
    function ms(v) {
      if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
      if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
      if (v ~ /m$/) return substr(v, 1, length(v) - 1) * 60000
      if (v ~ /s$/) return substr(v, 1, length(v) - 1) * 1000
      return v + 0
    }
    /^Requests\/sec:/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) } /^ +75%/ { p75 = ms($2) } /^ +90%/ { p90 = ms($2) } /^ +99%/ { p99 = ms($2) }
    / requests in / { requests = $1 }
    /Socket errors:/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
    /Non-2xx or 3xx responses:/ { errors += $5 }
    END {
      if (field == "rps") printf "%.0f", rps
      else if (field == "p50") printf "%.2f", p50
      else if (field == "p75") printf "%.2f", p75
      else if (field == "p90") printf "%.2f", p90
      else if (field == "p99") printf "%.2f", p99
      else if (field == "requests") printf "%d", requests
      else if (field == "errors") printf "%d", errors
    }' "$file"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "n/a" }'; }

# The machine, the date and the commit, for the results' header.
bench_describe() {
  local cpu
  cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
  echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit:  $(git -C "$BENCH_REPO" rev-parse --short HEAD)$(git -C "$BENCH_REPO" diff --quiet HEAD -- src themes || echo ' (with uncommitted changes)')"
  echo "machine: $(nproc) CPUs ($cpu), $(awk '/^MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) memory, $(uname -sr)"
  echo ".NET:    $(dotnet --version) SDK, Release, $([[ ${READY_TO_RUN:-1} == 0 ]] && echo 'JIT only' || echo 'ReadyToRun (linux-x64)')${PORTAL_ENV:+, portal environment: $PORTAL_ENV}; load average at start: $(bench_load)"
}
