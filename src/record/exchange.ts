/** One request and its response exactly as the recording proxy passed them on. */
export interface RecordedExchange {
  method: string;
  /** The raw path and query as received, undecoded: `/scim/v2/Users?filter=userName%20eq%20%22…%22`. */
  url: string;
  /** Request headers in the order received, names spelt as sent. */
  headers: Array<[string, string]>;
  /** The request body as text ('' for none). */
  body: string;
  response: RecordedResponse;
}

export interface RecordedResponse {
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  /** The body as text, decoded from gzip / deflate / br when the server compressed it. */
  body: string;
}
