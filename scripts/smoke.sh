#!/usr/bin/env bash
# Smoke test against a running `./tessera up`: sign-in, tickets, tenant isolation, tenant creation.
# Reads the logins from .tessera/credentials.json (or $TESSERA_HOME/credentials.json). Needs curl and jq.
# Prints PASS/FAIL per step; exits non-zero when a step fails.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
HOME_DIR=${TESSERA_HOME:-.tessera}
case $HOME_DIR in /*) ;; *) HOME_DIR=$ROOT/$HOME_DIR ;; esac
CREDENTIALS=$HOME_DIR/credentials.json

for tool in curl jq; do
  command -v "$tool" >/dev/null 2>&1 || { echo "smoke: '$tool' is needed" >&2; exit 2; }
done
[ -f "$CREDENTIALS" ] || { echo "smoke: no $CREDENTIALS; start the stack with ./tessera up" >&2; exit 2; }

API=$(jq -r '.apiUrl' "$CREDENTIALS")
KEYCLOAK=$(jq -r '.keycloak.url' "$CREDENTIALS")
CLIENT=$(jq -r '.operator.clientId' "$CREDENTIALS")
FAILURES=0
BODY=$(mktemp)
trap 'rm -f "$BODY"' EXIT

pass() { printf 'PASS  %s\n' "$1"; }
fail() {
  printf 'FAIL  %s\n' "$1"
  [ $# -gt 1 ] && printf '      %s\n' "$2"
  FAILURES=$((FAILURES + 1))
}

# user <slug> <role>: username and password of the demo user of that tenant with that role
user() {
  jq -r --arg s "$1" --arg r "$2" \
    '.tenants[] | select(.slug == $s) | .users[] | select(.roles | index($r)) | "\(.username) \(.password)"' \
    "$CREDENTIALS" | head -n1
}

# token <realm> <username> <password>: prints an access token (empty on failure; the answer is in $BODY)
token() {
  local status
  status=$(curl -s -o "$BODY" -w '%{http_code}' -X POST "$KEYCLOAK/realms/$1/protocol/openid-connect/token" \
    --data-urlencode grant_type=password --data-urlencode "client_id=$CLIENT" \
    --data-urlencode "username=$2" --data-urlencode "password=$3")
  [ "$status" = 200 ] && jq -r '.access_token' "$BODY"
}

# call <method> <path> <token> [json]: prints the status code; the body is in $BODY
call() {
  local args=(-s -o "$BODY" -w '%{http_code}' -X "$1" "$API$2" -H "Authorization: Bearer $3" -H 'Accept: application/json')
  [ $# -gt 3 ] && args+=(-H 'Content-Type: application/json' --data "$4")
  curl "${args[@]}"
}

answer() { printf '%s' "$(head -c 600 "$BODY")"; }

stamp=$(date +%s)-$RANDOM
title="Smoke test $stamp: monitor flickers"

# 1. acme's end user signs in
read -r acme_user acme_user_pw <<<"$(user acme end-user)"
acme_token=$(token acme "$acme_user" "$acme_user_pw")
if [ -n "$acme_token" ]; then pass "sign-in as $acme_user (realm acme)"; else fail "sign-in as $acme_user (realm acme)" "$(answer)"; fi

# 2. ... raises a ticket
status=$(call POST /t/acme/tickets "$acme_token" "$(jq -n --arg t "$title" '{title: $t, description: "raised by scripts/smoke.sh"}')")
if [ "$status" = 201 ]; then
  pass "create ticket in acme -> 201 ($(jq -r '.number // empty' "$BODY"))"
else
  fail "create ticket in acme -> expected 201, got $status" "$(answer)"
fi

# 3. ... and sees it in the list
status=$(call GET /t/acme/tickets "$acme_token")
if [ "$status" = 200 ] && jq -e --arg t "$title" '.items | any(.title == $t)' "$BODY" >/dev/null; then
  pass "acme's ticket list contains the new ticket"
else
  fail "acme's ticket list contains the new ticket (status $status)" "$(answer)"
fi

# 4. the acme token does not open globex
status=$(call GET /t/globex/tickets "$acme_token")
if [ "$status" = 401 ]; then pass "acme token on globex -> 401"; else fail "acme token on globex -> expected 401, got $status" "$(answer)"; fi

# 5. globex's agent sees no acme ticket
read -r globex_agent globex_agent_pw <<<"$(user globex agent)"
globex_token=$(token globex "$globex_agent" "$globex_agent_pw")
if [ -z "$globex_token" ]; then
  fail "sign-in as $globex_agent (realm globex)" "$(answer)"
else
  status=$(call GET /t/globex/tickets "$globex_token")
  if [ "$status" = 200 ] && jq -e --arg t "$title" '.items | all(.title != $t)' "$BODY" >/dev/null; then
    pass "globex agent's list ($(jq '.items | length' "$BODY") tickets) has no acme ticket"
  else
    fail "globex agent's list has no acme ticket (status $status)" "$(answer)"
  fi
fi

# 6. the operator creates a third tenant ...
slug="smoke-$(date +%s)-$((RANDOM % 1000))"
admin_pw="Smoke-$RANDOM-$RANDOM-pw"
operator_token=$(token "$(jq -r '.operator.realm' "$CREDENTIALS")" "$(jq -r '.operator.username' "$CREDENTIALS")" \
  "$(jq -r '.operator.password' "$CREDENTIALS")")
if [ -z "$operator_token" ]; then
  fail "sign-in as the MSP operator" "$(answer)"
else
  body=$(jq -n --arg s "$slug" --arg p "$admin_pw" '{slug: $s, displayName: "Smoke \($s)",
    admin: {username: "\($s)-admin", email: "admin@\($s).example.com", firstName: "Smoke", lastName: "Admin", password: $p}}')
  status=$(call POST /admin/tenants "$operator_token" "$body")
  if [ "$status" = 201 ]; then pass "operator creates tenant $slug -> 201"; else fail "operator creates tenant $slug -> expected 201, got $status" "$(answer)"; fi
fi

# 7. ... whose realm works: its admin signs in and /me answers
new_token=$(token "$slug" "$slug-admin" "$admin_pw")
if [ -z "$new_token" ]; then
  fail "sign-in as $slug-admin (realm $slug)" "$(answer)"
else
  pass "sign-in as $slug-admin (realm $slug)"
  status=$(call GET "/t/$slug/me" "$new_token")
  if [ "$status" = 200 ]; then pass "GET /api/t/$slug/me -> 200"; else fail "GET /api/t/$slug/me -> expected 200, got $status" "$(answer)"; fi
fi

echo
if [ "$FAILURES" -eq 0 ]; then
  echo "smoke: all steps passed"
else
  echo "smoke: $FAILURES step(s) failed"
  exit 1
fi
