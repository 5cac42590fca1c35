import type { Fault } from './fault-types.ts';

/** `GET /Users/{id}` and `/Groups/{id}` answer a ListResponse holding the resource instead of the resource itself (RFC 7644 §3.4.1). */
export const getByIdReturnsList: Fault = {
  id: 'get-by-id-returns-list',
  description: "`GET /Users/{id}` and `/Groups/{id}` answer a ListResponse holding the resource instead of the resource itself (RFC 7644 §3.4.1).",
  breaks: "Entra ID reads a user by id before computing each update, Okta before each PUT, OneLogin in its Get User; they find no `id`, `userName` or `active` at the top level and treat the user as changed or missing.",
  apply(b) {
    b.getByIdReturnsList = true;
  },
};
