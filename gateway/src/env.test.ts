import { describe, expect, it } from 'vitest';
import { gatewayEnv, requestLimitsFromEnv, subscriptionLimitsFromEnv } from './env';
import { defaultRequestLimits } from './limits';
import { defaultSubscriptionLimits } from './subscriptions/limits';

/** The variables every gateway needs to know its callers, which these tests are not about. */
const identity = {
  AUTH_JWKS: 'file:/keys/users.jwks.json',
  GATEWAY_SIGNING_KEY: '/keys/gateway.private.jwk.json',
};

describe('the gateway environment', () => {
  it('gives the documented request limits when no variable is set', () => {
    expect(requestLimitsFromEnv(gatewayEnv.parse(identity))).toEqual(defaultRequestLimits);
  });

  it('gives the documented subscription limits when no variable is set, and reads each', () => {
    expect(subscriptionLimitsFromEnv(gatewayEnv.parse(identity))).toEqual(defaultSubscriptionLimits);
    const env = gatewayEnv.parse({
      ...identity,
      GATEWAY_MAX_SUBSCRIPTIONS_PER_CONNECTION: '10',
      GATEWAY_MAX_CONNECTIONS_PER_CALLER: '2',
      GATEWAY_SUBSCRIPTION_REPLAY_LIMIT: '500',
    });
    expect(subscriptionLimitsFromEnv(env)).toEqual({
      maxSubscriptionsPerConnection: 10,
      maxConnectionsPerCaller: 2,
      maxReplayEvents: 500,
    });
  });

  it('reads the cost limits by role as ROLE=limit pairs', () => {
    const env = gatewayEnv.parse({
      ...identity,
      GATEWAY_MAX_COST_BY_ROLE: 'analyst=50000, SUPERVISOR=20000',
      GATEWAY_MAX_DEPTH: '8',
    });
    expect(requestLimitsFromEnv(env)).toMatchObject({
      maxDepth: 8,
      maxCostByRole: { ANALYST: 50_000, SUPERVISOR: 20_000 },
    });
    expect(gatewayEnv.parse({ ...identity, GATEWAY_MAX_COST_BY_ROLE: '' }).GATEWAY_MAX_COST_BY_ROLE).toEqual(
      {},
    );
  });

  it.each([
    ['GATEWAY_MAX_COST_BY_ROLE', 'ANALYST=0'],
    ['GATEWAY_MAX_COST_BY_ROLE', 'ANALYST'],
    ['GATEWAY_MAX_TOKENS', '0'],
    ['GATEWAY_MAX_COST', 'unbounded'],
    ['GATEWAY_MAX_SUBSCRIPTIONS_PER_CONNECTION', '0'],
    ['GATEWAY_SUBSCRIPTION_REPLAY_LIMIT', '-1'],
  ])('refuses %s=%s: no limit can be switched off', (name, value) => {
    expect(gatewayEnv.safeParse({ ...identity, [name]: value }).success).toBe(false);
  });
});
