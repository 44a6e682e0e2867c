import { validateInput } from '@collexis/platform/graphql';
import { z } from 'zod';
import { BATCH_SIZE, type FileRunRequest, type PushRequest } from '../commands/sync-pipeline';
import type { PushSyncBatchInput, RunSyncInput, SyncEntityType } from '../generated/resolvers-types';
import { entityNameOf, syncEntityTypes } from './entity-types';
import { coreSourceSystems, type SyncEntityName, syncEntityNames } from './sync-entities';

const sourceSystem = z.enum(coreSourceSystems, {
  error: 'must be T24, W4 or OTHER: CRM records are created in the CRM, never synchronised',
});

const runSyncInput = z.object({
  sourceSystem,
  entityTypes: z
    .array(z.custom<SyncEntityType>())
    .min(1, 'must list at least one entity type; omit it to import every entity type')
    .nullish(),
});

const pushSyncBatchInput = z.object({
  sourceSystem,
  entityType: z.enum(syncEntityTypes),
  records: z
    .array(
      z.record(z.string(), z.unknown(), { error: 'must be a JSON object of fields, like {"cif": "CIF001"}' }),
    )
    .min(1, 'must hold at least one record')
    .max(BATCH_SIZE, `must hold at most ${BATCH_SIZE} records; send more in several batches or as a file`),
});

/** Dependency order, each type once. */
function inDependencyOrder(types: readonly SyncEntityType[]): SyncEntityName[] {
  const wanted = new Set(types.map(entityNameOf));
  return syncEntityNames.filter((name) => wanted.has(name));
}

export function fileRunRequest(input: RunSyncInput): FileRunRequest {
  const valid = validateInput(runSyncInput, input);
  return {
    sourceSystem: valid.sourceSystem,
    entityTypes: valid.entityTypes ? inDependencyOrder(valid.entityTypes) : [...syncEntityNames],
  };
}

export function pushRequest(input: PushSyncBatchInput): PushRequest {
  const valid = validateInput(pushSyncBatchInput, input);
  return {
    sourceSystem: valid.sourceSystem,
    entityType: entityNameOf(valid.entityType),
    records: valid.records,
  };
}
