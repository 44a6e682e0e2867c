import { type EventSelection, parseEventCursor, requireTypes } from '@collexis/events/publish';
import { BadUserInputError } from '@collexis/platform/graphql';
import type { SyncEventRow } from '../db/database';
import type { SyncEventFilter, SyncEventType } from '../generated/resolvers-types';
import { entityNameOf } from '../inputs/entity-types';
import { matchingSyncEvents } from '../repository/sync-events';

export { eventCursor } from '@collexis/events/publish';

const EVENT_TYPES: readonly SyncEventType[] = ['ENTITY_UPDATED', 'SYNC_COMPLETED', 'SYNC_FAILED'];

/** The GraphQL type of a stored event type; anything else is a broken outbox, not a client error. */
export function syncEventTypeOf(stored: string): SyncEventType {
  const type = EVENT_TYPES.find((candidate) => candidate === stored);
  if (!type) throw new Error(`sync event of unknown type ${stored}`);
  return type;
}

/** Parses `after`: a sequence as a decimal string; null stays null. */
export const parseSyncEventCursor = (after: string | null | undefined) =>
  parseEventCursor(after, 'sync event');

/** A filter, validated, as SQL conditions on the outbox and as the same test applied to live events. */
export function syncEventSelection(filter: SyncEventFilter | null | undefined): EventSelection<SyncEventRow> {
  const types = requireTypes(filter?.types, 'SyncEventType');
  if (filter?.entityTypes?.length === 0) {
    throw new BadUserInputError(
      'filter.entityTypes',
      'entityTypes must list at least one SyncEntityType; omit it for every entity type',
    );
  }
  const entityTypes = filter?.entityTypes?.map(entityNameOf);
  return {
    where: matchingSyncEvents({ types, entityTypes }),
    matches: (event) =>
      (types === undefined || types.some((type) => type === event.eventType)) &&
      (entityTypes === undefined ||
        event.entityTypes.some((name) => entityTypes.some((wanted) => wanted === name))),
  };
}
