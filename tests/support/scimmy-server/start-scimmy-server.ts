import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import express from 'express';
import SCIMMY from 'scimmy';
import SCIMMYRouters from 'scimmy-routers';
import { MemoryStore } from './memory-store.ts';

export interface ScimmyServerOptions {
  /** Bearer token clients must present; default 'scimmy-token'. */
  token?: string;
  /** Where the SCIM endpoints are mounted; default '/scim/v2'. */
  basePath?: string;
  /** Port on 127.0.0.1; default 0 (a free one). */
  port?: number;
}

export interface ScimmyServer {
  /** e.g. http://127.0.0.1:PORT/scim/v2 */
  url: string;
  /** Versions of the packages under test, for reports and the expected-verdicts file. */
  versions: { scimmy: string; scimmyRouters: string; express: string };
  close(): Promise<void>;
}

let started = false;

/**
 * Starts SCIMMY (scimmyjs/scimmy) behind its own Express routers (scimmy-routers) on 127.0.0.1, with an in-memory
 * store and a static bearer token: an independent, open-source SCIM 2.0 service provider the harness is checked
 * against. SCIMMY keeps its configuration in module-level singletons, so one process hosts one such server.
 * @see https://github.com/scimmyjs/scimmy-routers (README "Installation and Usage")
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1 (Bearer credentials)
 */
export async function startScimmyServer(options: ScimmyServerOptions = {}): Promise<ScimmyServer> {
  const { token = 'scimmy-token', basePath = '/scim/v2', port = 0 } = options;
  if (started) throw new Error('startScimmyServer: SCIMMY is already declared in this process (its resources and config are global). Start one server per process, or close and start a new process.');
  started = true;

  // The enterprise extension is opt-in in SCIMMY; every IdP here sends it (Entra maps department, employeeNumber, manager).
  SCIMMY.Resources.User.extend(SCIMMY.Schemas.EnterpriseUser as never, false);
  const groups = new MemoryStore('Group');
  const users = new MemoryStore('User', (id) => groups.dropMember(id));
  for (const [Resource, store] of [[SCIMMY.Resources.User, users], [SCIMMY.Resources.Group, groups]] as const) {
    SCIMMY.Resources.declare(Resource, {
      egress: (resource: object) => store.read(resource),
      ingress: (resource: object, instance: object) => store.write(resource, instance),
      degress: (resource: object) => store.remove(resource),
    } as never);
  }

  let origin = '';
  const app = express();
  app.use(
    basePath,
    new SCIMMYRouters({
      type: 'bearer',
      docUri: 'https://www.rfc-editor.org/rfc/rfc6750',
      handler: (req) => {
        const match = /^bearer\s+(.+)$/i.exec(req.header('Authorization') ?? '');
        if (match?.[1]?.trim() !== token) throw new Error('Expected Authorization: Bearer <token>');
        return 'scim-client';
      },
      baseUri: () => origin,
    }) as unknown as express.Router,
  );

  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(port, '127.0.0.1', (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}${basePath}`,
    versions: { scimmy: packageVersion('scimmy'), scimmyRouters: packageVersion('scimmy-routers'), express: packageVersion('express') },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The installed version of a package (read from node_modules: scimmy's exports map hides its package.json). */
function packageVersion(name: string): string {
  const file = fileURLToPath(new URL(`../../../node_modules/${name}/package.json`, import.meta.url));
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}
