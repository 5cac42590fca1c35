import type { ProfileName } from '../mock-types.ts';
import { cxProfile } from './cx.ts';
import { deskproProfile } from './deskpro.ts';
import { genericProfile } from './generic.ts';
import type { ScimProfile } from './profile-types.ts';
import { talkdeskProfile } from './talkdesk.ts';

/** Every profile by name. */
export const PROFILES: Readonly<Record<ProfileName, ScimProfile>> = {
  generic: genericProfile,
  talkdesk: talkdeskProfile,
  cx: cxProfile,
  deskpro: deskproProfile,
};

/**
 * The profile with this name.
 * @throws Error naming the unknown profile and listing the valid ones.
 */
export function selectProfile(name: string = 'generic'): ScimProfile {
  const profile = (PROFILES as Record<string, ScimProfile>)[name];
  if (!profile) {
    throw new Error(
      `createScimMock: options.profile is "${name}", expected one of ${Object.keys(PROFILES).join(', ')}. Pick a listed profile.`,
    );
  }
  return profile;
}
