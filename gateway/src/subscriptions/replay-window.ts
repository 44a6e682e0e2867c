import { ErrorCode } from '@collexis/platform/graphql';
import { GraphQLError } from 'graphql';

/** A resume cursor too far behind the newest event: the gateway will not replay from it. */
export class CursorExpiredError extends GraphQLError {
  constructor(after: bigint, behind: bigint, maxEvents: number) {
    super(
      `after ${after} is ${behind} events behind the newest; the gateway replays at most ${maxEvents} events. ` +
        'Subscribe without after for live events, or after a newer cursor.',
      { extensions: { code: ErrorCode.CursorExpired, field: 'after', max: maxEvents } },
    );
  }
}

/**
 * Refuses to replay from `after` when it is more than `maxEvents` cursor positions behind `head`. A replay
 * costs the upstream a read of the outbox after the cursor and the gateway a federated resolution of each
 * event, so the distance bounds what one subscribe can cost.
 */
export function requireReplayable(after: bigint, head: bigint, maxEvents: number): void {
  if (!isReplayable(after, head, maxEvents)) throw new CursorExpiredError(after, head - after, maxEvents);
}

/** Whether `after` is at most `maxEvents` cursor positions behind `head`. */
export function isReplayable(after: bigint, head: bigint, maxEvents: number): boolean {
  return head - after <= BigInt(maxEvents);
}
