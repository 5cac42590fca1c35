import type { Fault } from './fault-types.ts';

/** Binary values (x509Certificates.value) come back hex encoded instead of base64 (RFC 7643 §2.3.6: MUST be base64). */
export const binaryReturnedAsHex: Fault = {
  id: 'binary-returned-as-hex',
  description: "Binary values (x509Certificates.value) come back hex encoded instead of base64 (RFC 7643 §2.3.6: MUST be base64).",
  breaks: "Clients decoding the certificate as base64 get garbage.",
  apply(b) {
    b.binaryReturnedAsHex = true;
  },
};
