import type { z } from 'zod';
import { BadUserInputError } from './errors';

/**
 * Validates a mutation's input before anything touches the database. The first problem becomes
 * BAD_USER_INPUT naming the offending field by its path in the input (`input.amount`, `input.records.3.cif`).
 */
export function validateInput<T extends z.ZodType>(schema: T, input: unknown, root = 'input'): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = [root, ...(issue?.path ?? []).map(String)].join('.');
  throw new BadUserInputError(field, `${field}: ${issue?.message ?? 'invalid value'}`);
}

const currencies = new Set(Intl.supportedValuesOf('currency'));

/** ISO 4217 codes the runtime knows (VND, USD, EUR, ...). */
export function isCurrencyCode(code: string): boolean {
  return currencies.has(code);
}

const MONEY = /^\d{1,16}(\.\d{1,2})?$/;

/** A positive amount that fits DECIMAL(18,2) exactly, as a string. */
export function isMoney(value: string): boolean {
  return MONEY.test(value) && /[1-9]/.test(value);
}
