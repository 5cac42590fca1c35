import type { Fault } from './fault-types.ts';

/** Email values are stored and returned lower-cased (emails are caseExact false, RFC 7643 §4.1.2 and §7). */
export const lowercaseEmails: Fault = {
  id: 'lowercase-emails',
  description: 'Email values are stored and returned lower-cased (allowed: emails are caseExact false, RFC 7643 §4.1.2, §7).',
  breaks: 'Clients that compare email values exactly see a change on every read and may send an update each sync cycle.',
  apply(b) {
    b.lowercaseEmails = true;
  },
};
