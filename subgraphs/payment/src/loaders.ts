import { pagesByParent, rowByKey } from '@collexis/platform/db';
import type { PaymentDatabase } from './db/database';
import type { PaymentPageRequest } from './queries/payment-args';
import {
  findPaymentsByReferenceNumbers,
  findPaymentsPerParent,
  type PaymentConditions,
  type PaymentParent,
} from './repository/payments';

/** Which page of a parent's payments to load: the field's page and filter. */
export interface ParentPaymentsPage extends PaymentPageRequest {
  conditions: PaymentConditions;
}

/** Pages of many parents' payments: one statement per distinct page request, whatever the number of parents. */
function paymentsPerParentLoader(db: PaymentDatabase, parent: PaymentParent) {
  return pagesByParent(
    (parentKeys, { size, after, conditions }: ParentPaymentsPage) =>
      findPaymentsPerParent(db, parent, parentKeys, { conditions, after, take: size + 1 }),
    (payment) => payment[parent],
  );
}

/**
 * One set per request, so nothing is cached across requests. A subscription lives for many events, so its
 * payment loader batches without caching: each event shows the payment as it is when the event is sent.
 */
export function createLoaders(db: PaymentDatabase, options: { cache: boolean } = { cache: true }) {
  return {
    paymentByReferenceNumber: rowByKey(
      (referenceNumbers) => findPaymentsByReferenceNumbers(db, referenceNumbers),
      (payment) => payment.referenceNumber,
      { cache: options.cache },
    ),
    paymentsByLoan: paymentsPerParentLoader(db, 'loanAccountNumber'),
    paymentsByCustomer: paymentsPerParentLoader(db, 'cif'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
