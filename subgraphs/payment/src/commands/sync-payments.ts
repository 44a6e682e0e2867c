import type { AuditEntry } from '@collexis/platform/db';
import { ErrorCode, type Viewer } from '@collexis/platform/graphql';
import type { z } from 'zod';
import type { NewPaymentEvent, PaymentDatabase, PaymentRow } from '../db/database';
import type { SourceSystem, SyncRecordOutcome } from '../generated/resolvers-types';
import { compareWithStored, type ReportedPaymentFrom } from '../inputs/compare';
import { syncPaymentRecord } from '../inputs/payments';
import { recordAudit } from '../repository/audit-log';
import { appendPaymentEvents } from '../repository/payment-events';
import {
  insertPaymentsIfAbsent,
  lockPaymentsByReferenceNumbers,
  updatePaymentStatus,
} from '../repository/payments';
import { stepsBetween } from './lifecycle';
import { byReferenceNumber, eventsOfPayment, newPaymentRow } from './payment-rows';

export interface RecordError {
  code: typeof ErrorCode.BadUserInput | typeof ErrorCode.Conflict;
  field: string;
  message: string;
}

export interface SyncResult {
  index: number;
  referenceNumber: string;
  outcome: SyncRecordOutcome;
  payment: PaymentRow | null;
  error: RecordError | null;
}

interface ValidRecord {
  index: number;
  record: ReportedPaymentFrom;
}

const OPERATION = 'syncPayments';

const fieldOf = (index: number, path: readonly PropertyKey[]) =>
  ['input', 'payments', index, ...path].map(String).join('.');

function referenceNumberOf(raw: unknown): string {
  if (typeof raw === 'object' && raw !== null && 'referenceNumber' in raw) {
    return typeof raw.referenceNumber === 'string' ? raw.referenceNumber : '';
  }
  return '';
}

function rejected(
  index: number,
  raw: unknown,
  error: RecordError,
  payment: PaymentRow | null = null,
): SyncResult {
  return { index, referenceNumber: referenceNumberOf(raw), outcome: 'REJECTED', payment, error };
}

function badInput(index: number, raw: unknown, issue: z.core.$ZodIssue | undefined): SyncResult {
  const field = fieldOf(index, issue?.path ?? []);
  const message = `${field}: ${issue?.message ?? 'invalid value'}`;
  return rejected(index, raw, { code: ErrorCode.BadUserInput, field, message });
}

/** Validates each record on its own; a bad record or a reference listed twice is rejected, the rest go on. */
function validateRecords(
  sourceSystem: SourceSystem,
  records: readonly unknown[],
): { valid: ValidRecord[]; rejections: SyncResult[] } {
  const valid: ValidRecord[] = [];
  const rejections: SyncResult[] = [];
  const firstIndex = new Map<string, number>();
  records.forEach((raw, index) => {
    const parsed = syncPaymentRecord.safeParse(raw);
    if (!parsed.success) {
      rejections.push(badInput(index, raw, parsed.error.issues[0]));
      return;
    }
    const { referenceNumber } = parsed.data;
    const first = firstIndex.get(referenceNumber);
    if (first !== undefined) {
      const field = fieldOf(index, ['referenceNumber']);
      const message = `${field}: ${referenceNumber} is listed twice in this batch (also at ${first})`;
      rejections.push(rejected(index, raw, { code: ErrorCode.BadUserInput, field, message }));
      return;
    }
    firstIndex.set(referenceNumber, index);
    valid.push({ index, record: { ...parsed.data, sourceSystem } });
  });
  return { valid, rejections };
}

/**
 * Applies a core system's batch of recent payments in one transaction, with bulk statements: one to lock the
 * known payments, one to insert the new ones, one for the audit entries and the outbox. Idempotent on each
 * reference number: identical records change nothing, a status the core system has moved on is applied with
 * its events, different data under a known reference is rejected as a CONFLICT.
 */
export async function syncPayments(
  db: PaymentDatabase,
  viewer: Viewer,
  batch: { sourceSystem: SourceSystem; payments: readonly unknown[] },
): Promise<SyncResult[]> {
  const { valid, rejections } = validateRecords(batch.sourceSystem, batch.payments);
  const results: SyncResult[] = [...rejections];
  await db.transaction(async (tx) => {
    const now = new Date();
    const references = valid.map(({ record }) => record.referenceNumber);
    const stored = byReferenceNumber(
      references.length ? await lockPaymentsByReferenceNumbers(tx, references) : [],
    );
    const fresh = valid.filter(({ record }) => !stored.has(record.referenceNumber));
    const created = byReferenceNumber(
      await insertPaymentsIfAbsent(
        tx,
        fresh.map(({ record }) => newPaymentRow(record, viewer, now)),
      ),
    );
    // A concurrent writer recorded some of them first: compare with what it stored.
    const lost = fresh
      .map(({ record }) => record.referenceNumber)
      .filter((reference) => !created.has(reference));
    if (lost.length)
      for (const row of await lockPaymentsByReferenceNumbers(tx, lost)) stored.set(row.referenceNumber, row);

    const audits: AuditEntry[] = [];
    const events: NewPaymentEvent[] = [];
    for (const { index, record } of valid) {
      const { referenceNumber } = record;
      const inserted = created.get(referenceNumber);
      if (inserted) {
        results.push({ index, referenceNumber, outcome: 'CREATED', payment: inserted, error: null });
        audits.push({
          operation: OPERATION,
          entityType: 'Payment',
          entityKey: referenceNumber,
          before: null,
          after: inserted,
        });
        events.push(...eventsOfPayment(inserted, stepsBetween(null, record.status) ?? []));
        continue;
      }
      const existing = stored.get(referenceNumber);
      if (!existing) throw new Error(`payment ${referenceNumber} was neither inserted nor found`);
      const comparison = compareWithStored(existing, record);
      if (comparison.kind === 'same') {
        results.push({ index, referenceNumber, outcome: 'UNCHANGED', payment: existing, error: null });
      } else if (comparison.kind === 'conflict') {
        const field = fieldOf(index, [comparison.field]);
        const error = { code: ErrorCode.Conflict, field, message: `${field}: ${comparison.message}` };
        results.push(rejected(index, record, error, existing));
      } else {
        const updated = await updatePaymentStatus(tx, existing.id, {
          status: record.status,
          statusReason: record.statusReason ?? existing.statusReason,
          updatedBy: viewer.id,
          lastSyncedAt: now,
        });
        results.push({ index, referenceNumber, outcome: 'UPDATED', payment: updated, error: null });
        audits.push({
          operation: OPERATION,
          entityType: 'Payment',
          entityKey: referenceNumber,
          before: existing,
          after: updated,
        });
        events.push(...eventsOfPayment(updated, comparison.steps));
      }
    }
    await recordAudit(tx, viewer, audits);
    await appendPaymentEvents(tx, events);
  });
  return results.sort((a, b) => a.index - b.index);
}
