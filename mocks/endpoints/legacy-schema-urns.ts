import type { ResourceTypeDef } from '../scim/index.ts';
import type { Finding } from '../conformance/finding.ts';

/** Pre-RFC URNs real IdPs still send, and the RFC 7643 URN each stands for (`core` = the resource type's own). */
const LEGACY_URNS: Record<string, string> = {
  'urn:scim:schemas:core:2.0': 'core',
  'urn:scim:schemas:core:1.0': 'core',
  'urn:scim:schemas:extension:enterprise:2.0': 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
  'urn:scim:schemas:extension:enterprise:1.0': 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
};

/**
 * Accepts the legacy URNs OneLogin's v2 Enterprise connector and its 1.1 templates send, as lenient
 * servers do: each is read as its RFC 7643 URN (extension data moved to the RFC key), and the client is
 * flagged for it, so a partner learns the RFC form without the request failing.
 * @see docs/idp/onelogin.md §5 quirk 2; RFC 7643 §8.7.1
 */
export function normaliseLegacyUrns(input: Record<string, unknown>, rt: ResourceTypeDef): { body: Record<string, unknown>; findings: Finding[] } {
  const schemas = input['schemas'];
  if (!Array.isArray(schemas) || !schemas.some((urn) => typeof urn === 'string' && Object.hasOwn(LEGACY_URNS, urn.toLowerCase()))) {
    return { body: input, findings: [] };
  }
  const body: Record<string, unknown> = { ...input };
  const mapped: string[] = [];
  const findings: Finding[] = [];
  for (const urn of schemas) {
    const target = typeof urn === 'string' ? LEGACY_URNS[urn.toLowerCase()] : undefined;
    if (!target) {
      mapped.push(urn as string);
      continue;
    }
    const rfcUrn = target === 'core' ? rt.schema.id : target;
    if (!mapped.includes(rfcUrn)) mapped.push(rfcUrn);
    if (target !== 'core' && urn in body) {
      body[rfcUrn] = body[urn];
      delete body[urn];
    }
    findings.push({
      rule: 'legacy-schema-urn',
      rfc: 'RFC 7643 §3, §8.7.1',
      message: `${rt.name} body: "schemas" lists the pre-RFC URN "${urn}"; the mock read it as "${rfcUrn}". Send "${rfcUrn}" instead: strict servers reject the request.`,
    });
  }
  body['schemas'] = mapped;
  return { body, findings };
}
