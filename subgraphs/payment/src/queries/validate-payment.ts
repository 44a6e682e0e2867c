import type { PaymentRow } from '../db/database';
import type { ValidationProblem } from '../generated/resolvers-types';
import { compareWithStored } from '../inputs/compare';
import { recordPaymentInput } from '../inputs/payments';

export interface ValidationResult {
  valid: boolean;
  problems: ValidationProblem[];
}

/**
 * Every problem `recordPayment` would find with this input, not only the first: the input's own problems,
 * then whether it conflicts with a payment already stored under its reference number. Writes nothing.
 */
export async function validatePayment(
  input: unknown,
  findStored: (referenceNumber: string) => Promise<PaymentRow | null>,
): Promise<ValidationResult> {
  const parsed = recordPaymentInput.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const field = ['input', ...issue.path.map(String)].join('.');
      return { field, message: `${field}: ${issue.message}` };
    });
    return { valid: false, problems };
  }
  const stored = await findStored(parsed.data.referenceNumber);
  const comparison = stored ? compareWithStored(stored, parsed.data) : { kind: 'same' as const };
  if (comparison.kind === 'conflict') {
    return { valid: false, problems: [{ field: `input.${comparison.field}`, message: comparison.message }] };
  }
  if (comparison.kind === 'advances') {
    const message = `payment ${parsed.data.referenceNumber} is ${stored?.status}; its status changes with completePayment, failPayment or reversePayment`;
    return { valid: false, problems: [{ field: 'input.status', message }] };
  }
  return { valid: true, problems: [] };
}
