/** `scim-conformance serve --help`, listing every fault switch with what it does. */
export function SERVE_HELP(faults: Record<string, string>): string {
  const list = Object.entries(faults).map(([id, what]) => `  ${id.padEnd(34)} ${what}`).join('\n');
  return `Usage: scim-conformance serve [options]

Serves the mock SCIM 2.0 service provider at http://HOST:PORT/scim/v2 and prints that URL on one line
when ready. Stops cleanly on SIGINT or SIGTERM.

  --port N          port (default 0: any free port; the printed URL names it)
  --host H          interface (default 127.0.0.1)
  --token T         require Authorization: Bearer T (or T alone) (env SCIM_TOKEN); default: a generated
                    token, printed on stderr when ready (pass it to run with --token)
  --profile NAME    generic | talkdesk | cx | deskpro (default generic)
  --quiet           no request log (by default each request is logged with the RFC violations the client made)
  --fault ID        switch on a deviation real servers have (repeatable):

${list}
`;
}
