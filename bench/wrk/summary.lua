-- SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
-- SPDX-License-Identifier: EUPL-1.2
-- wrk: one machine-readable line at the end of a run, read by bench/serverbench.cpp:
--   KCWRK {"requests":…,"durationUs":…,"p99Us":…,…}
-- Loaded as the script of a plain run, or with dofile() by scripts that also shape requests.
function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format(
        'KCWRK {"requests":%.0f,"durationUs":%.0f,"bytes":%.0f,"connectErrors":%.0f,"readErrors":%.0f,' ..
        '"writeErrors":%.0f,"statusErrors":%.0f,"timeouts":%.0f,"p50Us":%.0f,"p90Us":%.0f,"p99Us":%.0f,' ..
        '"maxUs":%.0f,"meanUs":%.1f}\n',
        summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
        latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
end
