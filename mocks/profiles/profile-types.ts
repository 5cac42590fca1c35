import type { ResourceTypeDef } from '../scim/index.ts';
import type { ProfileName } from '../mock-types.ts';
import type { ScimStore } from '../store/index.ts';

/** Account settings a profile checks against (from ScimMockOptions, with defaults). */
export interface ProfileSettings {
  roles: readonly string[];
  teams: readonly string[];
  licences: number;
}

/** What a profile's user check knows about the request. */
export interface AdmitContext {
  mode: 'create' | 'replace' | 'patch';
  store: ScimStore;
  settings: ProfileSettings;
}

/** An authentication scheme as ServiceProviderConfig lists it (RFC 7643 §5). */
export interface AuthenticationScheme {
  type: string;
  name: string;
  description: string;
  specUri?: string;
  documentationUri?: string;
  primary?: boolean;
}

/** A vendor the mock imitates: its resources, required attributes, auth style and quirks. */
export interface ScimProfile {
  name: ProfileName;
  /** One paragraph: what the vendor does, as documented. */
  description: string;
  /** The seed documents it reproduces. */
  see: readonly string[];
  /** The User resource type (core schema plus the extensions this vendor accepts). */
  userResourceType: ResourceTypeDef;
  /** Whether the Group resource type exists. */
  groups: boolean;
  /** Whether POST /Bulk is served (RFC 7644 §3.7); the seed vendors do not document Bulk. */
  bulk: boolean;
  /** What ServiceProviderConfig advertises. */
  authenticationSchemes: readonly AuthenticationScheme[];
  /** Rate limit applied unless options.rateLimit overrides it. */
  defaultRateLimit?: { requests: number; windowMs: number };
  /** Whether `POST {origin}/oauth/token` exists even without options.oauthClients. */
  oauthTokenEndpoint: boolean;
  /**
   * Validates and completes a user about to be stored (after schema checks), mutating it.
   * @throws ScimError 400 invalidValue naming the offending value.
   */
  admitUser?(user: Record<string, unknown>, context: AdmitContext): void;
}
