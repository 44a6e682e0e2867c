import type { PaymentEventType, PaymentStatus, SourceSystem } from '../generated/resolvers-types';

/**
 * Column values as the GraphQL enums they hold. The columns are varchar and only ever receive validated
 * values, so an unknown one is a broken database, reported as an internal error.
 */
function narrowTo<T extends string>(name: string, values: readonly T[]): (value: string) => T {
  return (value) => {
    const found = values.find((candidate) => candidate === value);
    if (found === undefined)
      throw new Error(`payment_service holds an unknown ${name} ${JSON.stringify(value)}`);
    return found;
  };
}

export const paymentStatuses = [
  'PENDING',
  'COMPLETED',
  'FAILED',
  'REVERSED',
] as const satisfies readonly PaymentStatus[];
export const sourceSystems = ['T24', 'W4', 'OTHER', 'CRM'] as const satisfies readonly SourceSystem[];
const paymentEventTypes = [
  'PAYMENT_RECEIVED',
  'PAYMENT_FAILED',
  'PAYMENT_REVERSED',
] as const satisfies readonly PaymentEventType[];

export const paymentStatusOf = narrowTo<PaymentStatus>('payment status', paymentStatuses);
export const paymentEventTypeOf = narrowTo<PaymentEventType>('payment event type', paymentEventTypes);
export const sourceSystemOf = narrowTo<SourceSystem>('source system', sourceSystems);
