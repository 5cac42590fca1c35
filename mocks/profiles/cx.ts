import { ScimError } from '../scim/index.ts';
import { hasText, readAttribute } from './attribute-access.ts';
import { OAUTH_BEARER } from './auth-schemes.ts';
import { GENERIC_USER_RESOURCE_TYPE } from './generic.ts';
import type { ScimProfile } from './profile-types.ts';

/** E.164: a plus, a non-zero digit, at most 15 digits, no spaces. */
export const E164 = /^\+[1-9]\d{1,14}$/;

/**
 * A contact-centre "CX" external directory: Users only; userName, externalId and an E.164 work phone
 * (`phoneNumbers[type eq "work"].value`, spaces removed) required; given or family name at least one;
 * Okta "Header Auth" token typed as `bearer {APIKEY}`.
 * @see docs/profiles.md §2
 */
export const cxProfile: ScimProfile = {
  name: 'cx',
  description:
    'CX external directory: Users only; userName, externalId and an E.164 work phone number required; ' +
    'givenName or familyName; token sent as "bearer {APIKEY}".',
  see: ['docs/profiles.md §2'],
  userResourceType: GENERIC_USER_RESOURCE_TYPE,
  groups: false,
  bulk: false,
  authenticationSchemes: [{ ...OAUTH_BEARER, description: 'Authorization: bearer <API key> (Okta Header Auth; scheme case-insensitive).' }],
  oauthTokenEndpoint: false,
  admitUser(user) {
    if (!hasText(readAttribute(user, 'externalId'))) {
      throw invalid('externalId is required (the CX directory id); map it in the IdP, e.g. to the Okta user id.');
    }
    const name = readAttribute(user, 'name');
    if (!hasText(readAttribute(name, 'givenName')) && !hasText(readAttribute(name, 'familyName'))) {
      throw invalid('name.givenName or name.familyName is required (each is optional only when the other is given).');
    }
    const phones = readAttribute(user, 'phoneNumbers');
    const work = Array.isArray(phones)
      ? phones.find((phone) => String(readAttribute(phone, 'type') ?? '').toLowerCase() === 'work')
      : undefined;
    const value = readAttribute(work, 'value');
    if (!hasText(value)) {
      throw invalid('phoneNumbers[type eq "work"].value is required: every CX directory entry needs an E.164 work number.');
    }
    if (!E164.test(value as string)) {
      throw invalid(
        `phoneNumbers[type eq "work"].value: expected an E.164 number like +442071234567 (no spaces), got ${JSON.stringify(value)}. ` +
          'Remove spaces and punctuation and add the country code.',
      );
    }
  },
};

function invalid(what: string): ScimError {
  return new ScimError(400, `User: ${what}`, 'invalidValue');
}
