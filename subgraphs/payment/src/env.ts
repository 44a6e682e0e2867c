import { parseEnv, port, postgresUrl } from '@collexis/platform/env';
import { z } from 'zod';

export const paymentEnv = z.object({
  /** Port the subgraph listens on. */
  PORT: port(4002),
  /** Interface the subgraph listens on. */
  HOST: z.string().default('127.0.0.1'),
  /** PostgreSQL holding the payment_service schema. */
  DATABASE_URL: postgresUrl,
  /** Longest a single SQL statement may run before PostgreSQL cancels it. */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
});

export type PaymentEnv = z.infer<typeof paymentEnv>;

export const readPaymentEnv = (): PaymentEnv => parseEnv(paymentEnv);
