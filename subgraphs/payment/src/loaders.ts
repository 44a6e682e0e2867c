import { toConnection } from '@collexis/platform/graphql';
import DataLoader from 'dataloader';
import type { PaymentDatabase, PaymentPage, PaymentRow } from './models';
import { type PaymentPageRequest, paymentCursor } from './payment-args';
import {
  findPaymentsByReferenceNumbers,
  findPaymentsPerParent,
  type PaymentConditions,
  type PaymentParent,
} from './repository/payments';

/** Which page of one parent's payments to load: the parent's key plus the field's page and filter. */
export interface ParentPaymentsKey {
  parentKey: string;
  page: PaymentPageRequest;
  conditions: PaymentConditions;
}

/** Keys with the same signature share one statement; Dates serialize as ISO strings. */
function pageSignature({ page, conditions }: ParentPaymentsKey): string {
  return JSON.stringify([page.size, page.after, conditions]);
}

interface PageBatch {
  page: PaymentPageRequest;
  conditions: PaymentConditions;
  members: { parentKey: string; index: number }[];
}

function batchBySignature(keys: readonly ParentPaymentsKey[]): PageBatch[] {
  const batches = new Map<string, PageBatch>();
  keys.forEach((key, index) => {
    const signature = pageSignature(key);
    const batch = batches.get(signature) ?? { page: key.page, conditions: key.conditions, members: [] };
    batch.members.push({ parentKey: key.parentKey, index });
    batches.set(signature, batch);
  });
  return [...batches.values()];
}

function groupByParent(rows: readonly PaymentRow[], parent: PaymentParent): Map<string, PaymentRow[]> {
  const groups = new Map<string, PaymentRow[]>();
  for (const row of rows) {
    const group = groups.get(row[parent]);
    if (group) group.push(row);
    else groups.set(row[parent], [row]);
  }
  return groups;
}

/** Pages of many parents' payments: one statement per distinct page request, whatever the number of parents. */
function paymentsPerParentLoader(db: PaymentDatabase, parent: PaymentParent) {
  return new DataLoader<ParentPaymentsKey, PaymentPage, string>(
    async (keys) => {
      const pages: PaymentPage[] = new Array(keys.length);
      await Promise.all(
        batchBySignature(keys).map(async ({ page, conditions, members }) => {
          const parentKeys = members.map((member) => member.parentKey);
          const rows = await findPaymentsPerParent(db, parent, parentKeys, {
            conditions,
            after: page.after,
            take: page.size + 1,
          });
          const rowsByParent = groupByParent(rows, parent);
          for (const { parentKey, index } of members) {
            pages[index] = toConnection(rowsByParent.get(parentKey) ?? [], page.size, paymentCursor);
          }
        }),
      );
      return pages;
    },
    { cacheKeyFn: (key) => JSON.stringify([key.parentKey, pageSignature(key)]) },
  );
}

/**
 * One set per request, so nothing is cached across requests. A subscription lives for many events, so its
 * payment loader batches without caching: each event shows the payment as it is when the event is sent.
 */
export function createLoaders(db: PaymentDatabase, options: { cache: boolean } = { cache: true }) {
  return {
    paymentByReferenceNumber: new DataLoader<string, PaymentRow | null>(
      async (referenceNumbers) => {
        const rows = await findPaymentsByReferenceNumbers(db, referenceNumbers);
        const byReferenceNumber = new Map(rows.map((row) => [row.referenceNumber, row]));
        return referenceNumbers.map((referenceNumber) => byReferenceNumber.get(referenceNumber) ?? null);
      },
      { cache: options.cache },
    ),
    paymentsByLoan: paymentsPerParentLoader(db, 'loanAccountNumber'),
    paymentsByCustomer: paymentsPerParentLoader(db, 'cif'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
