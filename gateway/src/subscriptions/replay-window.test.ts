import { describe, expect, it } from 'vitest';
import { resolveSubscriptionLimits } from './limits';
import { CursorExpiredError, requireReplayable } from './replay-window';

describe('the replay window', () => {
  it('replays from a cursor up to the limit behind the head', () => {
    expect(() => requireReplayable(0n, 10_000n, 10_000)).not.toThrow();
    expect(() => requireReplayable(20_000n, 20_000n, 10_000)).not.toThrow();
    // A cursor past the head (another process committed it first) only waits for live events.
    expect(() => requireReplayable(20_001n, 20_000n, 10_000)).not.toThrow();
  });

  it('refuses a cursor further behind, naming how far and the limit', () => {
    let refusal: unknown;
    try {
      requireReplayable(0n, 10_001n, 10_000);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(CursorExpiredError);
    expect(refusal).toMatchObject({
      message:
        'after 0 is 10001 events behind the newest; the gateway replays at most 10000 events. ' +
        'Subscribe without after for live events, or after a newer cursor.',
      extensions: { code: 'CURSOR_EXPIRED', field: 'after', max: 10_000 },
    });
  });
});

describe('the subscription limits', () => {
  it('take the defaults where none is given and refuse one that is not a positive integer', () => {
    expect(resolveSubscriptionLimits({ maxReplayEvents: 50 })).toEqual({
      maxSubscriptionsPerConnection: 100,
      maxConnectionsPerCaller: 30,
      maxReplayEvents: 50,
    });
    expect(() => resolveSubscriptionLimits({ maxSubscriptionsPerConnection: 0 })).toThrow(
      'subscription limit maxSubscriptionsPerConnection must be a positive integer; got 0',
    );
    expect(() => resolveSubscriptionLimits({ maxConnectionsPerCaller: 1.5 })).toThrow(/positive integer/);
  });
});
