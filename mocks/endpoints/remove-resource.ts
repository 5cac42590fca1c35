import type { ResourceKind } from '../store/index.ts';
import type { MockContext } from './mock-context.ts';

/**
 * Deletes a resource and takes it out of every group that lists it as a member (those groups get a
 * new version), so no group points at a deleted id.
 * @see RFC 7644 §3.6
 */
export function removeResource(context: MockContext, kind: ResourceKind, id: string): void {
  const { store } = context;
  for (const groupId of [...store.groupIdsOf(id)]) {
    const group = store.get('Group', groupId);
    if (!group || !Array.isArray(group['members'])) continue;
    store.replace('Group', {
      ...group,
      members: group['members'].filter((member: { value?: unknown }) => member?.value !== id),
      meta: {
        ...(group['meta'] as object),
        lastModified: new Date(context.now()).toISOString(),
        version: context.nextVersion(),
      },
    });
  }
  store.remove(kind, id);
}
