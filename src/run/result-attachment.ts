/** Name of the attachment that carries a ScenarioResult from the test to the conformance reporter. */
export const RESULT_ATTACHMENT = 'scim-result.json';
