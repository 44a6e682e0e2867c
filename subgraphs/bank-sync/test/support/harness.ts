import { startTestSubgraph, type TestSubgraph, viewers } from '@collexis/platform/testing';
import { inject } from 'vitest';
import { migrations, schema } from '../../src/db';
import { start } from '../../src/server';

/** bank-sync alone on a database of its own (see startTestSubgraph). */
export type BankSyncHarness = TestSubgraph<typeof schema, Awaited<ReturnType<typeof start>>>;

/** A caller with the ADMIN role, as the gateway forwards it. */
export const adminHeaders = viewers.admin;

export interface HarnessOptions {
  /** The sync inbox folder. */
  syncInboxDir?: string;
}

/** A database of its own with bank-sync's migrations applied, and the subgraph serving it on a free port. */
export function startBankSync(options: HarnessOptions = {}): Promise<BankSyncHarness> {
  return startTestSubgraph({
    adminUrl: inject('postgresAdminUrl'),
    name: 'bank-sync',
    schema,
    migrations,
    start: (serving) => start({ ...serving, syncInboxDir: options.syncInboxDir }),
  });
}
