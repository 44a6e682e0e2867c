/**
 * Messages between the bench and its subscriber process (`clients.ts`) over Node's IPC channel, with the
 * `advanced` serialization so that receive times travel as Float64Arrays. Both sides parse what they get.
 */
import { z } from 'zod';

export const toClients = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('open'),
    /** The gateway's http(s) URL; clients connect to the same URL over ws. */
    url: z.string(),
    query: z.string(),
    variables: z.record(z.string(), z.unknown()),
    connectionParams: z.record(z.string(), z.unknown()),
    count: z.number().int().positive(),
  }),
  /** Answer once every client has received every one of these payments, or after `timeoutMs`. */
  z.object({ kind: z.literal('await'), references: z.array(z.string()), timeoutMs: z.number() }),
  /** The receive times of these payments. */
  z.object({ kind: z.literal('collect'), references: z.array(z.string()) }),
]);
export type ToClients = z.infer<typeof toClients>;

export const fromClients = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('opened'), connected: z.number(), failed: z.number() }),
  z.object({ kind: z.literal('awaited'), complete: z.boolean() }),
  z.object({
    kind: z.literal('collected'),
    /** Per payment (in the order asked), when each client received it: ms since the epoch, NaN if never. */
    receivedAt: z.array(z.instanceof(Float64Array)),
    /** Per payment, `occurredAt` as delivered (ms since the epoch, PostgreSQL's clock), NaN if never seen. */
    occurredAt: z.array(z.union([z.number(), z.nan()])),
    /** Results a client received for a payment it had already received. */
    duplicated: z.number(),
    /** Results whose cursor was not above the previous one of the same client. */
    outOfOrder: z.number(),
    /** Results that carried GraphQL errors. */
    withErrors: z.number(),
    /** Clients whose socket closed or whose subscription failed during the run. */
    clientFailures: z.number(),
    /** The first such failure, for the report. */
    firstFailure: z.string().nullable(),
  }),
]);
export type FromClients = z.infer<typeof fromClients>;
