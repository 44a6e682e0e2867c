import { isCurrencyCode } from '@collexis/platform/graphql';
import { z } from 'zod';
import type { PaymentStatus } from '../generated/resolvers-types';
import { paymentStatuses, sourceSystems } from './enums';

/** How far ahead of this server's clock a payment date may be: the sender's clock may run a little fast. */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** Longest status reason accepted; the column is TEXT, the cap keeps reasons a sentence long. */
const REASON_MAX = 500;

/** A non-empty string of at most `max` characters (the column's length) without surrounding spaces. */
const text = (max: number) =>
  z
    .string()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((value) => value.trim() === value, 'must not start or end with spaces');

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** A positive amount that fits DECIMAL(18,2), as the Decimal scalar delivers it; each failure says what to fix. */
export const money = z.string().superRefine((value, context) => {
  const match = DECIMAL.exec(value);
  const problem = (message: string) => context.addIssue({ code: 'custom', message });
  if (!match) return problem(`must be a decimal number like "1234.50"; got ${JSON.stringify(value)}`);
  const [, sign, integer = '', fraction = ''] = match;
  if (sign === '-' && /[1-9]/.test(integer + fraction)) return problem(`must be positive; got ${value}`);
  if (!/[1-9]/.test(integer + fraction)) return problem(`must be greater than 0; got ${value}`);
  if (fraction.length > 2) return problem(`must have at most 2 decimal places; got ${value}`);
  if (integer.replace(/^0+(?=\d)/, '').length > 16) {
    return problem(`must be below 10^16, the largest DECIMAL(18,2); got ${value}`);
  }
});

const currency = z
  .string()
  .refine(
    (code) => /^[A-Z]{3}$/.test(code) && isCurrencyCode(code),
    'must be an ISO 4217 currency code such as VND, USD or EUR',
  );

const paymentDate = z
  .date()
  .refine((date) => date.getTime() <= Date.now() + CLOCK_SKEW_MS, 'must not be in the future');

const paymentMethod = text(20).regex(/^[A-Z][A-Z0-9_]*$/, 'must be an upper-case code such as BANK_TRANSFER');

const reason = text(REASON_MAX);

const paymentFields = {
  referenceNumber: text(20),
  loanAccountNumber: text(20),
  cif: text(20),
  amount: money,
  currency,
  paymentDate,
  paymentMethod,
  statusReason: reason.nullish().transform((value) => value ?? null),
};

export const recordPaymentInput = z.object({
  ...paymentFields,
  status: z.enum(
    ['PENDING', 'COMPLETED', 'FAILED'],
    'must be PENDING, COMPLETED or FAILED; a COMPLETED payment is reversed with reversePayment',
  ),
  sourceSystem: z.enum(sourceSystems, `must be one of ${sourceSystems.join(', ')}`),
});

export const paymentNotificationInput = recordPaymentInput.extend({ requiresReceipt: z.boolean() });

/** A payment as a caller reports it, validated: what recording compares with a stored payment. */
export type ReportedPayment = Omit<z.infer<typeof recordPaymentInput>, 'status'> & { status: PaymentStatus };

export const completePaymentInput = z.object({ referenceNumber: text(20) });

export const failPaymentInput = z.object({ referenceNumber: text(20), reason });

export const reversePaymentInput = failPaymentInput;

export const syncPaymentsInput = z.object({
  sourceSystem: z.enum(sourceSystems, `must be one of ${sourceSystems.join(', ')}`),
  payments: z
    .array(z.unknown())
    .min(1, 'must list at least one payment')
    .max(500, 'must list at most 500 payments; split the batch'),
});

/** One record of a sync batch; each is validated on its own, so a bad record does not stop the batch. */
export const syncPaymentRecord = z.object({
  ...paymentFields,
  status: z.enum(paymentStatuses, `must be one of ${paymentStatuses.join(', ')}`),
});

const corePayment = z.object({
  referenceNumber: text(20),
  amount: money,
  currency,
  status: z.enum(paymentStatuses, `must be one of ${paymentStatuses.join(', ')}`),
});

export const reconcilePaymentsInput = z.object({
  date: z.string(),
  sourceSystem: z
    .enum(sourceSystems)
    .nullish()
    .transform((value) => value ?? null),
  corePayments: z
    .array(corePayment)
    .max(5_000, 'must list at most 5000 payments; reconcile a busier day by source system')
    .superRefine((payments, context) => {
      const seen = new Set<string>();
      payments.forEach(({ referenceNumber }, index) => {
        if (seen.has(referenceNumber)) {
          context.addIssue({
            code: 'custom',
            path: [index, 'referenceNumber'],
            message: `${referenceNumber} is listed twice`,
          });
        }
        seen.add(referenceNumber);
      });
    }),
});
