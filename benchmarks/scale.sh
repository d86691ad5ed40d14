#!/usr/bin/env bash
# Does a list stay fast as its table grows? Times the same pages at SIZES rows (1,000 and 100,000) and
# reports the ratio largest/smallest (the issue's target: at most 1.5).
#
#   benchmarks/scale.sh
#   DATASETS=users SIZES="1000 10000" benchmarks/scale.sh
#
# Datasets (DATASETS, default "measures users"):
#   measures  the target of the issue: the action plan's measures, /atgardsplan (first, middle and last page, a
#             filter by goal and area), a measure's page and /api/v1/atgarder, with SIZE public measures (each
#             with two progress updates) added to the demo plan.
#   users     a stand-in on what exists today: the back office's paged user list /admin/users (first
#             page, last page, a search), signed in as the administrator. It exercises the same paging
#             code (PagedResult: COUNT plus OFFSET/LIMIT) the measures list will use; it is not the target.
#
# For each size: a fresh SQLite database with the unattended demo setup, the portal stopped, SIZE rows
# written by a small generator (one INSERT … WITH RECURSIVE in sqlite3, seconds for 100,000 rows), the
# portal started again on it (output cache off, see PORTAL_ENV), each page warmed up and then measured with
# wrk at CONNECTIONS connections for DURATION seconds. Settings: DATASETS, SIZES, CONNECTIONS, DURATION, WARMUP,
# PORTAL_PORT, PORTAL_ENV, READY_TO_RUN=0 (publish without ReadyToRun).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DATASETS=${DATASETS:-"measures users"}
SIZES=${SIZES:-"1000 100000"}
CONNECTIONS=${CONNECTIONS:-4}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-5}
PORTAL_PORT=${PORTAL_PORT:-5183}
# The output cache is off by default: a cached page costs the same at any table size, and what is measured here
# is whether the queries behind it stay fast (PORTAL_ENV= with nothing measures the cached site instead).
read -r -a portal_env <<<"${PORTAL_ENV-OutputCache__Enabled=false}"

bench_init
bench_packages wrk:wrk curl:curl sqlite3:sqlite3 openssl:openssl
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
bench_build
bench_describe | tee "$BENCH_WORK/machine.txt" >&2
mapfile -t demo < <(bench_demo_setup)
url="http://127.0.0.1:$PORTAL_PORT"

# --- Datasets: the pages to time, whether they need a sign-in, and the generator ------------------------
# *_pages TOTAL_ROWS prints "label<TAB>path" lines; the first path decides whether the dataset exists yet.
measures_pages() {
  printf '%s\t%s\n' "list page" /atgardsplan "middle page" "/atgardsplan?sida=$((($1 + 49) / 50))" \
    "last page" "/atgardsplan?sida=$((($1 + 24) / 25))" \
    "filtered by goal and area" "/atgardsplan?mal=okad-trygghet&omrade=skaggetorp" \
    "a measure with its timeline" "/atgardsplan/bench-000500" "API, first page" "/api/v1/atgarder?antal=100"
}
measures_needs_admin() { return 1; }
generate_measures() { # generate_measures DB N — public measures in the demo's plan in force, each with a goal and an area
  sqlite3 "$1" <<SQL
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $2)
INSERT INTO followup_Measures (Id, PlanId, Slug, Title, StatusId, Progress, TotalProgress, HasChildren, Classification, Targets, Version)
SELECT printf('00000000-0000-4000-8000-%012d', i),
  (SELECT Id FROM followup_ActionPlans WHERE Slug = 'atgardsplan-2026-2027'),
  printf('bench-%06d', i), printf('Teståtgärd %06d', i),
  (SELECT Id FROM followup_MeasureStatuses WHERE Key = 'pagar'), i % 101, i % 101, 0, 'Offentlig', '[]',
  -- A Guid as EF Core stores it (the D format): the pages read the concurrency version back.
  printf('%s-%s-4%s-8%s-%s', hex(randomblob(4)), hex(randomblob(2)), substr(hex(randomblob(2)), 2), substr(hex(randomblob(2)), 2), hex(randomblob(6)))
FROM n;
INSERT INTO followup_MeasureGoals (GoalId, MeasureId)
SELECT (SELECT Id FROM followup_Goals WHERE Slug = 'okad-trygghet'), Id FROM followup_Measures WHERE Slug LIKE 'bench-%';
INSERT INTO followup_MeasureAreas (AreaId, MeasureId)
SELECT (SELECT Id FROM followup_Areas WHERE Slug = 'skaggetorp'), Id FROM followup_Measures WHERE Slug LIKE 'bench-%';
-- Two progress updates per measure, so the timelines' table grows with the list (2 × SIZE rows).
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $2), k(j) AS (VALUES (1), (2))
INSERT INTO followup_ProgressUpdates (Id, MeasureId, Date, StatusId, Progress, Text, Author, CreatedUtc)
SELECT printf('00000000-0000-4000-%04d-%012d', 8000 + j, i), printf('00000000-0000-4000-8000-%012d', i),
  printf('2026-%02d-15', 3 + 4 * j), (SELECT Id FROM followup_MeasureStatuses WHERE Key = 'pagar'),
  (i % 101) / j, printf('Lägesrapport %d för teståtgärd %06d', j, i), 'bench@example.se', '2026-09-01 00:00:00'
FROM n, k;
-- What the portal does on every change to a plan's measures (ADR 18): a new rollup stamp, so the totals stored
-- before these rows existed are not read.
UPDATE followup_ActionPlans SET RollupStamp = upper(printf('%s-%s-4%s-8%s-%s', hex(randomblob(4)), hex(randomblob(2)),
  substr(hex(randomblob(2)), 2), substr(hex(randomblob(2)), 2), hex(randomblob(6))));
COMMIT;
SQL
}

users_pages() {
  printf '%s\t%s\n' "first page" "/admin/users" "last page" "/admin/users?sida=$((($1 + 24) / 25))" \
    "search, one hit" "/admin/users?q=person-000500"
}
users_needs_admin() { return 0; }
generate_users() { # generate_users DB N — staff accounts without passwords, as the Users recipe step makes them
  sqlite3 "$1" <<SQL
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $2)
INSERT INTO identity_AspNetUsers (Id, DisplayName, CreatedAt, UserName, NormalizedUserName, Email, NormalizedEmail,
  EmailConfirmed, SecurityStamp, ConcurrencyStamp, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount)
SELECT printf('bench-%08d', i), printf('Person %06d', i), '2026-01-01 00:00:00+00:00',
  printf('person-%06d@example.se', i), upper(printf('person-%06d@example.se', i)),
  printf('person-%06d@example.se', i), upper(printf('person-%06d@example.se', i)),
  1, upper(hex(randomblob(16))), lower(hex(randomblob(16))), 0, 0, 1, 0
FROM n;
COMMIT;
SQL
}
users_count() { sqlite3 "$1" "SELECT COUNT(*) FROM identity_AspNetUsers"; }
measures_count() { echo "$2"; }

# Signs in as the administrator; prints the Cookie header value.
sign_in() {
  local jar=$BENCH_WORK/cookies.txt token code
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "$url/konto/logga-in" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  [[ -n $token ]] || die "no antiforgery token on the sign-in page"
  code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "Input.Email=$BENCH_ADMIN_EMAIL" \
    --data-urlencode "Input.Password=$BENCH_ADMIN_PASSWORD" --data-urlencode "__RequestVerificationToken=$token" "$url/konto/logga-in")
  [[ $code == 302 ]] || die "sign-in answered $code"
  awk -F'\t' 'NF >= 7 && ($1 !~ /^#/ || $1 ~ /^#HttpOnly_/) { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar"
}

declare -A p50 p99 rps generated shown first_ms
results=()
pending=()
for dataset in $DATASETS; do
  declare -F "${dataset}_pages" >/dev/null || die "unknown dataset $dataset"
  for size in $SIZES; do
    data=$BENCH_WORK/$dataset-$size
    bench_start_portal "$dataset-$size-setup" "$PORTAL_PORT" "$data" "${demo[@]}" "${portal_env[@]}"
    bench_wait_ok "$url/health/ready" 180 "$BENCH_PID" || die "the portal did not become ready"
    first=$("${dataset}_pages" 0 | head -n 1 | cut -f2)
    if [[ $(curl -s -o /dev/null -w '%{http_code}' "$url$first") == 404 ]]; then
      bench_stop "$BENCH_PID"
      log "$dataset: $first answers 404, so this dataset is pending (its module is not built yet)"
      pending+=("$dataset ($first answers 404)")
      continue 2
    fi
    bench_stop "$BENCH_PID"

    started=$(bench_now_ms)
    "generate_$dataset" "$data/portal.db" "$size"
    generated[$dataset $size]=$(($(bench_now_ms) - started))
    total=$("${dataset}_count" "$data/portal.db" "$size")
    log "$dataset: $size rows generated in ${generated[$dataset $size]} ms ($total in the table)"

    bench_start_portal "$dataset-$size" "$PORTAL_PORT" "$data" "${portal_env[@]}"
    bench_wait_ok "$url/health/ready" 180 "$BENCH_PID" || die "the portal did not become ready on the generated data"
    headers=()
    if "${dataset}_needs_admin"; then headers=(-H "Cookie: $(sign_in)"); fi
    mapfile -t pages < <("${dataset}_pages" "$total")
    for entry in "${pages[@]}"; do
      label=${entry%%$'\t'*} page=${entry#*$'\t'}
      # The first request of each page: for the first page after start it includes compiling the page and, for the
      # action plan, computing the plan's roll-ups from the generated rows (ADR 18).
      read -r code first_seconds < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "${headers[@]}" "$url$page")
      [[ $code == 200 ]] || die "$page answered $code"
      first_ms[$dataset|$label|$size]=$(awk -v s="$first_seconds" 'BEGIN { printf "%.0f", s * 1000 }')
      bench_wrk "$BENCH_WORK/warmup.txt" "$CONNECTIONS" "$WARMUP" "$url$page" "${headers[@]}"
      out=$BENCH_WORK/wrk-$dataset-$size-$(printf '%s' "$page" | tr -c 'a-zA-Z0-9' '_').txt
      log "wrk -c$CONNECTIONS -d${DURATION}s $page ($dataset, $size rows)"
      bench_wrk "$out" "$CONNECTIONS" "$DURATION" "$url$page" "${headers[@]}"
      if [[ $(wrk_field "$out" errors) != 0 ]]; then log "note: $(wrk_field "$out" errors) errors on $page"; fi
      key="$dataset|$label|$size"
      p50[$key]=$(wrk_field "$out" p50) p99[$key]=$(wrk_field "$out" p99) rps[$key]=$(wrk_field "$out" rps)
      shown[$dataset|$label|$size]=$page
      if [[ " ${results[*]-} " != *" $dataset|$label "* ]]; then results+=("$dataset|$label"); fi
    done
    bench_stop "$BENCH_PID"
  done
done

echo
cat "$BENCH_WORK/machine.txt"
echo "wrk:     $CONNECTIONS connections, ${DURATION}s per page after ${WARMUP}s warm-up; load average at the end: $(bench_load)"
read -r -a sizes <<<"$SIZES"
small=${sizes[0]} large=${sizes[${#sizes[@]} - 1]}
if ((${#results[@]})); then
  echo
  echo "| Dataset | Page | $(printf 'p50 at %s (ms) | ' "${sizes[@]}")p50 ratio $large/$small | $(printf 'p99 at %s (ms) | ' "${sizes[@]}")req/s ratio $small/$large | $(printf 'first request at %s (ms) | ' "${sizes[@]}")"
  echo "|---|---|$(printf -- '---:|%.0s' "${sizes[@]}")---:|$(printf -- '---:|%.0s' "${sizes[@]}")---:|$(printf -- '---:|%.0s' "${sizes[@]}")"
  for result in "${results[@]}"; do
    dataset=${result%%|*} label=${result#*|}
    row="| $dataset | $label (\`${shown[$result|$large]}\`) |"
    for size in "${sizes[@]}"; do row+=" ${p50[$result|$size]} |"; done
    row+=" $(ratio "${p50[$result|$large]}" "${p50[$result|$small]}") |"
    for size in "${sizes[@]}"; do row+=" ${p99[$result|$size]} |"; done
    row+=" $(ratio "${rps[$result|$small]}" "${rps[$result|$large]}") |"
    for size in "${sizes[@]}"; do row+=" ${first_ms[$result|$size]} |"; done
    echo "$row"
  done
  echo
  for dataset in $DATASETS; do
    for size in "${sizes[@]}"; do
      if [[ -n ${generated[$dataset $size]-} ]]; then echo "Generated $size $dataset rows in ${generated[$dataset $size]} ms."; fi
    done
  done
fi
if ((${#pending[@]})); then
  echo
  echo "Pending: ${pending[*]}."
fi
