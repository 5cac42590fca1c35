/** A violation before it is tied to a request: rule id, RFC section, message. */
export interface Finding {
  rule: string;
  rfc: string;
  message: string;
}
