-- SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
-- SPDX-License-Identifier: EUPL-1.2
-- wrk: POST /api/v1/reports, every request with its own Idempotency-Key (the same key would only
-- replay the first answer). Arguments after "--": bearer token, file with the JSON body, run id.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "summary.lua")

local threads = 0

function setup(thread)
    threads = threads + 1
    thread:set("tid", threads)
end

function init(args)
    local token, bodyFile, run = args[1], args[2], args[3]
    local f = assert(io.open(bodyFile, "rb"))
    body = f:read("*a")
    f:close()
    headers = {
        ["Authorization"] = "Bearer " .. token,
        ["Content-Type"] = "application/json",
    }
    prefix = run .. "-" .. tostring(tid) .. "-"
    sent = 0
end

function request()
    sent = sent + 1
    headers["Idempotency-Key"] = prefix .. sent
    return wrk.format("POST", "/api/v1/reports", headers, body)
end
