import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: '../../drizzle/payment',
  schemaFilter: ['payment_service'],
  migrations: { schema: 'payment_service', table: '__drizzle_migrations' },
});
