import type { SyncEntityType } from '../generated/resolvers-types';
import type { SyncEntityName } from './sync-entities';

/** The GraphQL name of each entity type and the name its files and rows carry. */
const names: Readonly<Record<SyncEntityType, SyncEntityName>> = {
  CUSTOMERS: 'customers',
  PHONES: 'phones',
  ADDRESSES: 'addresses',
  EMAILS: 'emails',
  REFERENCE_CUSTOMERS: 'reference_customers',
  LOANS: 'loans',
  COLLATERALS: 'collaterals',
  LOAN_COLLATERALS: 'loan_collaterals',
  DUE_SEGMENTATIONS: 'due_segmentations',
};

export const syncEntityTypes: readonly SyncEntityType[] = [
  'CUSTOMERS',
  'PHONES',
  'ADDRESSES',
  'EMAILS',
  'REFERENCE_CUSTOMERS',
  'LOANS',
  'COLLATERALS',
  'LOAN_COLLATERALS',
  'DUE_SEGMENTATIONS',
];
const types = new Map<string, SyncEntityType>(syncEntityTypes.map((type) => [names[type], type]));

export function entityNameOf(type: SyncEntityType): SyncEntityName {
  return names[type];
}

/** The GraphQL enum value of an entity type stored in a row. */
export function entityTypeOf(name: string): SyncEntityType {
  const type = types.get(name);
  if (!type) throw new Error(`"${name}" is not a sync entity type`);
  return type;
}
