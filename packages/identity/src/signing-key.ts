import { createPrivateKey, createPublicKey } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  type CryptoKey,
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JSONWebKeySet,
  type JWK,
} from 'jose';
import { asymmetricAlgorithms, generatedKeyAlgorithm } from './algorithms';
import { createJsonFile, readJsonFile, writeJsonFile } from './json-file';

/** A private key ready to sign; every signer in this package takes one (see loadSigningKey). */
export interface SigningKey {
  /** Put in each token's header so verifiers pick the matching public key. */
  kid: string;
  alg: string;
  key: CryptoKey;
}

/** Where generateSigningKey keeps a key. */
export interface SigningKeyFiles {
  /** The private JWK, mode 0600: for loadSigningKey. */
  privateKey: string;
  /** The public JWKS (`kid`, `alg`, `use: sig`): for whoever verifies this key's tokens. */
  jwks: string;
}

/** A new private JWK, with the `kid` (its RFC 7638 thumbprint), `alg` and `use` verifiers select by. */
export async function newPrivateJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(generatedKeyAlgorithm, { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: generatedKeyAlgorithm, use: 'sig' };
}

/** The public half of a private JWK, as a JWKS of one key. */
export function publicJwksOf(privateJwk: JWK): JSONWebKeySet {
  const { kid, alg, use } = privateJwk;
  const publicJwk = createPublicKey(createPrivateKey({ key: privateJwk, format: 'jwk' })).export({
    format: 'jwk',
  });
  return { keys: [{ ...publicJwk, kid, alg, use }] };
}

export async function signingKeyFromJwk(jwk: JWK): Promise<SigningKey> {
  const { kid, alg, d } = jwk;
  if (typeof kid !== 'string' || typeof alg !== 'string' || !asymmetricAlgorithms.includes(alg) || !d) {
    throw new Error('not a private signing JWK: it needs `kid`, an asymmetric `alg` and its private part');
  }
  const key = await importJWK(jwk, alg);
  if (key instanceof Uint8Array) throw new Error('not a private signing JWK: it is a symmetric key');
  return { kid, alg, key };
}

/** Reads a private JWK file, as generateSigningKey writes it or an operator mounts it. */
export async function loadSigningKey(path: string): Promise<SigningKey> {
  const jwk = await readJsonFile(path);
  if (jwk === undefined) throw new Error(`no signing key at ${path}`);
  try {
    return await signingKeyFromJwk(jwk as JWK);
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : 'unreadable key'}`);
  }
}

/**
 * Makes an ES256 key `<dir>/<name>.private.jwk.json` (mode 0600) and its public `<dir>/<name>.jwks.json`, on
 * the first call only: an existing private key is kept, and its public JWKS rewritten if missing.
 */
export async function generateSigningKey(dir: string, name = 'signing'): Promise<SigningKeyFiles> {
  const files = { privateKey: join(dir, `${name}.private.jwk.json`), jwks: join(dir, `${name}.jwks.json`) };
  // Only the keys' own folder is private: a recursive mkdir would give its parents (`.data`, which the embedded
  // PostgreSQL's own user must traverse to reach its data) the same 0700.
  await mkdir(dirname(dir), { recursive: true });
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await createJsonFile(files.privateKey, await newPrivateJwk(), 0o600);
  const privateJwk = await readJsonFile(files.privateKey);
  await writeJsonFile(files.jwks, publicJwksOf(privateJwk as JWK));
  return files;
}
