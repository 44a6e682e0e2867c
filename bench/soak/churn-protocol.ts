/** What the bench and the soak's subscriber process (`churn.ts`) tell each other; both sides parse it. */
import { z } from 'zod';

/** Given to the subscriber process in its env, as JSON. */
export const churnConfig = z.object({
  /** The gateway's http(s) URL; clients connect to the same URL over ws. */
  url: z.string(),
  query: z.string(),
  connectionParams: z.record(z.string(), z.unknown()),
  /** Subscriptions open at any time. */
  subscriptions: z.number().int().positive(),
  minLifetimeMs: z.number().positive(),
  maxLifetimeMs: z.number().positive(),
});
export type ChurnConfig = z.infer<typeof churnConfig>;

export const toChurn = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('start') }),
  /** Close every subscription and report since the last start. */
  z.object({ kind: z.literal('stop') }),
]);

export const churnStats = z.object({
  kind: z.literal('stats'),
  /** Sockets the gateway acknowledged. */
  opened: z.number(),
  /** Subscriptions the process closed (its own choice, as planned). */
  closed: z.number(),
  /** Results received. */
  events: z.number(),
  /** Results that carried GraphQL errors. */
  withErrors: z.number(),
  /** Sockets or subscriptions the server closed, failed or completed before their time. */
  failures: z.number(),
  firstFailure: z.string().nullable(),
});
export type ChurnStats = z.infer<typeof churnStats>;

export const fromChurn = z.discriminatedUnion('kind', [z.object({ kind: z.literal('started') }), churnStats]);
