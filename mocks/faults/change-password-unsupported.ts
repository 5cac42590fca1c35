import type { Fault } from './fault-types.ts';

/** ServiceProviderConfig says changePassword.supported false (RFC 7643 §5). */
export const changePasswordUnsupported: Fault = {
  id: 'change-password-unsupported',
  description: 'ServiceProviderConfig says changePassword.supported false (RFC 7643 §5): the server does not take password changes.',
  breaks: 'Okta password sync should not be enabled for such an app; the harness skips its password-sync scenarios with the reason instead of failing them.',
  apply(b) {
    b.changePasswordSupported = false;
  },
};
