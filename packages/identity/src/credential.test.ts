import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { signAccessToken } from './access-token';
import type { Caller } from './claims';
import {
  type CredentialVerifier,
  createCredentialSigner,
  createCredentialVerifier,
  createServiceCredential,
  credentialIssuers,
} from './credential';
import { newTestKey, type TestKey } from './testing/keys';
import { refusalReason } from './testing/refusal';

const now = new Date('2026-03-02T09:00:00Z');
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);

const agent: Caller = { id: 'u-1001', roles: ['AGENT'], agentId: 'E0042', expiresAt: later(3600) };

let userTokens: TestKey;
let gateway: TestKey;
let services: TestKey;
let payment: CredentialVerifier;

beforeAll(async () => {
  [userTokens, gateway, services] = await Promise.all([newTestKey(), newTestKey(), newTestKey()]);
  const trusted = { keys: [...gateway.jwks.keys, ...services.jwks.keys] };
  payment = createCredentialVerifier({ keys: { kind: 'jwks', jwks: trusted }, audience: 'payment' });
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
});

afterEach(() => {
  vi.useRealTimers();
});

const gatewaySigner = () => createCredentialSigner({ key: gateway.key, issuer: credentialIssuers.gateway });

describe('the gateway credential', () => {
  it('carries the caller to the subgraph, for 60 s', async () => {
    const credential = await gatewaySigner().sign(agent, 'payment');
    expect(await payment.verify(credential)).toEqual({ ...agent, expiresAt: later(60) });
  });

  it('does not outlive the access token it was made for', async () => {
    const credential = await gatewaySigner().sign({ ...agent, expiresAt: later(20) }, 'payment');
    expect((await payment.verify(credential)).expiresAt).toEqual(later(20));
  });

  it('is reused per caller and subgraph until 10 s before it expires', async () => {
    const signer = gatewaySigner();
    const first = await signer.sign(agent, 'payment');
    vi.setSystemTime(later(49));
    expect(await signer.sign({ ...agent }, 'payment')).toBe(first);
    expect(await signer.sign(agent, 'workflow')).not.toBe(first);
    expect(await signer.sign({ ...agent, roles: ['SUPERVISOR'] }, 'payment')).not.toBe(first);
    vi.setSystemTime(later(50));
    expect(await signer.sign(agent, 'payment')).not.toBe(first);
  });

  it('is refused by another subgraph', async () => {
    const credential = await gatewaySigner().sign(agent, 'workflow');
    expect(await refusalReason(payment.verify(credential))).toBe('wrong audience');
  });

  it('is refused once expired', async () => {
    const credential = await gatewaySigner().sign(agent, 'payment');
    vi.setSystemTime(later(66));
    expect(await refusalReason(payment.verify(credential))).toBe('expired');
  });

  it('is refused from an issuer the subgraph does not trust', async () => {
    const credential = await createCredentialSigner({ key: gateway.key, issuer: 'collexis-dev' }).sign(
      agent,
      'payment',
    );
    expect(await refusalReason(payment.verify(credential))).toBe('wrong issuer');
  });

  it('cannot be forged with the user-token key, nor replaced by an access token', async () => {
    const forged = await createCredentialSigner({
      key: userTokens.key,
      issuer: credentialIssuers.gateway,
    }).sign({ ...agent, roles: ['ADMIN'] }, 'payment');
    expect(await refusalReason(payment.verify(forged))).toBe('unknown key');
    const accessToken = await signAccessToken({ key: userTokens.key, subject: 'u-1001', roles: ['ADMIN'] });
    expect(await refusalReason(payment.verify(accessToken))).toBe('unknown key');
  });
});

describe('a service credential', () => {
  it('speaks for the service as SYSTEM, under the services issuer', async () => {
    const consumer = createServiceCredential({ key: services.key, service: 'bank-sync-consumer' });
    expect(await payment.verify(await consumer.sign('payment'))).toEqual({
      id: 'bank-sync-consumer',
      roles: ['SYSTEM'],
      agentId: null,
      expiresAt: later(60),
    });
  });
});
