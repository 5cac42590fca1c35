import type { Scenario } from '../scenario/types.ts';

/** Rewrites one side's placeholder names into canonical ones, so two files can be compared. */
export type Rename = (text: string) => string;

const TOKEN = /\{\{\s*([A-Za-z][\w.]*)\s*((?:\|\s*[A-Za-z0-9]+\s*)?)\}\}/g;
const GENERATED = /^(user|group)(\d+)\.([A-Za-z]+)$/;
const GUID = /^guid(\d+)$/;

/**
 * The renaming that makes placeholder numbering irrelevant: generated users, groups and GUIDs are
 * numbered by first appearance (`{{user2.userName}}` first used → `{{user#1.userName}}`) and captures by
 * the order they are defined (`userId`, `user1Id` → `capture#1`), and `{{userN.givenName}} {{userN.familyName}}`
 * reads as `{{userN.displayName}}` (the generator makes them equal). Two scenarios that use their placeholders
 * the same way then read the same.
 * @see src/scenario/types.ts (placeholders)
 */
export function placeholderRenaming(scenario: Scenario): Rename {
  const entities = new Map<string, string>();
  const captures = new Map<string, string>();
  const counts = new Map<string, number>();
  const next = (kind: string) => {
    const n = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, n);
    return n;
  };
  const note = (text: string) => {
    for (const [, name] of text.matchAll(TOKEN)) {
      const generated = GENERATED.exec(name!);
      const key = generated ? `${generated[1]}${generated[2]}` : GUID.test(name!) ? name! : undefined;
      if (key && !entities.has(key)) {
        const kind = generated ? generated[1]! : 'guid';
        entities.set(key, `${kind}#${next(kind)}`);
      }
    }
  };
  for (const step of scenario.steps) {
    visitStrings(step.request, note);
    visitStrings(step.expect, note);
    for (const name of Object.keys(step.capture ?? {})) if (!captures.has(name)) captures.set(name, `capture#${next('capture')}`);
  }
  return (text) => text
    .replace(TOKEN, (whole, name: string, filter: string) => {
      const generated = GENERATED.exec(name);
      if (generated) return `{{${entities.get(`${generated[1]}${generated[2]}`)}.${generated[3]}${filter.replace(/\s/g, '')}}}`;
      const canonical = entities.get(name) ?? captures.get(name);
      return canonical ? `{{${canonical}${filter.replace(/\s/g, '')}}}` : whole;
    })
    // The generator's displayName is "givenName familyName" (src/engine/test-data.ts): the same text.
    .replace(/\{\{(user#\d+)\.givenName\}\} \{\{\1\.familyName\}\}/g, '{{$1.displayName}}');
}

/** Calls `visit` on every string in a JSON value, keys included, in document order. */
export function visitStrings(value: unknown, visit: (text: string) => void): void {
  if (typeof value === 'string') visit(value);
  else if (Array.isArray(value)) for (const item of value) visitStrings(item, visit);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      visit(key);
      visitStrings(item, visit);
    }
  }
}
