-- wrk script: knowledge search as end users (audience filter active), rotating realistic queries over one or many
-- tenants. Env: TOKENS (file of "<tenant> <access token>" lines; every line is used, round-robin),
-- QUERIES (the relevance collection's queries.tsv: Chinese without spaces, English, typos, synonyms).
-- At the end it prints the server-side search time (the response's tookMillis) percentiles, how many answers came
-- from the server's cache of recent answers ("cached": true) and the non-200 count.
-- LIGHT=1 skips reading the responses (wrk still counts non-2xx answers): reading every body in Lua costs the load
-- generator about a fifth of a core at 3,000 answers/s, CPU the server shares on a 2-core machine.

local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local tenants, tokens = {}, {}
for line in io.lines(os.getenv("TOKENS")) do
  local slug, tok = line:match("^(%S+)%s+(%S+)$")
  if slug then
    tenants[#tenants + 1] = slug
    tokens[#tokens + 1] = tok
  end
end

local queries = {}
for line in io.lines(os.getenv("QUERIES")) do
  if not line:match("^#") then
    local q = line:match("^[^\t]+\t([^\t]+)")
    if q then queries[#queries + 1] = q end
  end
end
-- more typos, synonyms and longer questions people type into a portal
for _, q in ipairs({ "outlok calendar", "netwrk printer ofline", "two factor", "MFA lost phone", "vpn 断开",
  "wlan", "电脑 很慢 怎么办", "how do I reset my password", "打印机", "邮件", "screen sharing teams",
  "license activation", "restore file from backup", "certificate error browser", "磁盘满了" }) do
  queries[#queries + 1] = q
end

local counter = 0

setup = function(thread)
  counter = counter + 1
  thread:set("offset", counter * 7919)
end

init = function(args)
  i = offset or 0
  tooks = {}
  failures = 0
  seen = 0
  hits = 0
end

request = function()
  i = i + 1
  local t = (i % #tenants) + 1
  local q = queries[(math.floor(i / #tenants) + i) % #queries + 1]
  return wrk.format("GET", "/api/t/" .. tenants[t] .. "/knowledge/search?q=" .. urlencode(q), {
    ["Accept"] = "application/json",
    ["Authorization"] = "Bearer " .. tokens[t],
  })
end

response = function(status, headers, body)
  if status ~= 200 then
    failures = failures + 1
    if failures <= 3 then
      io.stderr:write("unexpected " .. status .. ": " .. body:sub(1, 300) .. "\n")
    end
    return
  end
  if body:find('"cached":true', 1, true) then
    hits = hits + 1
  end
  local took = body:match('"tookMillis"%s*:%s*(%d+)')
  if took then
    local ms = tonumber(took)
    tooks[ms] = (tooks[ms] or 0) + 1
    seen = seen + 1
  end
end

light = os.getenv("LIGHT") == "1"
if light then
  response = nil
end

local threads = {}
local old_setup = setup
setup = function(thread)
  old_setup(thread)
  threads[#threads + 1] = thread
end

done = function(summary, latency, requests)
  if light then
    return
  end
  local merged, n, fails, cached = {}, 0, 0, 0
  for _, t in ipairs(threads) do
    for ms, c in pairs(t:get("tooks")) do
      merged[ms] = (merged[ms] or 0) + c
      n = n + c
    end
    fails = fails + t:get("failures")
    cached = cached + t:get("hits")
  end
  local keys = {}
  for ms in pairs(merged) do keys[#keys + 1] = ms end
  table.sort(keys)
  local function pct(p)
    local want, acc = n * p, 0
    for _, ms in ipairs(keys) do
      acc = acc + merged[ms]
      if acc >= want then return ms end
    end
    return -1
  end
  io.write(string.format("tookMillis p50 %d p90 %d p99 %d max %d over %d responses (%d from the cache); non-200: %d; tenants %d, queries %d\n",
    pct(0.5), pct(0.9), pct(0.99), keys[#keys] or -1, n, cached, fails, #tenants, #queries))
end
