import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from 'jose';
import { KeySourceError } from './errors';

/** Where a verifier finds public keys. */
export type KeySource =
  /** A JWKS endpoint (production): cached, refetched when a token names an unknown `kid`. */
  | { kind: 'url'; url: URL }
  /** A JWKS file (the embedded stack), read once when the verifier is made. */
  | { kind: 'file'; path: string }
  /** A JWKS in memory (tests, or keys the caller loaded itself). */
  | { kind: 'jwks'; jwks: JSONWebKeySet };

/**
 * Least time between two fetches of a JWKS, so a stream of tokens naming unknown `kid`s cannot hammer the
 * endpoint. A new key therefore verifies at most this long after the first token that names it; identity
 * providers publish a key well before they sign with it.
 */
export const jwksRefetchCooldownMs = 30_000;

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Reads the one-string form of a key source, as an env variable holds it: `https://host/jwks.json`
 * (`http://` only for a loopback host), `file:/abs/path/jwks.json` (or `file:relative/path`, from the
 * working directory) or `file:///abs/path`.
 */
export function parseKeySource(value: string): KeySource {
  const text = value.trim();
  if (text.startsWith('file://')) return { kind: 'file', path: fileURLToPath(text) };
  if (text.startsWith('file:') && text.length > 'file:'.length) {
    return { kind: 'file', path: resolve(text.slice('file:'.length)) };
  }
  const url = URL.canParse(text) ? new URL(text) : undefined;
  if (url?.protocol === 'https:' || (url?.protocol === 'http:' && loopbackHosts.has(url.hostname))) {
    return { kind: 'url', url };
  }
  // The value is not echoed: a secret pasted into the wrong variable would end up in the logs.
  throw new Error(
    'a key source is an https:// URL of a JWKS (http:// only on localhost) or file:<path> of a JWKS file',
  );
}

/** The key lookup jose's jwtVerify calls with each token's header. */
export function keyResolver(source: KeySource): JWTVerifyGetKey {
  switch (source.kind) {
    case 'url':
      return remoteKeys(source.url);
    case 'file':
      return fileKeys(source.path);
    case 'jwks':
      return createLocalJWKSet(source.jwks);
  }
}

function remoteKeys(url: URL): JWTVerifyGetKey {
  const remote = createRemoteJWKSet(url, { cooldownDuration: jwksRefetchCooldownMs });
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
        throw error;
      }
      throw new KeySourceError(`cannot load the JWKS at ${url.href}`, { cause: error });
    }
  };
}

function fileKeys(path: string): JWTVerifyGetKey {
  try {
    return createLocalJWKSet(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new KeySourceError(`cannot read the JWKS file ${path}`, { cause: error });
  }
}
