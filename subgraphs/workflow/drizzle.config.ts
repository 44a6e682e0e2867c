import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: '../../drizzle/workflow',
  schemaFilter: ['workflow_service'],
  migrations: { schema: 'workflow_service', table: '__drizzle_migrations' },
});
