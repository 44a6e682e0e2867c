import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JSONWebKeySet } from 'jose';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAccessTokenVerifier, signAccessToken } from './access-token';
import { KeySourceError } from './errors';
import { jwksRefetchCooldownMs } from './key-source';
import type { SigningKey } from './signing-key';
import { newTestKey, type TestKey } from './testing/keys';
import { refusalReason } from './testing/refusal';

/** A stand-in identity provider: serves whatever JWKS the test sets, and counts the fetches. */
interface JwksServer {
  url: URL;
  serve(jwks: JSONWebKeySet | 'down'): void;
  fetches(): number;
  stop(): Promise<void>;
}

async function startJwksServer(): Promise<JwksServer> {
  let served: JSONWebKeySet | 'down' = { keys: [] };
  let fetches = 0;
  const server: Server = createServer((_req, res) => {
    fetches += 1;
    if (served === 'down') {
      res.writeHead(503).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(served));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: new URL(`http://127.0.0.1:${port}/.well-known/jwks.json`),
    serve: (jwks) => {
      served = jwks;
    },
    fetches: () => fetches,
    stop: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

let idp: JwksServer;
let keyA: TestKey;
let keyB: TestKey;
let stranger: TestKey;
const now = new Date('2026-03-02T09:00:00Z');

beforeAll(async () => {
  [idp, keyA, keyB, stranger] = await Promise.all([
    startJwksServer(),
    newTestKey(),
    newTestKey(),
    newTestKey(),
  ]);
});

afterAll(async () => {
  await idp.stop();
});

// Only Date is faked: the cooldown is measured with it, and the HTTP exchange runs on real timers.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
});

afterEach(() => {
  vi.useRealTimers();
});

const after = (ms: number) => vi.setSystemTime(new Date(Date.now() + ms));
const tokenOf = (key: SigningKey, subject = 'u-1001') => signAccessToken({ key, subject, roles: ['AGENT'] });
const verifierOf = (server: JwksServer) =>
  createAccessTokenVerifier({
    keys: { kind: 'url', url: server.url },
    issuer: 'collexis-dev',
    audience: 'collexis-graph',
  });

const unknownKidTokens = (count: number) =>
  Promise.all(Array.from({ length: count }, (_, i) => tokenOf({ ...stranger.key, kid: `attacker-${i}` })));

describe('a verifier on a JWKS endpoint', () => {
  it('follows a key rotation without being rebuilt', async () => {
    idp.serve(keyA.jwks);
    const verifier = verifierOf(idp);
    await expect(verifier.verify(await tokenOf(keyA.key))).resolves.toMatchObject({ id: 'u-1001' });

    idp.serve(keyB.jwks);
    after(jwksRefetchCooldownMs + 1);
    await expect(verifier.verify(await tokenOf(keyB.key, 'u-1002'))).resolves.toMatchObject({ id: 'u-1002' });
    expect(await refusalReason(verifier.verify(await tokenOf(keyA.key)))).toBe('unknown key');
  });

  it('refetches for unknown kids at most once per cooldown', async () => {
    idp.serve(keyA.jwks);
    const fetchesBefore = idp.fetches();
    const verifier = verifierOf(idp);
    await expect(verifier.verify(await tokenOf(keyA.key))).resolves.toMatchObject({ id: 'u-1001' });
    await expect(verifier.verify(await tokenOf(keyA.key, 'u-1002'))).resolves.toMatchObject({ id: 'u-1002' });
    expect(idp.fetches() - fetchesBefore).toBe(1);

    for (const token of await unknownKidTokens(20)) {
      expect(await refusalReason(verifier.verify(token))).toBe('unknown key');
    }
    expect(idp.fetches() - fetchesBefore).toBe(1);

    after(jwksRefetchCooldownMs + 1);
    for (const token of await unknownKidTokens(20)) {
      expect(await refusalReason(verifier.verify(token))).toBe('unknown key');
    }
    expect(idp.fetches() - fetchesBefore).toBe(2);
  });

  it('reports an endpoint that cannot serve its keys as a KeySourceError, not as a bad token', async () => {
    idp.serve('down');
    const verification = verifierOf(idp).verify(await tokenOf(keyA.key));
    await expect(verification).rejects.toBeInstanceOf(KeySourceError);
  });
});
