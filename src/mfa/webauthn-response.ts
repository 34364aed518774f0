import { Errors } from '../kernel/errors';

/** A response's JSON at most 16 KiB: an attestation `none` response is about 1 KiB, a packed one a few. */
export const MAX_RESPONSE_JSON = 16 * 1024;

interface ResponseShape {
  id: string;
  response: { clientDataJSON: string; authenticatorData?: string };
}

/** The browser's JSON of a PublicKeyCredential (RegistrationResponseJSON or AuthenticationResponseJSON), shape-checked. */
export function parseResponseJson<T extends ResponseShape>(field: string, json: string): T {
  if (json.length > MAX_RESPONSE_JSON) throw Errors.badInput(field, `Invalid ${field}: must be at most ${MAX_RESPONSE_JSON} characters`);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw Errors.badInput(field, `Invalid ${field}: not JSON`);
  }
  const v = value as Partial<ResponseShape> | null;
  if (!v || typeof v !== 'object' || typeof v.id !== 'string' || typeof v.response?.clientDataJSON !== 'string') {
    throw Errors.badInput(field, `Invalid ${field}: expected the JSON of a PublicKeyCredential (id, response.clientDataJSON)`);
  }
  return value as T;
}

/** The challenge the client says it signed (clientDataJSON.challenge, base64url), or null. */
export function clientChallengeOf(response: ResponseShape): string | null {
  try {
    const clientData = JSON.parse(Buffer.from(response.response.clientDataJSON, 'base64url').toString('utf8')) as { challenge?: unknown };
    return typeof clientData.challenge === 'string' && clientData.challenge.length <= 1024 ? clientData.challenge : null;
  } catch {
    return null;
  }
}

/** The signature counter of an assertion's authenticator data (§6.1: bytes 33 to 36, big-endian), or null. */
export function signCountOf(response: ResponseShape): number | null {
  if (typeof response.response.authenticatorData !== 'string') return null;
  const data = Buffer.from(response.response.authenticatorData, 'base64url');
  return data.length >= 37 ? data.readUInt32BE(33) : null;
}
