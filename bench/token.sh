#!/usr/bin/env bash
# Prints an access token of a demo user of a running ./tessera up stack: token.sh <tenant> <username>
set -euo pipefail
home=${TESSERA_HOME:-$(cd "$(dirname "$0")/.." && pwd)/.tessera}
read -r url password < <(python3 - "$home/credentials.json" "$1" "$2" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
t = next(t for t in d["tenants"] if t["slug"] == sys.argv[2])
u = next(u for u in t["users"] if u["username"] == sys.argv[3])
print(t["tokenUrl"], u["password"])
PY
)
curl -fsS "$url" -d grant_type=password -d client_id=tessera-cli -d "username=$2" --data-urlencode "password=$password" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
