import * as bankSync from '@collexis/bank-sync';
import type { DemoOptions } from '@collexis/demo-data';
import * as payment from '@collexis/payment';
import { createDatabase, type DatabaseOptions, migrateDomain } from '@collexis/platform/db';
import * as workflow from '@collexis/workflow';

/** The three domains by subgraph name, each with its migrations, demo seed and server. */
export const domains = { 'bank-sync': bankSync, payment, workflow } as const;
export type DomainName = keyof typeof domains;
export const domainNames = Object.keys(domains) as DomainName[];

/** Applies every domain's pending migrations; each domain keeps its own migrations table, so it is safe to rerun. */
export async function migrateAll(databaseUrl: string, log: (line: string) => void = () => {}): Promise<void> {
  const { db, close } = createDatabase({}, { url: databaseUrl });
  try {
    for (const name of domainNames) {
      await migrateDomain(db, domains[name].migrations);
      log(`${name}: migrations applied`);
    }
  } finally {
    await close();
  }
}

/** Loads the demo universe into every domain whose tables are still empty. */
export async function seedAll(
  database: DatabaseOptions,
  demo: Partial<DemoOptions>,
  log: (line: string) => void = () => {},
): Promise<void> {
  for (const name of domainNames) {
    const { inserted } = await domains[name].seedDemo(database, demo);
    log(`${name}: ${inserted ? `${inserted} demo rows loaded` : 'demo data already present'}`);
  }
}
