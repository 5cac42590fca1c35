import { ScimError } from '../scim/index.ts';
import type { StoredResource } from '../store/index.ts';
import type { MockContext } from './mock-context.ts';

/**
 * The group-membership fault switches on a PATCH of `group`: member-add-conflict (an add of a current
 * member answers 409) and patch-remove-members-value-ignored (a remove with path `members` and a value
 * array is dropped). Returns the operations to apply.
 * @throws ScimError 409 uniqueness
 * @see RFC 7644 §3.5.2.1, §3.5.2.2
 */
export function applyMembershipFaults(context: MockContext, ops: Record<string, unknown>[], group: StoredResource): Record<string, unknown>[] {
  const { memberAddConflict, removeMembersValueIgnored } = context.behaviour;
  const onMembers = (op: Record<string, unknown>, name: string) =>
    String(op['op']).toLowerCase() === name && typeof op['path'] === 'string' && op['path'].toLowerCase() === 'members' && Array.isArray(op['value']);
  if (memberAddConflict) {
    const current = new Set((Array.isArray(group['members']) ? group['members'] : []).map((m) => (m as { value?: unknown }).value));
    for (const op of ops.filter((candidate) => onMembers(candidate, 'add'))) {
      const already = (op['value'] as unknown[]).map((m) => (m as { value?: unknown } | null)?.value).find((value) => current.has(value));
      if (already !== undefined) throw new ScimError(409, `${String(already)} is already a member of group "${group.id}".`, 'uniqueness');
    }
  }
  return removeMembersValueIgnored ? ops.filter((op) => !onMembers(op, 'remove')) : ops;
}
