import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSigningKey, loadSigningKey, signAccessToken } from '@collexis/identity';
import { postGraphQL } from '@collexis/platform/http';
import { gatewayHeaders, readerCaller, subscribe, testKeys, viewers } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loansWithCases, paymentInput, RECORD_PAYMENT } from './support/payments';

const READ = '{ customers(first: 1) { nodes { cif } } }';
const FEED =
  'subscription($after: String) { paymentEvents(after: $after) { cursor payment { referenceNumber } } }';

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Signs as the stack's identity provider, with whatever is wrong with the token. */
async function userToken(options: { ttlSeconds?: number; issuer?: string; audience?: string } = {}) {
  const keys = await testKeys();
  return signAccessToken({
    key: await loadSigningKey(keys.userTokens.privateKey),
    subject: 'token.tester',
    roles: ['AGENT'],
    ...options,
  });
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('only a valid access token gets in, over HTTP and graphql-ws', () => {
  let stack: TestStack;
  let elsewhere: string;
  const badTokens: [string, () => Promise<Record<string, string>>][] = [
    ['missing', async () => ({})],
    ['garbage', async () => bearer('not-a-token')],
    ['expired', async () => bearer(await userToken({ ttlSeconds: -120 }))],
    ['of another issuer', async () => bearer(await userToken({ issuer: 'someone-else' }))],
    ['for another audience', async () => bearer(await userToken({ audience: 'another-graph' }))],
    [
      'signed with a key nobody trusts',
      async () => {
        const files = await generateSigningKey(elsewhere, 'stranger');
        return bearer(
          await signAccessToken({
            key: await loadSigningKey(files.privateKey),
            subject: 'x',
            roles: ['ADMIN'],
          }),
        );
      },
    ],
    [
      'alg none',
      async () =>
        bearer(
          `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({
            sub: 'x',
            roles: ['ADMIN'],
            iss: 'collexis-dev',
            aud: 'collexis-graph',
            exp: Math.floor(Date.now() / 1000) + 600,
          })}.`,
        ),
    ],
  ];

  beforeAll(async () => {
    elsewhere = await mkdtemp(join(tmpdir(), 'collexis-stranger-'));
    stack = await startTestStack({ demo: { customers: 3 }, consumers: false });
  });
  afterAll(async () => {
    await stack?.stop();
    await rm(elsewhere, { recursive: true, force: true });
  });

  it.each(badTokens)('refuses a token %s with 401 UNAUTHENTICATED', async (_, headers) => {
    const response = await fetch(stack.gateway().url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await headers()) },
      body: JSON.stringify({ query: READ }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it.each(badTokens)('closes a graphql-ws connection whose token is %s with 4401', async (_, headers) => {
    const subscription = subscribe(stack.gateway().url, FEED, {}, headers);
    const ended = await subscription.ended;
    expect(ended.closeCode).toBe(4401);
  });

  it('answers a valid token', async () => {
    const response = await postGraphQL(stack.gateway().url, READ, {}, await gatewayHeaders(readerCaller));
    expect(response.errors).toBeUndefined();
  });

  it('ends a subscription when its token expires, and a new token resumes it from its cursor, nothing lost', async () => {
    const [loan] = await loansWithCases(stack.sql, 1);
    if (!loan) throw new Error('no loan');
    const record = async () => {
      const input = paymentInput(loan);
      expect((await stack.query(RECORD_PAYMENT, { input }, viewers.paymentProcessor)).errors).toBeUndefined();
      return input.referenceNumber;
    };
    const shortLived = bearer(await userToken({ ttlSeconds: 3 }));
    const first = subscribe<{ paymentEvents: { cursor: string; payment: { referenceNumber: string } } }>(
      stack.gateway().url,
      FEED,
      {},
      shortLived,
    );
    await first.connected;
    const before = await record();
    const [seen] = await first.waitFor(1);
    const ended = await first.ended;
    expect(ended.closeCode).toBe(4403);
    const missed = await record();
    const resumed = subscribe<{ paymentEvents: { cursor: string; payment: { referenceNumber: string } } }>(
      stack.gateway().url,
      FEED,
      { after: seen?.paymentEvents.cursor },
      () => gatewayHeaders(readerCaller),
    );
    const [again] = await resumed.waitFor(1);
    await resumed.close();
    expect(seen?.paymentEvents.payment.referenceNumber).toBe(before);
    expect(again?.paymentEvents.payment.referenceNumber).toBe(missed);
  });
});
