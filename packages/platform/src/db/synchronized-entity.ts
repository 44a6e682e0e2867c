import { boolean, timestamp, varchar } from 'drizzle-orm/pg-core';

/**
 * Seed 000's "SynchronizedEntity Base Fields" (id aside): which system and who wrote a row synchronized from
 * core banking, and when. Fresh column builders on every call, one set per table.
 */
export function synchronizedEntityColumns() {
  return {
    sourceSystem: varchar('source_system', { length: 10 }).notNull(),
    createdBy: varchar('created_by', { length: 50 }).notNull(),
    updatedBy: varchar('updated_by', { length: 50 }).notNull(),
    createdAt: timestamp('created_at', { mode: 'date', precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { mode: 'date', precision: 3 })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
    isEditable: boolean('is_editable').notNull().default(true),
    lastSyncedAt: timestamp('last_synced_at', { mode: 'date', precision: 3 }),
  };
}
