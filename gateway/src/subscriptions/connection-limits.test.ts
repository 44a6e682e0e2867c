import { describe, expect, it } from 'vitest';
import { CallerConnections, type LimitedConnection, SubscriptionSlots } from './connection-limits';

/** A connection as graphql-ws keeps it: the ids of the operations it runs now. */
function connection(): LimitedConnection & { subscriptions: Record<string, unknown> } {
  return { subscriptions: {} };
}

/** Subscribes `id` as graphql-ws does: registers it, asks the slots, and holds it when allowed. */
function subscribe(slots: SubscriptionSlots, on: ReturnType<typeof connection>, id: string) {
  on.subscriptions[id] = null;
  const refusal = slots.refuse(on, id);
  if (refusal) delete on.subscriptions[id];
  else slots.hold(on, id);
  return refusal;
}

describe('connections per caller', () => {
  it('admits a caller up to the limit and refuses the next with the limit named', () => {
    const callers = new CallerConnections(2);
    expect(callers.admit(connection(), 'sup.lan')).toBeNull();
    expect(callers.admit(connection(), 'sup.lan')).toBeNull();
    const refusal = callers.admit(connection(), 'sup.lan');
    expect(refusal?.message).toBe('Connections per caller limit of 2 exceeded.');
    expect(refusal?.extensions).toEqual({ code: 'LIMIT_EXCEEDED', limit: 'connectionsPerCaller', max: 2 });
    expect(callers.admit(connection(), 'ops.admin')).toBeNull();
  });

  it('lets a caller open another once one of theirs closed, and ignores connections it refused', () => {
    const callers = new CallerConnections(1);
    const first = connection();
    const refused = connection();
    expect(callers.admit(first, 'sup.lan')).toBeNull();
    expect(callers.admit(refused, 'sup.lan')).not.toBeNull();
    callers.release(refused);
    expect(callers.admit(connection(), 'sup.lan')).not.toBeNull();
    callers.release(first);
    callers.release(first);
    const second = connection();
    expect(callers.admit(second, 'sup.lan')).toBeNull();
    expect(callers.admit(connection(), 'sup.lan')).not.toBeNull();
  });
});

describe('subscriptions per connection', () => {
  it('runs up to the limit and refuses every subscribe beyond it, holding no place for them', () => {
    const slots = new SubscriptionSlots(3);
    const socket = connection();
    for (const id of ['1', '2', '3']) expect(subscribe(slots, socket, id)).toBeNull();
    for (let n = 4; n <= 5_000; n += 1) {
      const refusal = subscribe(slots, socket, String(n));
      expect(refusal?.extensions).toEqual({
        code: 'LIMIT_EXCEEDED',
        limit: 'subscriptionsPerConnection',
        max: 3,
      });
    }
    expect(subscribe(slots, socket, '5001')?.message).toBe(
      'Subscriptions per connection limit of 3 exceeded.',
    );
    // The refusals took no place: one that ends frees exactly one.
    delete socket.subscriptions['2'];
    expect(subscribe(slots, socket, '5002')).toBeNull();
    expect(subscribe(slots, socket, '5003')).not.toBeNull();
  });

  it('counts each connection apart', () => {
    const slots = new SubscriptionSlots(1);
    const one = connection();
    const other = connection();
    expect(subscribe(slots, one, '1')).toBeNull();
    expect(subscribe(slots, other, '1')).toBeNull();
    expect(subscribe(slots, one, '2')).not.toBeNull();
  });

  it('frees the place of an id that ended when the client reuses it', () => {
    const slots = new SubscriptionSlots(1);
    const socket = connection();
    expect(subscribe(slots, socket, 'feed')).toBeNull();
    delete socket.subscriptions.feed;
    expect(subscribe(slots, socket, 'feed')).toBeNull();
    expect(subscribe(slots, socket, 'other')).not.toBeNull();
  });
});
