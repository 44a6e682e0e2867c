import type { PaymentQueryRunner, PaymentRow } from '../db/database';
import type { PaymentStatus, SourceSystem } from '../generated/resolvers-types';
import { sameDecimal } from '../inputs/decimal';
import { paymentStatusOf } from '../inputs/enums';
import { findPaymentsToReconcile } from '../repository/payments';

/** One payment as the core system lists it. */
export interface CorePayment {
  referenceNumber: string;
  amount: string;
  currency: string;
  status: PaymentStatus;
}

export interface ReconciliationReport {
  date: string;
  sourceSystem: SourceSystem | null;
  corePaymentCount: number;
  crmPaymentCount: number;
  matchedCount: number;
  missingInCrm: CorePayment[];
  extraInCrm: PaymentRow[];
  amountMismatches: {
    referenceNumber: string;
    crmAmount: string;
    crmCurrency: string;
    coreAmount: string;
    coreCurrency: string;
    payment: PaymentRow;
  }[];
  statusMismatches: {
    referenceNumber: string;
    crmStatus: PaymentStatus;
    coreStatus: PaymentStatus;
    payment: PaymentRow;
  }[];
  balanced: boolean;
}

export interface ReconcileRequest {
  /** YYYY-MM-DD, a UTC day. */
  date: string;
  sourceSystem: SourceSystem | null;
  corePayments: readonly CorePayment[];
}

const DAY_MS = 86_400_000;

/**
 * Compares the CRM's payments of a day with the core system's list. A listed payment the CRM holds under
 * another day still counts as present (and is compared); only a reference the CRM has never seen is missing.
 */
export function compareDay(
  request: ReconcileRequest,
  crmOfDay: readonly PaymentRow[],
  crmListed: ReadonlyMap<string, PaymentRow>,
): ReconciliationReport {
  const listed = new Set(request.corePayments.map((core) => core.referenceNumber));
  const report: ReconciliationReport = {
    date: request.date,
    sourceSystem: request.sourceSystem,
    corePaymentCount: request.corePayments.length,
    crmPaymentCount: crmOfDay.length,
    matchedCount: 0,
    missingInCrm: [],
    extraInCrm: crmOfDay.filter((payment) => !listed.has(payment.referenceNumber)),
    amountMismatches: [],
    statusMismatches: [],
    balanced: false,
  };
  for (const core of request.corePayments) {
    const payment = crmListed.get(core.referenceNumber);
    if (!payment) {
      report.missingInCrm.push(core);
      continue;
    }
    const { referenceNumber } = core;
    const sameAmount = sameDecimal(payment.amount, core.amount) && payment.currency === core.currency;
    const crmStatus = paymentStatusOf(payment.status);
    if (!sameAmount) {
      report.amountMismatches.push({
        referenceNumber,
        crmAmount: payment.amount,
        crmCurrency: payment.currency,
        coreAmount: core.amount,
        coreCurrency: core.currency,
        payment,
      });
    }
    if (crmStatus !== core.status) {
      report.statusMismatches.push({ referenceNumber, crmStatus, coreStatus: core.status, payment });
    }
    if (sameAmount && crmStatus === core.status) report.matchedCount += 1;
  }
  report.balanced =
    report.missingInCrm.length +
      report.extraInCrm.length +
      report.amountMismatches.length +
      report.statusMismatches.length ===
    0;
  return report;
}

/** Reconciles a day in one read; changes nothing. */
export async function reconcilePayments(
  db: PaymentQueryRunner,
  request: ReconcileRequest,
): Promise<ReconciliationReport> {
  const from = new Date(`${request.date}T00:00:00.000Z`);
  const day = { from, to: new Date(from.getTime() + DAY_MS), sourceSystem: request.sourceSystem };
  const references = request.corePayments.map((core) => core.referenceNumber);
  const rows = await findPaymentsToReconcile(db, day, references);
  const ofDay = rows.filter(
    (row) =>
      row.paymentDate >= day.from &&
      row.paymentDate < day.to &&
      (day.sourceSystem === null || row.sourceSystem === day.sourceSystem),
  );
  return compareDay(request, ofDay, new Map(rows.map((row) => [row.referenceNumber, row])));
}
