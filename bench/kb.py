#!/usr/bin/env python3
"""Knowledge-search benchmark helper for a running ./tessera up stack (used by bench/run.sh).

  kb.py seed [TENANTS] [BIG_N] [SMALL_N]
      makes sure TENANTS tenants exist (acme, globex and kb-003 ... created through the control-plane API, each with
      an end user), seeds BIG_N published articles into acme and SMALL_N into every other tenant by SQL
      (bench/seed-kb.sql; tenants that already have them are skipped), then rebuilds each seeded tenant's search
      index through the tenant admin API and waits until its index health is "ok"; prints the timings.
  kb.py tokens FILE [TENANT ...]
      writes "<tenant> <end-user access token>" lines for the given tenants (default: all benchmark tenants).
  kb.py write TENANT SECONDS INTERVAL
      an agent of TENANT (its demo agent) changes one published article's audience (everyone <-> agents, so the
      article's index document changes) every INTERVAL seconds for SECONDS seconds; prints how many writes.

State (the benchmark tenants' logins) is kept in $TESSERA_HOME/kb-bench.json next to credentials.json.
Only the standard library: urllib, subprocess (psql).
"""
import concurrent.futures
import json
import os
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
HOME = os.environ.get("TESSERA_HOME") or os.path.join(HERE, "..", ".tessera")
CREDS = json.load(open(os.path.join(HOME, "credentials.json")))
STATE_FILE = os.path.join(HOME, "kb-bench.json")
API = CREDS["apiUrl"]
KEYCLOAK = CREDS["keycloak"]["url"]
CLIENT = CREDS["operator"]["clientId"]
VOCAB = os.path.join(HERE, "..", "platform", "app", "src", "test", "resources", "relevance", "articles.tsv")
BIG_TENANT = "acme"


def log(*a):
    print(time.strftime("%H:%M:%S"), *a, flush=True)


def http(method, url, token=None, body=None, form=None, timeout=120):
    headers = {"Accept": "application/json"}
    data = None
    if token:
        headers["Authorization"] = "Bearer " + token
    if body is not None:
        headers["Content-Type"] = "application/json"
        data = json.dumps(body).encode()
    if form is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        data = urllib.parse.urlencode(form).encode()
    req = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            raw = r.read()
            return r.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as e:
        raw = e.read()
        try:
            return e.code, json.loads(raw)
        except ValueError:
            return e.code, raw.decode(errors="replace")


def token(realm, username, password):
    for attempt in range(20):
        s, b = http("POST", f"{KEYCLOAK}/realms/{realm}/protocol/openid-connect/token",
                    form={"grant_type": "password", "client_id": CLIENT, "username": username, "password": password})
        if s == 200:
            return b["access_token"]
        time.sleep(2)
    raise SystemExit(f"no token for {username}@{realm}: {s} {b}")


def load_state():
    if os.path.exists(STATE_FILE):
        return json.load(open(STATE_FILE))
    state = {"tenants": []}
    for t in CREDS["tenants"]:
        def user(role):
            return next(u for u in t["users"] if role in u["roles"])
        state["tenants"].append({"slug": t["slug"],
                                 "admin": [user("tenant-admin")["username"], user("tenant-admin")["password"]],
                                 "user": [user("end-user")["username"], user("end-user")["password"]]})
    return state


def save_state(state):
    with open(STATE_FILE + ".tmp", "w") as f:
        json.dump(state, f, indent=1)
    os.replace(STATE_FILE + ".tmp", STATE_FILE)


def ensure_tenants(state, count):
    have = {t["slug"] for t in state["tenants"]}
    operator = None
    started = time.time()
    created = 0
    i = 0
    while len(state["tenants"]) < count:
        i += 1
        slug = f"kb-{i:03d}"
        if slug in have:
            continue
        if operator is None or created % 20 == 0:
            op = CREDS["operator"]
            operator = token(op["realm"], op["username"], op["password"])
        admin_pw = "Kb-" + secrets.token_hex(8) + "-pw"
        t0 = time.time()
        s, b = http("POST", f"{API}/admin/tenants", operator, {
            "slug": slug, "displayName": f"KB bench {i:03d}",
            "admin": {"username": f"{slug}-admin", "email": f"admin@{slug}.example.com", "firstName": "Bench",
                      "lastName": "Admin", "password": admin_pw}}, timeout=300)
        if s != 201:
            raise SystemExit(f"tenant {slug}: {s} {b}")
        user_pw = "Kb-" + secrets.token_hex(8) + "-pw"
        admin_token = token(slug, f"{slug}-admin", admin_pw)
        s, b = http("POST", f"{API}/t/{slug}/admin/users", admin_token, {
            "username": f"{slug}-user", "email": f"user@{slug}.example.com", "firstName": "Bench",
            "lastName": "User", "password": user_pw, "roles": ["end-user"]})
        if s != 201:
            raise SystemExit(f"user of {slug}: {s} {b}")
        state["tenants"].append({"slug": slug, "admin": [f"{slug}-admin", admin_pw], "user": [f"{slug}-user", user_pw]})
        save_state(state)
        created += 1
        log(f"tenant {slug} created in {time.time() - t0:.1f} s ({len(state['tenants'])}/{count})")
    if created:
        log(f"{created} tenants created in {time.time() - started:.0f} s")


def psql(sql_args, stdin_file=None, query=None):
    d = CREDS["database"]
    hostport = d["jdbcUrl"].split("//", 1)[1].split("/", 1)[0]
    host, port = hostport.split(":")
    cmd = ["psql", "-h", host, "-p", port, "-U", d["username"], "-d", "tessera", "-v", "ON_ERROR_STOP=1", "-qAt"]
    cmd += sql_args
    if query:
        cmd += ["-c", query]
    env = dict(os.environ, PGPASSWORD=d["password"])
    stdin = open(stdin_file) if stdin_file else subprocess.DEVNULL
    r = subprocess.run(cmd, env=env, stdin=stdin, capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"psql failed ({r.returncode}): {r.stderr}")
    return r.stdout


def seed(state, big_n, small_n):
    seeded = []
    for t in state["tenants"]:
        schema = "t_" + t["slug"].replace("-", "_")
        n = big_n if t["slug"] == BIG_TENANT else small_n
        have = int(psql([], query=f'select count(*) from "{schema}".kb_article where number > 1000000').strip())
        if have >= n:
            continue
        if have:
            raise SystemExit(f"{schema} holds {have} seeded articles, fewer than {n}: reseed by hand")
        t0 = time.time()
        out = psql(["-v", f"schema={schema}", "-v", f"n={n}", "-f", os.path.join(HERE, "seed-kb.sql")],
                   stdin_file=VOCAB)
        log(f"{schema}: {n} articles inserted in {time.time() - t0:.1f} s ({out.strip().splitlines()[-1]})")
        seeded.append(t)
    return seeded


def admin_token(t):
    return token(t["slug"], *t["admin"])


def reindex(tenants):
    """Rebuilds the tenants' indexes one after another (the mass indexer of one tenant at a time)."""
    for t in tenants:
        tok = admin_token(t)
        t0 = time.time()
        s, b = http("POST", f"{API}/t/{t['slug']}/admin/search/reindex", tok)
        if s not in (200, 202):
            raise SystemExit(f"reindex {t['slug']}: {s} {b}")
        while True:
            time.sleep(1 if t["slug"] != BIG_TENANT else 5)
            if time.time() - t0 > 240:
                tok = admin_token(t)
            s, h = http("GET", f"{API}/t/{t['slug']}/admin/search/health", tok)
            if s == 401:
                tok = admin_token(t)
                continue
            last = (h or {}).get("lastReindex") or {}
            if s == 200 and last.get("state") == "failed":
                raise SystemExit(f"reindex {t['slug']} failed: {last}")
            if s == 200 and h.get("status") == "ok" and last.get("state") == "succeeded":
                break
        docs = sum(e["indexedDocuments"] for e in h["entities"])
        log(f"index of {t['slug']}: rebuilt in {time.time() - t0:.1f} s (server: {last.get('startedAt')} .. "
            f"{last.get('finishedAt')}), status {h['status']}, {docs} documents")


def tokens(state, path, slugs):
    wanted = [t for t in state["tenants"] if not slugs or t["slug"] in slugs]
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        toks = list(pool.map(lambda t: token(t["slug"], *t["user"]), wanted))
    with open(path, "w") as f:
        for t, tok in zip(wanted, toks):
            f.write(f"{t['slug']} {tok}\n")


def write(slug, seconds, interval):
    agent = next(u for t in CREDS["tenants"] if t["slug"] == slug for u in t["users"] if u["roles"] == ["agent"])
    tok, tok_at = token(slug, agent["username"], agent["password"]), time.time()
    base = f"{API}/t/{slug}/knowledge"
    s, page = http("GET", f"{base}/search?size=1", tok)
    if s != 200 or not page["hits"]:
        raise SystemExit(f"no article to change in {slug}: {s} {page}")
    number = page["hits"][0]["number"]
    writes, kinds, end = 0, ["agents", "everyone"], time.time() + seconds
    while time.time() < end:
        if time.time() - tok_at > 200:
            tok, tok_at = token(slug, agent["username"], agent["password"]), time.time()
        s, b = http("PUT", f"{base}/articles/{number}/classification", tok,
                    {"audience": {"kind": kinds[writes % 2]}})
        if s != 200:
            raise SystemExit(f"write {writes} failed: {s} {b}")
        writes += 1
        time.sleep(interval)
    http("PUT", f"{base}/articles/{number}/classification", tok, {"audience": {"kind": "everyone"}})
    log(f"{writes} audience changes of {slug} {number} in {seconds} s")


def main():
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    state = load_state()
    if cmd == "seed":
        count = int(sys.argv[2]) if len(sys.argv) > 2 else 100
        big_n = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
        small_n = int(sys.argv[4]) if len(sys.argv) > 4 else 1_000
        save_state(state)
        ensure_tenants(state, count)
        seeded = seed(state, big_n, small_n)
        t0 = time.time()
        reindex(seeded)
        if seeded:
            log(f"{len(seeded)} indexes rebuilt in {time.time() - t0:.0f} s")
    elif cmd == "tokens":
        tokens(state, sys.argv[2], sys.argv[3:])
    elif cmd == "write":
        write(sys.argv[2], float(sys.argv[3]), float(sys.argv[4]))
    else:
        print(__doc__)
        sys.exit(2)


if __name__ == "__main__":
    main()
