/** Seed 004's access-control matrix for the bank-sync service: the roles each kind of operation needs. */
export const Roles = {
  /** Synchronisation writes customers, loans and their children: bankSyncService write. */
  sync: ['ADMIN', 'SYSTEM'],
  /** The audit log. */
  audit: ['ADMIN'],
} as const satisfies Record<string, readonly string[]>;
