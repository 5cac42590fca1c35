import type { Capability } from '../scenario/types.ts';

/** What the harness knows about a service provider before it sends anything. */
export interface TargetProfile {
  name: string;
  description: string;
  /** Capabilities the provider lacks, each with the reason a skipped scenario reports. */
  lacks: Partial<Record<Capability, string>>;
  /** The provider's documented rate limit, used as the default for --max-rps. */
  maxRps?: number;
  /**
   * Attributes the IdP's mapping adds to every user it creates or replaces (POST/PUT /Users), as the seed's
   * set-up instructions configure them. `#` in a placeholder stands for the user's number.
   */
  userAttributes?: Record<string, unknown>;
  /** Where the profile's facts come from. */
  source: string;
}

const TALKDESK_EXTENSION = 'urn:ietf:params:scim:schemas:extension:talkdesk:2.0:User';

/**
 * The seed vendors' profiles.
 * @see docs/profiles.md
 */
export const PROFILES: Record<string, TargetProfile> = {
  generic: {
    name: 'generic',
    description: 'any RFC 7643/7644 service provider with Users and Groups',
    lacks: {},
    source: 'RFC 7643, RFC 7644',
  },
  talkdesk: {
    name: 'talkdesk',
    description: 'Talkdesk SCIM API: Users only, talkdesk extension (rolesString, teamsString), 4 requests/second',
    lacks: {
      groups: 'the talkdesk profile supports the User resource only ("The SCIM API only supports the User resource", docs/profiles.md §1.3)',
      'enterprise-extension': 'Talkdesk accepts only the fields of its Create User list; the admin removes the other mappings (docs/profiles.md §1.1 and §1.2: "ensure that only supported fields are present")',
    },
    maxRps: 4,
    // docs/profiles.md §1.1 and §1.2: map rolesString/teamsString in the extension namespace; the names must exist on the
    // account (Agent is the default role; the mock's default teams include Support).
    userAttributes: { [TALKDESK_EXTENSION]: { rolesString: 'Agent', teamsString: 'Support' } },
    source: 'docs/profiles.md §1 (Talkdesk)',
  },
  cx: {
    name: 'cx',
    description: 'contact-centre CX external directory: Users with a required E.164 work phone; header auth "bearer {APIKEY}"',
    lacks: {
      groups: 'the cx profile is a phone directory of users; groups only drive assignment in the IdP (docs/profiles.md §2)',
      'enterprise-extension': 'the CX directory maps only userName, externalId, work phone, names, work email and title (docs/profiles.md §2 mapping table)',
    },
    // docs/profiles.md §2: the mapping table requires an E.164 phoneNumbers[type eq "work"].value; title is mapped too.
    userAttributes: { phoneNumbers: [{ type: 'work', value: '{{user#.phone}}', primary: true }], title: '{{user#.title}}' },
    source: 'docs/profiles.md §2 (CX directory)',
  },
  deskpro: {
    name: 'deskpro',
    description: 'Deskpro: Okta SCIM with userName as the unique identifier, HTTP header token auth, users only',
    lacks: {
      groups: 'the deskpro profile provisions users only (Push New Users, Push Profile Updates; docs/profiles.md §3)',
    },
    source: 'docs/profiles.md §3 (Deskpro)',
  },
};

/** The profile by name, or undefined when there is none. */
export function findProfile(name: string): TargetProfile | undefined {
  return Object.hasOwn(PROFILES, name) ? PROFILES[name] : undefined;
}
