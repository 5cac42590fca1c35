import type { Fault } from './fault-types.ts';

/** Email values are stored exactly as sent: an upper-case domain stays upper case (RFC 7643 §4.1.2: SHOULD canonicalize per RFC 5321). */
export const emailDomainKept: Fault = {
  id: 'email-domain-kept',
  description: "Email values are stored exactly as sent: an upper-case domain stays upper case (RFC 7643 §4.1.2: SHOULD canonicalize per RFC 5321).",
  breaks: "Clients that compare addresses see bjensen@EXAMPLE.COM and bjensen@example.com as two addresses (a warning: SHOULD).",
  apply(b) {
    b.emailDomainKept = true;
  },
};
