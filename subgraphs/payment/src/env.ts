import { parseEnv, serviceEnv } from '@collexis/platform/env';
import type { z } from 'zod';

export const paymentEnv = serviceEnv(4002);

export type PaymentEnv = z.infer<typeof paymentEnv>;

export const readPaymentEnv = (source: NodeJS.ProcessEnv = process.env): PaymentEnv =>
  parseEnv(paymentEnv, source);
