import { type Client, createClient } from 'graphql-ws';
import { graphqlWebSocketUrl } from '../shared/token';
import type { BoardEvent } from './totals';

const BOARD_EVENTS = /* GraphQL */ `
  subscription BoardEvents($after: String) {
    paymentEvents(after: $after) {
      sequence
      cursor
      type
      occurredAt
      amount
      currency
      payment {
        referenceNumber
        paymentMethod
        paymentDate
        loan { accountNumber }
        customer { cif name case { assignedCallAgent { name } assignedFieldAgent { name } } }
      }
    }
  }
`;

/** What the board shows about its stream. */
export type StreamState =
  | { kind: 'connecting' }
  | { kind: 'live' }
  | { kind: 'interrupted'; reason: string; retryInMs: number }
  | { kind: 'signed-out'; reason: string };

export interface PaymentStreamOptions {
  token: () => string | null;
  /** Resume after this cursor (the head when the board loaded its totals). */
  after: string | null;
  onEvent: (event: BoardEvent) => void;
  onState: (state: StreamState) => void;
  /** The last cursor fell out of the replay window: what the board shows must be reloaded. */
  onCursorExpired: () => void;
}

/** Close codes after which only a new token helps (docs/subscriptions.md). */
const SIGN_IN_AGAIN = new Set([4401, 4403]);
const MAX_BACKOFF_MS = 5_000;

const isCloseEvent = (value: unknown): value is CloseEvent =>
  typeof value === 'object' && value !== null && 'code' in value && 'reason' in value;

/**
 * The board's `paymentEvents` subscription, which survives any interruption by itself: each time the socket
 * closes or the subscription fails it waits (backing off to 5 s), then subscribes again on a new socket with
 * `after` set to the last cursor it delivered, so nothing is missed; an event at or before that cursor's
 * sequence is dropped, so nothing repeats. A refused or expired token stops it until `resume()`.
 */
export class PaymentStream {
  private lastCursor: string | null;
  private lastSequence: bigint | null = null;
  private client: Client | null = null;
  private attempt = 0;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(private readonly options: PaymentStreamOptions) {
    this.lastCursor = options.after;
  }

  get cursor(): string | null {
    return this.lastCursor;
  }

  start(): void {
    this.stopped = false;
    this.connect();
  }

  /** Again after a sign-in, from the last cursor. */
  resume(): void {
    this.attempt = 0;
    this.start();
  }

  stop(): void {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    void this.client?.dispose();
    this.client = null;
  }

  private connect() {
    const token = this.options.token();
    if (!token) {
      this.options.onState({ kind: 'signed-out', reason: 'no token' });
      return;
    }
    this.options.onState({ kind: 'connecting' });
    let closedWith: CloseEvent | null = null;
    const client = createClient({
      url: graphqlWebSocketUrl(),
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      keepAlive: 10_000,
      on: {
        connected: () => {
          this.attempt = 0;
          this.options.onState({ kind: 'live' });
        },
        closed: (event) => {
          if (isCloseEvent(event)) closedWith = event;
        },
      },
    });
    this.client = client;
    client.subscribe<{ paymentEvents: BoardEvent }>(
      { query: BOARD_EVENTS, variables: { after: this.lastCursor } },
      {
        next: ({ data }) => {
          if (data?.paymentEvents) this.deliver(data.paymentEvents);
        },
        error: (error) => this.interrupted(client, closedWith ?? (isCloseEvent(error) ? error : null), error),
        complete: () => this.interrupted(client, closedWith, null),
      },
    );
  }

  private deliver(event: BoardEvent) {
    const sequence = BigInt(event.sequence);
    if (this.lastSequence !== null && sequence <= this.lastSequence) return;
    this.lastSequence = sequence;
    this.lastCursor = event.cursor;
    this.options.onEvent(event);
  }

  private interrupted(client: Client, closed: CloseEvent | null, error: unknown) {
    void client.dispose();
    if (this.client !== client || this.stopped) return;
    this.client = null;
    if (closed && SIGN_IN_AGAIN.has(closed.code)) {
      this.options.onState({ kind: 'signed-out', reason: closed.reason || 'the token was refused' });
      return;
    }
    const expired = Array.isArray(error) && error.some((e) => e?.extensions?.code === 'CURSOR_EXPIRED');
    if (expired) {
      this.options.onCursorExpired();
      return;
    }
    const retryInMs = Math.min(MAX_BACKOFF_MS, 250 * 2 ** this.attempt);
    this.attempt += 1;
    const reason = closed
      ? `connection closed (${closed.code}${closed.reason ? `: ${closed.reason}` : ''})`
      : Array.isArray(error)
        ? String(error[0]?.message ?? 'subscription failed')
        : 'connection lost';
    this.options.onState({ kind: 'interrupted', reason, retryInMs });
    this.retry = setTimeout(() => this.connect(), retryInMs);
  }
}
