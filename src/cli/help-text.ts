/** `scim-conformance --help` */
export const MAIN_HELP = `scim-conformance: replay what Okta, Entra ID, OneLogin, authentik, JumpCloud and PingOne send
to a SCIM 2.0 server, and check the answers.

Usage:
  scim-conformance run [options]     replay the IdP suites (against the embedded mock without --base-url)
  scim-conformance serve [options]   serve the mock SCIM service provider on a port
  scim-conformance record [options]  record an IdP session through a proxy into a scenario file
  scim-conformance diff A B          show where two scenario files differ (a recording vs a shipped one)
  scim-conformance load [options]    replay an IdP's initial sync at scale and judge it (Entra, Okta)
  scim-conformance <command> --help  the options of a command
  scim-conformance --version         the version of scim-conformance (also -v, version)

Exit codes: 0 every check passed, 1 a check failed, 2 usage error or unreachable target.
`;

/** `scim-conformance run --help` */
export const RUN_HELP = `Usage: scim-conformance run [options]

Target
  --base-url URL        SCIM base URL, e.g. http://127.0.0.1:8080/scim/v2 (env SCIM_BASE_URL).
                        Without it the run uses the embedded mock SCIM server, in process, no port.
  --yes                 confirm a target that is not loopback (env SCIM_CONFORMANCE_YES=1)
  --profile NAME        generic | talkdesk | cx | deskpro: what the service provider supports (default generic)

Authentication (one of; never printed, redacted from every report)
  --token T             sends Authorization: Bearer T (env SCIM_TOKEN)
  --auth-header VALUE   sends Authorization: VALUE exactly as typed (Okta "Header Auth" apps, e.g. "bearer KEY")
  --basic USER:PASS     sends Authorization: Basic base64(USER:PASS)
  --client-id ID --client-secret S [--oauth-token-url URL] [--scope scim]
                        gets a token by OAuth client credentials (Talkdesk STS: Basic auth, grant_type,
                        scope, token_type=opaque, expires_in) and sends it as Bearer; without --base-url
                        the embedded mock's token endpoint issues it

Selection
  --idp LIST            suites, comma-separated: okta, entra, entra-aadoptscim062020, onelogin, authentik,
                        authentik-2025, authentik-2024, jumpcloud, pingone, rfc, concurrency (requests sent
                        at once) (default: all);
                        rfc checks RFC 7643/7644 and skips what the server's ServiceProviderConfig and
                        ResourceTypes declare unsupported or leave unknown, with that reason
  --scenario ID         only this scenario, e.g. okta/create-user (repeatable or comma-separated)
  --scenario-file FILE  also replay this scenario file, e.g. a recording (repeatable); alone, only these run

Run
  --report-dir DIR      where reports go (default reports/)
  --timeout-ms N        limit per request in ms (default 60000, Okta's socket timeout)
  --run-timeout-ms N    limit for the whole run in ms (default: none); unfinished scenarios fail
  --max-rps N           at most N requests per second for the whole run, all workers together; a 429's
                        Retry-After pauses them all (default: the profile's limit, talkdesk 4)
  --workers N           scenarios replayed at once, 1-16 (default 2: at most two requests in flight, safe
                        for a small staging server; raise it for a distant one, with --max-rps)
  --seed S              seed of the generated users; the same seed replays the same data (default: random, printed)
  --dry-run             write the exact requests to transcript.har and list them; send nothing
  --keep-data           leave the users and groups the run created (default: remove them, newest first)
  --mock-fault ID       switch on a fault of the embedded mock (repeatable); see "scim-conformance serve --help"

Verdicts
  --strict              warnings (violated SHOULDs) fail too
  --waivers FILE        known deviations, JSON or YAML: a list of { id, reason, link, expires }, e.g.
                        - { id: rfc/sort-ascending, reason: "planned", link: "https://…/123", expires: 2026-12-31 }
                        a waived failure is reported as skipped "waived: <reason>"; after expires it fails again

Reports (in --report-dir)
  conformance.json  junit.xml  summary.md  matrix.html  transcript.har  html/index.html

Exit codes: 0 every check passed, 1 a check failed, 2 usage error or unreachable target.
`;
