-- wrk script: each request opens an incident through the REST API with a bearer token (env TOKEN).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")

local counter = 0
request = function()
  counter = counter + 1
  local body = string.format(
    '{"title":"Load test ticket %d","description":"Printer on floor %d does not print","impact":"medium","urgency":"high"}',
    counter, counter % 12)
  return wrk.format(nil, nil, nil, body)
end

local failures = 0
response = function(status, headers, body)
  if status ~= 201 then
    failures = failures + 1
    if failures <= 3 then
      io.stderr:write("unexpected " .. status .. ": " .. body .. "\n")
    end
  end
end
