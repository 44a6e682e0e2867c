import type { JSONWebKeySet } from 'jose';
import { newPrivateJwk, publicJwksOf, type SigningKey, signingKeyFromJwk } from '../signing-key';

/** A signing key and the JWKS that verifies it, in memory. */
export interface TestKey {
  key: SigningKey;
  jwks: JSONWebKeySet;
}

export async function newTestKey(): Promise<TestKey> {
  const privateJwk = await newPrivateJwk();
  return { key: await signingKeyFromJwk(privateJwk), jwks: publicJwksOf(privateJwk) };
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A compact JWT assembled by hand, for tokens no honest library would sign. */
export function craftToken(header: object, payload: object, sign = (_signingInput: string) => ''): string {
  const signingInput = `${base64url(header)}.${base64url(payload)}`;
  return `${signingInput}.${sign(signingInput)}`;
}
