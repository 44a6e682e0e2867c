import type { StaleRecordResolvers } from '../generated/resolvers-types';
import { entityTypeOf } from '../inputs/entity-types';

export const StaleRecord: StaleRecordResolvers = {
  entityType: (record) => entityTypeOf(record.entityType),
  naturalKey: (record) => Object.values(record.key).join('/'),
};
