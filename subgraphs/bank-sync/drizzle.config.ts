import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: '../../drizzle/bank-sync',
  schemaFilter: ['bank_sync_service'],
  migrations: { schema: 'bank_sync_service', table: '__drizzle_migrations' },
});
