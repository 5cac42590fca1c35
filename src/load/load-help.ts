/** `scim-conformance load --help` */
export const LOAD_HELP = `Usage: scim-conformance load [options]

Replays an IdP's initial sync at scale and judges the server against the IdP's documented thresholds.
  entra: probe; per user the userName filter, then POST; per group the displayName filter, then POST;
         then PATCH Add members, --batch members each
  okta:  per user the existence check, then POST; per group POST with members [], then per batch the
         rename PATCH and the add-members PATCH; then the import: GET /Users?startIndex=…&count=100 to the end
Everything created is removed afterwards, at the same rate, also after Ctrl-C.

Target
  --idp entra|okta      whose sync to replay (default entra)
  --base-url URL        SCIM base URL (env SCIM_BASE_URL); without it the embedded mock is served on 127.0.0.1
  --yes                 confirm a target that is not loopback (env SCIM_CONFORMANCE_YES=1)
  --token T | --auth-header VALUE | --basic USER:PASS   as for run; never printed
  --mock-fault ID       a fault of the embedded mock (repeatable), e.g. rate-limit-without-retry-after

Size and pace (bounded)
  --users N             users to provision (default 100, at most 100000)
  --groups N            groups; users are spread over them round-robin (default 2, at most 1000)
  --batch N             members per membership PATCH (default 10)
  --rate N              requests started per second, at most (default 25, Entra's gallery requirement)
  --concurrency N       requests in flight, at most (default 8)
  --duration S          the sync stops starting work after S seconds (default 600, at most 14400)
  --timeout-ms N        per request (default 60000, Okta's socket timeout)
  --seed S              the generated users repeat with the same seed
  --report-dir DIR      default reports/load: load.json, summary.md, load.html

Verdicts: sustains 25 requests/second; no 5xx; no timeouts; 429 with an integer Retry-After; Entra would
not quarantine the job; Okta's import pages through every user; the sync completed; everything removed.

Exit codes: 0 every verdict passed (warnings allowed), 1 a verdict failed or the run was interrupted,
2 usage error or unreachable target.
`;
