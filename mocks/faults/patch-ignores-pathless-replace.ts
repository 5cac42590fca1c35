import type { Fault } from './fault-types.ts';

/** PATCH `replace` without a `path` answers 200 but changes nothing. */
export const patchIgnoresPathlessReplace: Fault = {
  id: 'patch-ignores-pathless-replace',
  description: "PATCH `replace` without a `path` answers 200 but changes nothing.",
  breaks: "Okta deactivates with `{\"op\":\"replace\",\"value\":{\"active\":false}}`; users stay active.",
  apply(b) {
    b.patchIgnoresPathlessReplace = true;
  },
};
