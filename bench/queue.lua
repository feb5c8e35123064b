-- wrk script: agents' queue pages over a big tenant (env TOKEN, TENANT, AGENT, GROUP, AFTER), rotating views.
wrk.headers["Accept"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")

local t = "/api/t/" .. os.getenv("TENANT") .. "/tickets?limit=25"
local views = {
  t,                                                        -- the whole queue, newest first
  t .. "&scope=assigned",                                   -- my work
  t .. "&group=" .. os.getenv("GROUP") .. "&open=true",     -- a group's open work
  t .. "&status=in_progress,on_hold&type=incident",         -- by status and type
  t .. "&priority=P1,P2&sort=priority",                     -- most urgent first
  t .. "&sort=-updated",                                    -- recently updated
  t .. "&assignee=" .. os.getenv("AGENT") .. "&sort=-priority",
  t .. "&q=printer",                                        -- text search
  t .. "&createdFrom=2026-01-01T00:00:00Z&createdTo=2026-02-01T00:00:00Z",
  t .. "&after=" .. os.getenv("AFTER"),                     -- a deep keyset page
}
local view = os.getenv("VIEW")
local i = 0
request = function()
  i = i + 1
  local path = view and views[tonumber(view)] or views[(i % #views) + 1]
  return wrk.format("GET", path)
end

local failures = 0
response = function(status, headers, body)
  if status ~= 200 then
    failures = failures + 1
    if failures <= 3 then
      io.stderr:write("unexpected " .. status .. ": " .. body .. "\n")
    end
  end
end
