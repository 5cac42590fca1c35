import type { Fault } from './fault-types.ts';

/** GET /ResourceTypes/{name} and /Schemas/{id} answer 404; only the lists are served (RFC 7644 §4). */
export const discoveryById404: Fault = {
  id: 'discovery-by-id-404',
  description: 'GET /ResourceTypes/{name} and /Schemas/{id} answer 404; only the lists are served (RFC 7644 §4).',
  breaks: 'Clients that follow the schema URNs named in /ResourceTypes (scim2-tester, schema-driven mappers) cannot load the schemas.',
  apply(b) {
    b.discoveryByIdNotFound = true;
  },
};
