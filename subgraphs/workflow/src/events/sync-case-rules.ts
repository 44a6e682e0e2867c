import type { SyncLoanChange } from '@collexis/events/consume';
import type { CustomerCaseRow } from '../db/database';
import type { CaseChanges } from '../repository/cases';

/** Delinquency buckets from best to worst (docs/value-sets.md, loans.delinquency_status). */
const BUCKETS = ['CURRENT', 'BUCKET_1', 'BUCKET_2', 'BUCKET_3', 'BUCKET_4', 'WRITE_OFF'];

/** Processing states an agent is still working in the ordinary way; a worse bucket escalates them. */
const ESCALATABLE = new Set(['NEW', 'IN_PROGRESS']);

export type SyncReason = 'delinquencyWorsened' | 'loanClosed';

/** What a case does about its customer's loan changes in one sync event. */
export interface CaseReaction {
  before: CustomerCaseRow;
  changes: CaseChanges;
  reasons: SyncReason[];
  /** The loans whose changes caused it. */
  loans: string[];
}

const bucketRank = (bucket: string | null) => (bucket === null ? -1 : BUCKETS.indexOf(bucket));

/** An existing loan moved to a worse bucket; a new loan or an unknown bucket is no move. */
export function worsened(change: SyncLoanChange): boolean {
  const before = bucketRank(change.previousDelinquencyStatus);
  return before >= 0 && bucketRank(change.delinquencyStatus) > before;
}

/** An open loan closed. */
export const closed = (change: SyncLoanChange) =>
  change.previousStatus === 'OPEN' && change.status === 'CLOSED';

/**
 * The rules (docs/api/workflow.md "Reactions to sync events"), from the event alone: a loan of the customer in
 * a worse bucket escalates a NEW or IN_PROGRESS case; a loan that closed makes the follow-up due at the
 * latest when it closed. A SETTLED or CLOSED case is never touched; null when nothing changes.
 */
export function caseReaction(
  current: CustomerCaseRow,
  loanChanges: readonly SyncLoanChange[],
  occurredAt: Date,
): CaseReaction | null {
  if (current.customerStatus === 'SETTLED' || current.processingStateStatus === 'CLOSED') return null;
  const changes: CaseChanges = {};
  const reasons: SyncReason[] = [];
  const loans = new Set<string>();
  const worse = loanChanges.filter(worsened);
  if (worse.length > 0 && ESCALATABLE.has(current.processingStateStatus)) {
    changes.processingStateStatus = 'ESCALATED';
    reasons.push('delinquencyWorsened');
    for (const change of worse) loans.add(change.accountNumber);
  }
  const gone = loanChanges.filter(closed);
  if (gone.length > 0 && (current.fUpdate === null || current.fUpdate > occurredAt)) {
    changes.fUpdate = occurredAt;
    reasons.push('loanClosed');
    for (const change of gone) loans.add(change.accountNumber);
  }
  return reasons.length === 0 ? null : { before: current, changes, reasons, loans: [...loans].sort() };
}
