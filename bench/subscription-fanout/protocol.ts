/**
 * Messages between the bench and its subscriber process (`clients.ts`) over Node's IPC channel, with the
 * `advanced` serialization so that receive times travel as Float64Arrays. Both sides parse what they get.
 * Clients come in groups, one per stream kind; every other message names the group.
 */
import { z } from 'zod';

const stream = z.enum(['payment', 'workflow']);

export const toClients = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('open'),
    stream,
    /** The server's http(s) URL; clients connect to the same URL over ws. */
    url: z.string(),
    query: z.string(),
    variables: z.record(z.string(), z.unknown()),
    connectionParams: z.record(z.string(), z.unknown()),
    count: z.number().int().positive(),
  }),
  /** Answer once every client of the stream has received every one of these events, or after `timeoutMs`. */
  z.object({
    kind: z.literal('await'),
    stream,
    references: z.array(z.string()),
    timeoutMs: z.number(),
  }),
  /** The receive times of these events. */
  z.object({ kind: z.literal('collect'), stream, references: z.array(z.string()) }),
]);
export type ToClients = z.infer<typeof toClients>;

export const fromClients = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('opened'), connected: z.number(), failed: z.number() }),
  z.object({ kind: z.literal('awaited'), complete: z.boolean() }),
  z.object({
    kind: z.literal('collected'),
    /** Per event (in the order asked), when each client received it: ms since the epoch, NaN if never. */
    receivedAt: z.array(z.instanceof(Float64Array)),
    /** Per event, `occurredAt` as delivered (ms since the epoch, PostgreSQL's clock), NaN if never seen. */
    occurredAt: z.array(z.union([z.number(), z.nan()])),
    /** Results a client received for an event it had already received. */
    duplicated: z.number(),
    /** Results whose cursor was not above the previous one of the same client. */
    outOfOrder: z.number(),
    /** Results that carried GraphQL errors. */
    withErrors: z.number(),
    /** The messages of the first result with errors. */
    firstError: z.string().nullable(),
    /** Clients whose socket closed or whose subscription failed during the run. */
    clientFailures: z.number(),
    /** The first such failure, for the report. */
    firstFailure: z.string().nullable(),
    /** One result's `data` as received, for the floor to send the same bytes; null if none arrived. */
    sample: z.unknown(),
  }),
]);
export type FromClients = z.infer<typeof fromClients>;
