/**
 * Rows that come from the core systems are written by the nightly sync job of their source system
 * (created_by/updated_by) and are read-only in the CRM (is_editable false).
 */

export type CoreSystem = 'T24' | 'W4';

export const SYNC_USERS: Record<CoreSystem, string> = { T24: 'T24_SYNC', W4: 'W4_SYNC' };
