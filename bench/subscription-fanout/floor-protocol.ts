/**
 * Messages between the bench and the floor server (`floor-server.ts`) over Node's IPC channel. Requests
 * carry an id that their reply repeats, so that both streams' writers can ask at once.
 */
import { z } from 'zod';

const stream = z.enum(['payment', 'workflow']);

export const toFloor = z.discriminatedUnion('kind', [
  /** What every event of the stream looks like: one result's `data` as the gateway delivered it. */
  z.object({ kind: z.literal('sample'), id: z.number(), stream, data: z.unknown() }),
  /** One event now. */
  z.object({ kind: z.literal('one'), id: z.number(), stream }),
  /** `rate` events per second for `seconds`, on a fixed schedule. */
  z.object({ kind: z.literal('run'), id: z.number(), stream, rate: z.number(), seconds: z.number() }),
]);
export type ToFloor = z.infer<typeof toFloor>;

const commit = z.object({ reference: z.string(), sentAt: z.number(), committedAt: z.number() });

export const fromFloor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('listening'), url: z.string() }),
  z.object({ kind: z.literal('done'), id: z.number(), commits: z.array(commit), maxLagMs: z.number() }),
]);
export type FromFloor = z.infer<typeof fromFloor>;
