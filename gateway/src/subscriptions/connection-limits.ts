import { SubscriptionLimitError } from './limits';

/**
 * What the limits read of a graphql-ws connection (its `Context`): the ids of the operations graphql-ws is
 * running on it. graphql-ws removes an id however its operation ends (completed by either side, failed,
 * refused, or the socket closed), so a place held under an id is free once graphql-ws has let it go.
 */
export interface LimitedConnection {
  readonly subscriptions: Readonly<Record<string, unknown>>;
}

/**
 * The sockets each caller has open, counted from an admitted connection_init until the socket closes.
 * Connections are keyed by their graphql-ws context, which lives as long as the socket.
 */
export class CallerConnections {
  private readonly openByCaller = new Map<string, number>();
  private readonly callerOf = new WeakMap<LimitedConnection, string>();

  constructor(private readonly max: number) {}

  /** Counts the connection for its caller; returns why it is refused instead when the caller has `max` open. */
  admit(connection: LimitedConnection, caller: string): SubscriptionLimitError | null {
    const open = this.openByCaller.get(caller) ?? 0;
    if (open >= this.max) {
      return new SubscriptionLimitError('connectionsPerCaller', 'Connections per caller', this.max);
    }
    this.openByCaller.set(caller, open + 1);
    this.callerOf.set(connection, caller);
    return null;
  }

  /** The socket closed: its caller may open another. A connection never admitted is ignored. */
  release(connection: LimitedConnection): void {
    const caller = this.callerOf.get(connection);
    if (caller === undefined) return;
    this.callerOf.delete(connection);
    const open = (this.openByCaller.get(caller) ?? 1) - 1;
    if (open > 0) this.openByCaller.set(caller, open);
    else this.openByCaller.delete(caller);
  }
}

/**
 * The subscriptions each connection was allowed to start, at most `max` running at once. Only subscribes
 * that passed the limit and the document checks hold a place; refused ones, however many, hold none.
 */
export class SubscriptionSlots {
  private readonly heldBy = new WeakMap<LimitedConnection, Set<string>>();
  /** Every refusal says the same: built once, so a burst of them allocates nothing per subscribe. */
  private readonly refusal: SubscriptionLimitError;

  constructor(private readonly max: number) {
    this.refusal = new SubscriptionLimitError(
      'subscriptionsPerConnection',
      'Subscriptions per connection',
      max,
    );
  }

  /** The refusal for subscribe `id` when the connection already runs `max` subscriptions; null otherwise. */
  refuse(connection: LimitedConnection, id: string): SubscriptionLimitError | null {
    return this.running(connection, id) < this.max ? null : this.refusal;
  }

  /** Counts subscription `id` against the connection until graphql-ws lets it go. */
  hold(connection: LimitedConnection, id: string): void {
    const held = this.heldBy.get(connection) ?? new Set<string>();
    held.add(id);
    this.heldBy.set(connection, held);
  }

  /** Subscriptions the connection runs besides `except`, forgetting those graphql-ws has let go. */
  private running(connection: LimitedConnection, except: string): number {
    const held = this.heldBy.get(connection);
    if (!held) return 0;
    let running = 0;
    for (const id of held) {
      // graphql-ws registers `except` before asking whether it may run; a held id of the same name ended.
      if (id === except || !(id in connection.subscriptions)) held.delete(id);
      else running += 1;
    }
    return running;
  }
}
