import { LimitExceededCode } from '@collexis/platform/http';
import { GraphQLError } from 'graphql';
import { limitMessage } from '../limits/errors';

/**
 * What one graphql-ws client may hold on the gateway's subscription endpoint (docs/subscriptions.md). Every
 * limit is a positive integer: none can be switched off. `GATEWAY_MAX_SUBSCRIPTIONS_PER_CONNECTION`,
 * `GATEWAY_MAX_CONNECTIONS_PER_CALLER` and `GATEWAY_SUBSCRIPTION_REPLAY_LIMIT` (src/env.ts) override them.
 */
export interface SubscriptionLimits {
  /**
   * Subscriptions one socket may have running; the next subscribe is answered with a LIMIT_EXCEEDED error
   * before it is parsed or planned. A completed or failed subscription frees its place. @default 100
   */
  maxSubscriptionsPerConnection: number;
  /**
   * Sockets one caller (by viewer id) may have open; the next one is closed at connection_init with close
   * code 4008. A socket counts until the gateway sees it close. @default 30
   */
  maxConnectionsPerCaller: number;
  /**
   * How far behind the newest event a subscription's `after` may be for the gateway to replay from it, in
   * events (cursor positions); an older cursor is refused with CURSOR_EXPIRED. @default 10000
   */
  maxReplayEvents: number;
}

export const defaultSubscriptionLimits: SubscriptionLimits = {
  maxSubscriptionsPerConnection: 100,
  maxConnectionsPerCaller: 30,
  maxReplayEvents: 10_000,
};

/** The defaults overridden by `overrides`; throws on a limit that is not a positive integer. */
export function resolveSubscriptionLimits(overrides: Partial<SubscriptionLimits> = {}): SubscriptionLimits {
  const limits: SubscriptionLimits = { ...defaultSubscriptionLimits, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new Error(`subscription limit ${name} must be a positive integer; got ${value}`);
    }
  }
  return limits;
}

/** Which subscription limit refused a client: `extensions.limit` of its LIMIT_EXCEEDED error. */
export type SubscriptionLimitName = 'subscriptionsPerConnection' | 'connectionsPerCaller';

/**
 * A subscribe refused for going over a limit, shaped as the HTTP limits' refusals (decision 0020):
 * `extensions.code` LIMIT_EXCEEDED, `limit` and `max`, and a message naming both.
 */
export class SubscriptionLimitError extends GraphQLError {
  constructor(limit: SubscriptionLimitName, what: string, max: number) {
    super(limitMessage(what, max), { extensions: { code: LimitExceededCode, limit, max } });
  }
}
