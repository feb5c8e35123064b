#!/usr/bin/env bash
# Load benchmark of a running ./tessera up stack with wrk (apt-get install wrk).
#   bench/run.sh create            ticket creation through the REST API at 1, 8 and 32 concurrent clients
#   bench/run.sh seed [N]          seeds tenant acme with N tickets (default 1,000,000) straight into its schema
#   bench/run.sh queue             queue pages over acme at 1, 8 and 32 clients (mixed views), then each view alone
#   bench/run.sh seed-kb [T] [N] [M]  knowledge search set-up: T tenants (default 100; acme, globex and kb-003…
#                                  created through the control-plane API), N published articles in acme (100,000)
#                                  and M in every other tenant (1,000) by SQL, then each tenant's reindex (timed)
#   bench/run.sh search            knowledge search as end users: {acme alone, all benchmark tenants round-robin}
#                                  x {1, 32 clients}, after a warm-up; also prints the server's tookMillis and how
#                                  many answers came from its cache (1-client rows)
#   bench/run.sh search-writes     all benchmark tenants round-robin at CLIENTS ("1 8") while an agent of WRITER
#                                  (globex) changes an article's audience every WRITE_INTERVAL (1) seconds: how
#                                  many answers still come from the cache when one tenant writes
# Settings: TESSERA_HOME (.tessera), TESSERA_HTTP_PORT (8080), DURATION (30s), TENANT (acme), CLIENTS ("1 32", search).
# Besides wrk's figures it prints the CPU the server (WildFly) and PostgreSQL spent per request, which says more
# than throughput on a machine shared with other work.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export TESSERA_HOME=${TESSERA_HOME:-$here/../.tessera}
base=http://localhost:${TESSERA_HTTP_PORT:-8080}
duration=${DURATION:-30s}
export TENANT=${TENANT:-acme}
creds=$TESSERA_HOME/credentials.json

wildfly_pid() { pgrep -f "D\[Standalone\].*$TESSERA_HOME" | head -1; }
postmaster_pid() { head -1 "$TESSERA_HOME/postgres/postmaster.pid"; }
# cumulative CPU time (clock ticks) of WildFly and of PostgreSQL (postmaster and its backends)
cpu() {
  python3 - "$(wildfly_pid)" "$(postmaster_pid)" <<'PY'
import os, sys
w, p = sys.argv[1], sys.argv[2]
def ticks(pid):
    try:
        f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return int(f[11]) + int(f[12]), f[1]   # utime + stime, ppid
    except OSError:
        return 0, None
pg = 0
for pid in filter(str.isdigit, os.listdir("/proc")):
    t, ppid = ticks(pid)
    if pid == p or ppid == p:
        pg += t
print(ticks(w)[0], pg)
PY
}

# one wrk run; prints a markdown table row
measure() { # label connections script url
  local label=$1 c=$2 script=$3 url=$4 t=$(( $2 < 2 ? 1 : 2 ))
  if [ -n "${TOKEN_TENANTS:-}" ]; then                   # search: end-user tokens of these tenants
    python3 "$here/kb.py" tokens "$TOKENS" $TOKEN_TENANTS
  else
    TOKEN=$("$here/token.sh" "$TENANT" "$TENANT-agent")   # tokens live 5 minutes: a fresh one per run
  fi
  read -r w0 p0 < <(cpu)
  local out; out=$(wrk -t"$t" -c"$c" -d"$duration" --timeout "${WRK_TIMEOUT:-2s}" --latency -s "$here/$script" "$url" 2>&1)
  read -r w1 p1 < <(cpu)
  python3 - "$label" "$c" "$w0" "$w1" "$p0" "$p1" "$(uptime | sed 's/.*load average: //')" <<PY
import re, sys
out = """$out"""
label, c, w0, w1, p0, p1, load = sys.argv[1:]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
n = int(re.search(r"(\d+) requests in", out).group(1))
lat = dict(re.findall(r"^\s+(50|90|99)%\s+(\S+)", out, re.M))
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
sock = re.search(r"Socket errors: (.*)", out)
hz = 100.0  # clock ticks per second (getconf CLK_TCK)
ms = lambda a, b: (int(b) - int(a)) * 1000.0 / hz / max(n, 1)
print(f"| {label} | {c} | {rps:.0f} | {lat.get('50')} | {lat.get('90')} | {lat.get('99')} | "
      f"{ms(w0, w1):.1f} | {ms(p0, p1):.1f} | {errors.group(1) if errors else 0}{' / ' + sock.group(1) if sock else ''} | {load} |")
PY
  if [ -n "${TOKEN_TENANTS:-}" ]; then echo "$out" | grep tookMillis | sed "s/^/  ($label, $c clients) /" >&2 || true; fi
}

header() {
  echo "| run | clients | req/s | p50 | p90 | p99 | WildFly CPU ms/req | PostgreSQL CPU ms/req | errors | load avg (1/5/15 min) |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
}

export TOKEN; TOKEN=$("$here/token.sh" "$TENANT" "$TENANT-agent")
case ${1:-} in
  create)
    DURATION=15s measure warm-up 8 create-ticket.lua "$base/api/t/$TENANT/tickets" > /dev/null
    header
    for c in 1 8 32; do measure create "$c" create-ticket.lua "$base/api/t/$TENANT/tickets"; done
    ;;
  seed)
    n=${2:-1000000}
    agent=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$base/api/t/$TENANT/me" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    admin=$("$here/token.sh" "$TENANT" "$TENANT-admin")
    group=$(curl -fsS -H "Authorization: Bearer $admin" "$base/api/t/$TENANT/groups" | python3 -c '
import json, sys
g = [g["id"] for g in json.load(sys.stdin) if g["name"] == "Service desk"]
print(g[0] if g else "")')
    if [ -z "$group" ]; then
      group=$(curl -fsS -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
        -d '{"name":"Service desk","description":"first line"}' "$base/api/t/$TENANT/groups" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    fi
    curl -fsS -o /dev/null -X PUT -H "Authorization: Bearer $admin" "$base/api/t/$TENANT/groups/$group/members/$agent"
    read -r jdbc user password < <(python3 -c "
import json; d = json.load(open('$creds'))['database']; print(d['jdbcUrl'], d['username'], d['password'])")
    hostport=${jdbc#jdbc:postgresql://}; hostport=${hostport%%/*}
    PGPASSWORD=$password psql -h "${hostport%%:*}" -p "${hostport##*:}" -U "$user" -d tessera -v ON_ERROR_STOP=1 \
      -v schema="t_${TENANT//-/_}" -v n="$n" -v agent="$agent" -v grp="$group" -f "$here/seed-tickets.sql"
    ;;
  queue)
    export AGENT; AGENT=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$base/api/t/$TENANT/me" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    export GROUP; GROUP=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$base/api/t/$TENANT/groups" | python3 -c '
import json, sys; print([g["id"] for g in json.load(sys.stdin) if g["name"] == "Service desk"][0])')
    export AFTER; AFTER=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$base/api/t/$TENANT/tickets?createdTo=2025-12-01T00:00:00Z&limit=1" \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["next"])')
    total=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$base/api/t/$TENANT/tickets/counts" | python3 -c 'import json,sys; print(sum(json.load(sys.stdin).values()))')
    echo "tickets in $TENANT: $total"
    DURATION=15s measure warm-up 8 queue.lua "$base" > /dev/null
    header
    for c in 1 8 32; do measure "queue (mixed views)" "$c" queue.lua "$base"; done
    for v in 1 2 3 4 5 6 7 8 9 10; do
      export VIEW=$v
      DURATION=10s measure "queue view $v" 8 queue.lua "$base"
    done
    unset VIEW
    ;;
  seed-kb)
    python3 "$here/kb.py" seed "${2:-100}" "${3:-100000}" "${4:-1000}"
    ;;
  search)
    export TOKENS; TOKENS=$(mktemp); trap 'rm -f "$TOKENS"' EXIT
    export QUERIES=$here/../platform/app/src/test/resources/relevance/queries.tsv
    all=$(python3 -c "import json; print(' '.join(t['slug'] for t in json.load(open('$TESSERA_HOME/kb-bench.json'))['tenants']))")
    echo "benchmark tenants: $(echo $all | wc -w); $(date -u '+%F %H:%M UTC'); $DURATION per run"
    export WRK_TIMEOUT=${WRK_TIMEOUT:-10s}   # slow answers are measured, not dropped
    TOKEN_TENANTS=$TENANT DURATION=${WARMUP:-30s} measure warm-up 8 search.lua "$base" > /dev/null
    TOKEN_TENANTS=$all DURATION=${WARMUP:-30s} measure warm-up 8 search.lua "$base" > /dev/null
    header
    for c in ${CLIENTS:-1 32}; do
      # above one client the load generator does not read the bodies (LIGHT=1, see search.lua)
      export LIGHT=$([ "$c" -gt 1 ] && echo 1 || echo 0)
      TOKEN_TENANTS=$TENANT measure "search, $TENANT (100k articles)" "$c" search.lua "$base"
      TOKEN_TENANTS=$all measure "search, $(echo $all | wc -w) tenants round-robin" "$c" search.lua "$base"
    done
    unset LIGHT
    ;;
  search-writes)
    export TOKENS; TOKENS=$(mktemp); trap 'rm -f "$TOKENS"' EXIT
    export QUERIES=$here/../platform/app/src/test/resources/relevance/queries.tsv
    all=$(python3 -c "import json; print(' '.join(t['slug'] for t in json.load(open('$TESSERA_HOME/kb-bench.json'))['tenants']))")
    echo "benchmark tenants: $(echo $all | wc -w); writer ${WRITER:-globex} every ${WRITE_INTERVAL:-1} s; $(date -u '+%F %H:%M UTC'); $DURATION per run"
    export WRK_TIMEOUT=${WRK_TIMEOUT:-10s} LIGHT=0   # bodies are read: the cache hits are counted
    TOKEN_TENANTS=$all DURATION=${WARMUP:-30s} measure warm-up 8 search.lua "$base" > /dev/null
    header
    for c in ${CLIENTS:-1 8}; do
      TOKEN_TENANTS=$all measure "search, $(echo $all | wc -w) tenants, no writes" "$c" search.lua "$base"
      secs=$(( ${DURATION%s} + 5 ))
      python3 "$here/kb.py" write "${WRITER:-globex}" "$secs" "${WRITE_INTERVAL:-1}" &
      writer=$!
      sleep 2
      TOKEN_TENANTS=$all measure "search, $(echo $all | wc -w) tenants, ${WRITER:-globex} writing" "$c" search.lua "$base"
      wait "$writer"
    done
    ;;
  *) sed -n '2,17p' "$0"; exit 2 ;;
esac
