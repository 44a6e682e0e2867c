import { isCurrencyCode } from '@collexis/platform/graphql';
import { getTableColumns } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import {
  addresses,
  collaterals,
  customers,
  dueSegmentations,
  emails,
  loanCollaterals,
  loans,
  phones,
  referenceCustomers,
} from '../db';

/**
 * The entity types core systems export, as file names spell them, in dependency order: a type comes after
 * every type its records refer to, so a run can check references against what it has already applied.
 */
export const syncEntityNames = [
  'customers',
  'phones',
  'addresses',
  'emails',
  'reference_customers',
  'loans',
  'collaterals',
  'loan_collaterals',
  'due_segmentations',
] as const;
export type SyncEntityName = (typeof syncEntityNames)[number];

export function isSyncEntityName(name: string): name is SyncEntityName {
  return syncEntityNames.some((known) => known === name);
}

/** Position of an entity type in dependency order (unknown names last), for sorting. */
export function dependencyRank(name: string): number {
  return isSyncEntityName(name) ? syncEntityNames.indexOf(name) : syncEntityNames.length;
}

/** Core systems that export records; CRM records originate here and are never synchronised. */
export const coreSourceSystems = ['T24', 'W4', 'OTHER'] as const;
export type CoreSourceSystem = (typeof coreSourceSystems)[number];

export function isCoreSourceSystem(name: string): name is CoreSourceSystem {
  return coreSourceSystems.some((known) => known === name);
}

/** The entity types a record can refer to. */
export type ParentName = 'customers' | 'loans' | 'collaterals';

export interface ParentReference {
  /** The record field that holds the parent's natural key. */
  field: string;
  parent: ParentName;
}

export interface SyncEntity {
  name: SyncEntityName;
  table: PgTable;
  /** Record fields (column names) that form the natural key: the upsert's conflict target. */
  key: readonly [string] | readonly [string, string];
  /** References inside the domain; a record whose parent is unknown is rejected, never orphaned. */
  parents: readonly ParentReference[];
  /** Closed value sets (docs/value-sets.md) of this entity's fields. */
  enums: Readonly<Record<string, readonly string[]>>;
  /** Extra per-field rules beyond type, length and scale; each returns the reason a value is wrong. */
  rules: Readonly<Record<string, (value: string) => string | undefined>>;
  /** Whether the table carries the seed's SynchronizedEntity columns (loan_collaterals has only timestamps). */
  synchronized: boolean;
  /**
   * Columns whose values before and after each change the ENTITY_UPDATED event carries, so that consumers can
   * react to a transition (a loan closing, its bucket worsening) without asking for the rows.
   */
  stateColumns: readonly string[];
}

const SOURCE_SYSTEMS = ['T24', 'W4', 'OTHER', 'CRM'];
const CUSTOMER_TYPES = ['INDIVIDUAL', 'ORGANIZATION'];
const ofCustomer: ParentReference = { field: 'cif', parent: 'customers' };
const ofLoan: ParentReference = { field: 'loan_account_number', parent: 'loans' };

const currency = (value: string) =>
  isCurrencyCode(value) ? undefined : `must be an ISO 4217 currency code, like VND or USD; got ${value}`;

function entity(
  name: SyncEntityName,
  table: PgTable,
  key: SyncEntity['key'],
  options: Partial<Pick<SyncEntity, 'parents' | 'enums' | 'rules' | 'synchronized' | 'stateColumns'>> = {},
): SyncEntity {
  return {
    name,
    table,
    key,
    parents: options.parents ?? [],
    enums: { source_system: SOURCE_SYSTEMS, ...options.enums },
    rules: options.rules ?? {},
    synchronized: options.synchronized ?? true,
    stateColumns: options.stateColumns ?? [],
  };
}

export const syncEntities: Readonly<Record<SyncEntityName, SyncEntity>> = {
  customers: entity('customers', customers, ['cif'], {
    enums: { type: CUSTOMER_TYPES, status: ['ACTIVE', 'INACTIVE'] },
  }),
  phones: entity('phones', phones, ['cif', 'type'], { parents: [ofCustomer] }),
  addresses: entity('addresses', addresses, ['cif', 'type'], { parents: [ofCustomer] }),
  emails: entity('emails', emails, ['cif', 'address'], { parents: [ofCustomer] }),
  reference_customers: entity('reference_customers', referenceCustomers, ['ref_cif'], {
    parents: [{ field: 'primary_cif', parent: 'customers' }],
    enums: { type: CUSTOMER_TYPES },
  }),
  loans: entity('loans', loans, ['account_number'], {
    parents: [ofCustomer],
    enums: { status: ['OPEN', 'CLOSED'] },
    rules: { currency },
    stateColumns: ['cif', 'status', 'delinquency_status'],
  }),
  collaterals: entity('collaterals', collaterals, ['collateral_number'], { parents: [ofCustomer] }),
  loan_collaterals: entity(
    'loan_collaterals',
    loanCollaterals,
    ['loan_account_number', 'collateral_number'],
    {
      parents: [ofLoan, { field: 'collateral_number', parent: 'collaterals' }],
      synchronized: false,
    },
  ),
  due_segmentations: entity('due_segmentations', dueSegmentations, ['loan_account_number', 'due_date'], {
    parents: [ofLoan],
  }),
};

/** Columns the CRM manages itself; a record that carries one is rejected as having an unknown field. */
const MANAGED_COLUMNS = new Set([
  'id',
  'created_by',
  'updated_by',
  'created_at',
  'updated_at',
  'is_editable',
  'last_synced_at',
]);

const columnsByEntity = new Map<SyncEntityName, ReadonlyMap<string, PgColumn>>();

/** The columns a record of the entity carries, by column name, in table order. */
export function recordColumns(entity: SyncEntity): ReadonlyMap<string, PgColumn> {
  let columns = columnsByEntity.get(entity.name);
  if (!columns) {
    columns = new Map(
      Object.values(getTableColumns(entity.table))
        .filter((column) => !MANAGED_COLUMNS.has(column.name))
        .map((column) => [column.name, column]),
    );
    columnsByEntity.set(entity.name, columns);
  }
  return columns;
}
