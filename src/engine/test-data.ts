import type { Faker } from '@faker-js/faker';
// The English locale alone: `@faker-js/faker` itself loads every locale (about 0.4 s of start-up per process).
import { faker as englishFaker } from '@faker-js/faker/locale/en';
import { hashString, shortTag } from './hash.ts';

/** Fixed reference date so dates from faker repeat with the seed (https://fakerjs.dev/guide/usage.html#reproducible-results). */
const REF_DATE = '2025-01-01T00:00:00Z';
const GENERATED = /^(user|group)(\d+)\.([A-Za-z]+)$|^guid(\d+)$/;

export interface TestDataOptions {
  /** The run's seed: the same seed gives the same users, byte for byte. */
  seed: string;
  /** The run marker carried by every resource the harness creates. */
  runId: string;
  /** `<idp>/<scenario>`: each scenario draws its own data, so selection does not change it. */
  scenarioKey: string;
}

/** Lazily generated users, groups and GUIDs for one scenario, addressed as placeholder names. */
export interface TestData {
  /**
   * The value for `user1.userName`, `group2.displayName`, `guid1`…, and `data.prefix` (the start every
   * userName and group name of this scenario shares, `scimtest-<run>-<tag>-`); undefined for other names.
   */
  resolve(name: string): unknown;
  /** Every userName and group displayName handed out so far (the resources this scenario may touch). */
  markers(): string[];
}

/**
 * Creates the seeded generator. userNames are `scimtest-<run>-<tag>-<n>.<Given>@example.com` and group names start
 * `scimtest-<run>-<tag>-g<n>`, so the harness can tell its own data from anybody else's.
 * @see https://fakerjs.dev/guide/usage.html#reproducible-results (faker seeding)
 */
export function createTestData({ seed, runId, scenarioKey }: TestDataOptions): TestData {
  const faker: Faker = new (englishFaker.constructor as typeof Faker)({ locale: englishFaker.rawDefinitions });
  faker.seed(hashString(`${seed}/${scenarioKey}`));
  faker.setDefaultRefDate(REF_DATE);
  const tag = shortTag(scenarioKey);
  const entities = new Map<string, Record<string, string>>();
  const markers: string[] = [];

  const entity = (kind: string, n: number): Record<string, string> => {
    const key = `${kind}${n}`;
    let found = entities.get(key);
    if (!found) {
      found = kind === 'user' ? makeUser(faker, `scimtest-${runId}-${tag}-${n}`) : makeGroup(faker, `scimtest-${runId}-${tag}-g${n}`);
      markers.push(found.userName ?? found.displayName!);
      entities.set(key, found);
    }
    return found;
  };

  return {
    resolve(name) {
      if (name === 'data.prefix') return `scimtest-${runId}-${tag}-`;
      const match = GENERATED.exec(name);
      if (!match) return undefined;
      if (match[4]) {
        const key = `guid${match[4]}`;
        if (!entities.has(key)) entities.set(key, { value: faker.string.uuid() });
        return entities.get(key)!.value;
      }
      return entity(match[1]!, Number(match[2]))[match[3]!];
    },
    markers: () => [...markers],
  };
}

function makeUser(faker: Faker, marker: string): Record<string, string> {
  const givenName = faker.person.firstName();
  const familyName = faker.person.lastName();
  // Mixed case on purpose: a server must store userName case-preserved and match it case-insensitively.
  const userName = `${marker}.${givenName.replace(/[^A-Za-z]/g, '')}@example.com`;
  return {
    userName,
    email: userName,
    givenName,
    familyName,
    middleName: faker.person.middleName(),
    displayName: `${givenName} ${familyName}`,
    externalId: faker.string.uuid(),
    oktaId: `00u${faker.string.alphanumeric(17)}`,
    password: faker.string.alphanumeric(8),
    // Fictional North American numbers (555-01xx), E.164 without spaces as the CX directory requires.
    phone: `+1${faker.number.int({ min: 201, max: 989 })}55501${faker.string.numeric(2)}`,
    title: faker.person.jobTitle(),
    department: faker.commerce.department(),
    employeeNumber: faker.string.numeric(6),
  };
}

function makeGroup(faker: Faker, prefix: string): Record<string, string> {
  return { displayName: `${prefix} ${faker.commerce.department()}`, externalId: faker.string.uuid() };
}
