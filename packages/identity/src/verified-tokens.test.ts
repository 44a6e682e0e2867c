import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Caller } from './claims';
import {
  type CredentialVerifier,
  createCredentialSigner,
  createCredentialVerifier,
  credentialIssuers,
} from './credential';
import { newTestKey, type TestKey } from './testing/keys';
import { refusalReason } from './testing/refusal';
import { rememberVerified } from './verified-tokens';

const now = new Date('2026-03-02T09:00:00Z');
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);
const agent: Caller = { id: 'u-1001', roles: ['AGENT'], agentId: 'E0042', expiresAt: later(3600) };

let gateway: TestKey;

beforeAll(async () => {
  gateway = await newTestKey();
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
});

afterEach(() => {
  vi.useRealTimers();
});

/** A verifier of the project's own that counts the signatures it checks. */
function countingVerifier(options: { maxEntries?: number } = {}) {
  const verifier: CredentialVerifier = createCredentialVerifier({
    keys: { kind: 'jwks', jwks: gateway.jwks },
    audience: 'payment',
    remember: { maxEntries: 0 },
  });
  let checked = 0;
  const verify = rememberVerified(async (token) => {
    checked += 1;
    return verifier.verify(token);
  }, options);
  return { verify, checked: () => checked };
}

const credentialFor = (caller: Caller) =>
  createCredentialSigner({ key: gateway.key, issuer: credentialIssuers.gateway }).sign(caller, 'payment');

describe('remembered verifications', () => {
  it('check a token once and answer the same caller for it until 30 s have passed', async () => {
    const { verify, checked } = countingVerifier();
    const credential = await credentialFor(agent);
    const caller = await verify(credential);
    vi.setSystemTime(later(29));
    expect(await verify(credential)).toEqual(caller);
    expect(checked()).toBe(1);
    vi.setSystemTime(later(31));
    expect(await verify(credential)).toEqual(caller);
    expect(checked()).toBe(2);
  });

  it('never outlive the token: after its exp it is checked again, and refused', async () => {
    const { verify, checked } = countingVerifier();
    const credential = await credentialFor({ ...agent, expiresAt: later(10) });
    await verify(credential);
    vi.setSystemTime(later(16));
    expect(await refusalReason(verify(credential))).toBe('expired');
    expect(checked()).toBe(2);
  });

  it('keep no refusal: a bad token is checked every time', async () => {
    const { verify, checked } = countingVerifier();
    const tampered = `${(await credentialFor(agent)).slice(0, -4)}AAAA`;
    expect(await refusalReason(verify(tampered))).toBe('bad signature');
    expect(await refusalReason(verify(tampered))).toBe('bad signature');
    expect(await refusalReason(verify(undefined))).toBe('missing');
    expect(checked()).toBe(3);
  });

  it('forget the oldest token first when full, and nothing when told to remember none', async () => {
    const { verify, checked } = countingVerifier({ maxEntries: 2 });
    const [first, second, third] = await Promise.all(
      ['u-1', 'u-2', 'u-3'].map((id) => credentialFor({ ...agent, id })),
    );
    for (const token of [first, second, third, third, second, first]) await verify(token);
    expect(checked()).toBe(4);
    const none = countingVerifier({ maxEntries: 0 });
    await none.verify(first);
    await none.verify(first);
    expect(none.checked()).toBe(2);
  });
});
