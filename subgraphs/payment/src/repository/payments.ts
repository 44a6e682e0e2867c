import { equalsAny, oncePerDatabase } from '@collexis/platform/db';
import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  gte,
  inArray,
  lt,
  lte,
  or,
  type SQL,
  type SQLWrapper,
  sql,
} from 'drizzle-orm';
import { payments } from '../db';
import type { NewPaymentRow, PaymentQueryRunner, PaymentRow } from '../db/database';

/** Where a payment sits in every payment list: newest first, the id breaking ties between equal dates. */
export interface PaymentPosition {
  paymentDate: Date;
  id: string;
}

/** Conditions a listed payment meets; an absent one does not narrow the list. */
export interface PaymentConditions {
  loanAccountNumber?: string;
  cif?: string;
  /** Inclusive. */
  paymentDateFrom?: Date;
  /** Exclusive. */
  paymentDateTo?: Date;
  statuses?: readonly string[];
}

/** One keyset page request: the payments after `after` that meet `conditions`, at most `take` of them. */
export interface PaymentSlice {
  conditions: PaymentConditions;
  after: PaymentPosition | null;
  take: number;
}

/** A column whose payments form one list per value: a loan's payments, a customer's payments. */
export type PaymentParent = 'loanAccountNumber' | 'cif';

const newestFirst = [desc(payments.paymentDate), desc(payments.id)];

function matching(conditions: PaymentConditions): (SQL | undefined)[] {
  const { loanAccountNumber, cif, paymentDateFrom, paymentDateTo, statuses } = conditions;
  return [
    loanAccountNumber === undefined ? undefined : eq(payments.loanAccountNumber, loanAccountNumber),
    cif === undefined ? undefined : eq(payments.cif, cif),
    paymentDateFrom === undefined ? undefined : gte(payments.paymentDate, paymentDateFrom),
    paymentDateTo === undefined ? undefined : lt(payments.paymentDate, paymentDateTo),
    statuses === undefined ? undefined : inArray(payments.status, [...statuses]),
  ];
}

/** A position as a statement's operands: its values, or placeholders a prepared statement is given them in. */
interface PositionOperands {
  paymentDate: Date | SQLWrapper;
  id: string | SQLWrapper;
}

/**
 * Payments strictly after `position` in newest-first order. The leading `lte` is implied by the rest; it is
 * there so that PostgreSQL can bound an index scan on payment_date instead of filtering every newer row.
 */
function after(position: PositionOperands | null): SQL | undefined {
  if (position === null) return undefined;
  const { paymentDate, id } = position;
  return and(
    lte(payments.paymentDate, paymentDate),
    or(
      lt(payments.paymentDate, paymentDate),
      and(eq(payments.paymentDate, paymentDate), lt(payments.id, id)),
    ),
  );
}

const paymentsByReferenceNumbers = oncePerDatabase((db: PaymentQueryRunner) =>
  db
    .select()
    .from(payments)
    .where(equalsAny(payments.referenceNumber, 'referenceNumbers'))
    .prepare('payment_payments_by_reference_numbers'),
);

export function findPaymentsByReferenceNumbers(
  db: PaymentQueryRunner,
  referenceNumbers: readonly string[],
): Promise<PaymentRow[]> {
  return paymentsByReferenceNumbers(db).execute({ referenceNumbers });
}

/** One page of payments, newest first. */
export function findPayments(db: PaymentQueryRunner, slice: PaymentSlice): Promise<PaymentRow[]> {
  return db
    .select()
    .from(payments)
    .where(and(...matching(slice.conditions), after(slice.after)))
    .orderBy(...newestFirst)
    .limit(slice.take);
}

const pageStart: PositionOperands = {
  paymentDate: sql.placeholder('afterDate'),
  id: sql.placeholder('afterId'),
};

/**
 * The same page of payments for each of many parents, with the parents' keys (`parentKeys`), where the page
 * starts (`afterDate`, `afterId`, when `paged`) and how many payments a parent keeps (`take`) as placeholders:
 * payments are numbered newest first within each parent and every parent keeps its first `take`. Rows come back
 * grouped by parent, newest first within a parent.
 */
function perParentPage(
  db: PaymentQueryRunner,
  parent: PaymentParent,
  conditions: PaymentConditions,
  paged: boolean,
) {
  const parentColumn = payments[parent];
  const numbered = db
    .select({
      ...getTableColumns(payments),
      positionInParent:
        sql<number>`row_number() over (partition by ${parentColumn} order by ${payments.paymentDate} desc, ${payments.id} desc)`.as(
          'position_in_parent',
        ),
    })
    .from(payments)
    .where(
      and(
        equalsAny(parentColumn, 'parentKeys'),
        ...matching(conditions),
        paged ? after(pageStart) : undefined,
      ),
    )
    .as('numbered');
  return db
    .select()
    .from(numbered)
    .where(lte(numbered.positionInParent, sql.placeholder('take')))
    .orderBy(asc(numbered[parent]), asc(numbered.positionInParent));
}

/** The pages a loan's or a customer's `payments` field asks for without a filter: first and following. */
const unfilteredPages = oncePerDatabase((db: PaymentQueryRunner) => ({
  loanAccountNumber: {
    first: perParentPage(db, 'loanAccountNumber', {}, false).prepare('payment_loan_payments_first_page'),
    next: perParentPage(db, 'loanAccountNumber', {}, true).prepare('payment_loan_payments_next_page'),
  },
  cif: {
    first: perParentPage(db, 'cif', {}, false).prepare('payment_customer_payments_first_page'),
    next: perParentPage(db, 'cif', {}, true).prepare('payment_customer_payments_next_page'),
  },
}));

/**
 * The same page of payments for each of many parents (the last 5 payments of each of 50 loans) in one
 * statement. Unfiltered pages run prepared statements; a filter's conditions shape the statement, built per call.
 */
export async function findPaymentsPerParent(
  db: PaymentQueryRunner,
  parent: PaymentParent,
  parentKeys: readonly string[],
  slice: PaymentSlice,
): Promise<PaymentRow[]> {
  const filtered = Object.values(slice.conditions).some((condition) => condition !== undefined);
  const paged = slice.after !== null;
  const statement = filtered
    ? perParentPage(db, parent, slice.conditions, paged)
    : unfilteredPages(db)[parent][paged ? 'next' : 'first'];
  const rows = await statement.execute({
    parentKeys,
    take: slice.take,
    // Placeholders skip the column's encoder: a Date would reach pg as local time, not the UTC stored.
    ...(slice.after && { afterDate: slice.after.paymentDate.toISOString(), afterId: slice.after.id }),
  });
  return rows.map(({ positionInParent, ...payment }) => payment);
}

export async function hasAnyPayment(db: PaymentQueryRunner): Promise<boolean> {
  const rows = await db.select({ id: payments.id }).from(payments).limit(1);
  return rows.length > 0;
}

/** Multi-row inserts of at most 1,000 rows: 17 columns each stays far below PostgreSQL's 65,535 parameters. */
export async function insertPayments(
  db: PaymentQueryRunner,
  rows: readonly NewPaymentRow[],
): Promise<number> {
  const sliceSize = 1_000;
  for (let start = 0; start < rows.length; start += sliceSize) {
    await db.insert(payments).values(rows.slice(start, start + sliceSize));
  }
  return rows.length;
}

/**
 * Payments by reference number, each locked against concurrent status changes until the transaction ends.
 * NO KEY UPDATE, so that inserting events (whose foreign key share-locks the payment) is never blocked.
 */
export function lockPaymentsByReferenceNumbers(
  db: PaymentQueryRunner,
  referenceNumbers: readonly string[],
): Promise<PaymentRow[]> {
  return db
    .select()
    .from(payments)
    .where(inArray(payments.referenceNumber, [...referenceNumbers]))
    .for('no key update');
}

/** Inserts payments whose reference numbers are free; returns those inserted (a concurrent writer may win some). */
export function insertPaymentsIfAbsent(
  db: PaymentQueryRunner,
  rows: readonly NewPaymentRow[],
): Promise<PaymentRow[]> {
  if (rows.length === 0) return Promise.resolve([]);
  return db
    .insert(payments)
    .values([...rows])
    .onConflictDoNothing({ target: payments.referenceNumber })
    .returning();
}

export interface StatusChange {
  status: string;
  statusReason: string | null;
  updatedBy: string;
  lastSyncedAt?: Date;
}

export async function updatePaymentStatus(
  db: PaymentQueryRunner,
  id: string,
  change: StatusChange,
): Promise<PaymentRow> {
  const [updated] = await db.update(payments).set(change).where(eq(payments.id, id)).returning();
  if (!updated) throw new Error(`payment ${id} vanished while its status changed`);
  return updated;
}

/** Payments made in [from, to), optionally of one source system, plus any of the given reference numbers. */
export function findPaymentsToReconcile(
  db: PaymentQueryRunner,
  day: { from: Date; to: Date; sourceSystem: string | null },
  referenceNumbers: readonly string[],
): Promise<PaymentRow[]> {
  const ofDay = and(
    gte(payments.paymentDate, day.from),
    lt(payments.paymentDate, day.to),
    day.sourceSystem === null ? undefined : eq(payments.sourceSystem, day.sourceSystem),
  );
  const listed =
    referenceNumbers.length === 0 ? undefined : inArray(payments.referenceNumber, [...referenceNumbers]);
  return db
    .select()
    .from(payments)
    .where(listed ? or(ofDay, listed) : ofDay);
}
