import { createHmac, createPublicKey } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAccessTokenVerifier, devAccessToken, signAccessToken } from './access-token';
import { InvalidTokenError } from './errors';
import { craftToken, newTestKey, type TestKey } from './testing/keys';
import { refusalReason } from './testing/refusal';

const issuer = devAccessToken.issuer;
const audience = devAccessToken.audience;
const now = new Date('2026-03-02T09:00:00Z');
const nowSeconds = now.getTime() / 1000;

let idp: TestKey;
let stranger: TestKey;
let verifier: ReturnType<typeof createAccessTokenVerifier>;

beforeAll(async () => {
  idp = await newTestKey();
  stranger = await newTestKey();
  verifier = createAccessTokenVerifier({ keys: { kind: 'jwks', jwks: idp.jwks }, issuer, audience });
});

// Only Date is faked: jose reads the time from it, and nothing here waits on a timer.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
});

afterEach(() => {
  vi.useRealTimers();
});

const at = (date: Date) => vi.setSystemTime(date);

const agentToken = (overrides: Partial<Parameters<typeof signAccessToken>[0]> = {}) =>
  signAccessToken({ key: idp.key, subject: 'u-1001', roles: ['AGENT'], agentId: 'E0042', ...overrides });

/** A token with claims signAccessToken would not write, signed by the identity provider's key. */
const signClaims = (claims: Record<string, unknown>) =>
  new SignJWT(claims).setProtectedHeader({ alg: idp.key.alg, kid: idp.key.kid }).sign(idp.key.key);

const validClaims = () => ({
  sub: 'u-1001',
  roles: ['AGENT'],
  iss: issuer,
  aud: audience,
  exp: nowSeconds + 600,
});

describe('a good access token', () => {
  it('yields its caller', async () => {
    const token = await agentToken({ roles: ['AGENT', 'SUPERVISOR'] });
    expect(await verifier.verify(token)).toEqual({
      id: 'u-1001',
      roles: ['AGENT', 'SUPERVISOR'],
      agentId: 'E0042',
      expiresAt: new Date(now.getTime() + devAccessToken.ttlSeconds * 1000),
    });
  });

  it('has no agent when it names none', async () => {
    const caller = await verifier.verify(await agentToken({ roles: ['ANALYST'], agentId: null }));
    expect(caller.agentId).toBeNull();
  });

  it('keeps its known roles and drops unknown ones', async () => {
    const token = await signClaims({ ...validClaims(), roles: ['AUDITOR', 'ADMIN', 'ADMIN'] });
    expect((await verifier.verify(token)).roles).toEqual(['ADMIN']);
  });

  it('is accepted up to 30 s after it expired, for an identity provider whose clock is behind', async () => {
    const token = await agentToken({ ttlSeconds: 60 });
    at(new Date(now.getTime() + 85_000));
    await expect(verifier.verify(token)).resolves.toMatchObject({ id: 'u-1001' });
  });

  it('is accepted up to 30 s before its nbf, for an identity provider whose clock is ahead', async () => {
    const token = await signClaims({ ...validClaims(), nbf: nowSeconds + 25 });
    await expect(verifier.verify(token)).resolves.toMatchObject({ id: 'u-1001' });
  });
});

describe('a bad access token is refused', () => {
  it('missing', async () => {
    expect(await refusalReason(verifier.verify(undefined))).toBe('missing');
    expect(await refusalReason(verifier.verify(''))).toBe('missing');
  });

  it('garbage', async () => {
    expect(await refusalReason(verifier.verify('not a token'))).toBe('malformed');
    expect(await refusalReason(verifier.verify('a.b.c'))).toBe('malformed');
  });

  it('expired, once past the tolerance', async () => {
    const token = await agentToken({ ttlSeconds: 60 });
    at(new Date(now.getTime() + 91_000));
    expect(await refusalReason(verifier.verify(token))).toBe('expired');
  });

  it('not yet valid', async () => {
    const token = await signClaims({ ...validClaims(), nbf: nowSeconds + 120 });
    expect(await refusalReason(verifier.verify(token))).toBe('not yet valid');
  });

  it('signed by another key under the known kid', async () => {
    const token = await agentToken({ key: { ...stranger.key, kid: idp.key.kid } });
    expect(await refusalReason(verifier.verify(token))).toBe('bad signature');
  });

  it('with its claims changed after signing', async () => {
    const [header, , signature] = (await agentToken()).split('.');
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...validClaims(), roles: ['ADMIN'] })).toString('base64url')}.${signature}`;
    expect(await refusalReason(verifier.verify(forged))).toBe('bad signature');
  });

  it('signed by a key the identity provider does not publish', async () => {
    const token = await agentToken({ key: stranger.key });
    expect(await refusalReason(verifier.verify(token))).toBe('unknown key');
  });

  it('from another issuer', async () => {
    const token = await agentToken({ issuer: 'someone-else' });
    expect(await refusalReason(verifier.verify(token))).toBe('wrong issuer');
  });

  it('for another audience', async () => {
    const token = await agentToken({ audience: 'another-api' });
    expect(await refusalReason(verifier.verify(token))).toBe('wrong audience');
  });

  it('alg none', async () => {
    const token = craftToken({ alg: 'none', typ: 'JWT' }, validClaims());
    expect(await refusalReason(verifier.verify(token))).toBe('unsupported algorithm');
  });

  it('HS256 keyed with the public key', async () => {
    const [publicJwk] = idp.jwks.keys;
    const publicPem = createPublicKey({ key: { ...publicJwk }, format: 'jwk' }).export({
      format: 'pem',
      type: 'spki',
    });
    const hmacWith = (secret: string | Buffer) => (input: string) =>
      createHmac('sha256', secret).update(input).digest('base64url');
    for (const secret of [publicPem, JSON.stringify(publicJwk)]) {
      const token = craftToken({ alg: 'HS256', kid: idp.key.kid }, validClaims(), hmacWith(secret));
      expect(await refusalReason(verifier.verify(token))).toBe('unsupported algorithm');
    }
  });

  it('without exp', async () => {
    const { exp: _exp, ...claims } = validClaims();
    expect(await refusalReason(verifier.verify(await signClaims(claims)))).toBe('bad claims');
  });

  it('with no known role, or a subject or agent id too long', async () => {
    for (const claims of [
      { ...validClaims(), roles: ['AUDITOR'] },
      { ...validClaims(), roles: 'ADMIN' },
      { ...validClaims(), sub: 'u'.repeat(51) },
      { ...validClaims(), agent: 'E'.repeat(21) },
    ]) {
      expect(await refusalReason(verifier.verify(await signClaims(claims)))).toBe('bad claims');
    }
  });

  it('with a message that does not quote the token', async () => {
    const token = await agentToken({ issuer: 'someone-else' });
    const error = await verifier.verify(token).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(InvalidTokenError);
    expect(error).toHaveProperty('message', 'invalid token: wrong issuer');
  });
});
