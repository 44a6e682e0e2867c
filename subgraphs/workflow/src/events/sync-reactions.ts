import {
  applyOnce,
  type EventConsumer,
  type EventReaction,
  type LockWait,
  type SyncEvent,
  type SyncLoanChange,
  startEventConsumer,
  syncEvents,
} from '@collexis/events/consume';
import type { Viewer } from '@collexis/platform/graphql';
import type { ServiceObservability } from '@collexis/platform/observability';
import { syncEventCheckpoints } from '../db';
import type { WorkflowDatabase, WorkflowQueryRunner } from '../db/database';
import { recordAudit } from '../repository/audit-log';
import { findCasesForUpdate, updateCase } from '../repository/cases';
import { appendWorkflowEvents } from '../repository/workflow-events';
import { type CaseReaction, caseReaction } from './sync-case-rules';
import { statusChanged } from './workflow-event-rows';

/** The consumer's name: its checkpoint row. */
export const SYNC_REACTIONS_CONSUMER = 'workflow.sync-reactions';

/** The audit operation and STATUS_CHANGED cause of every change this consumer makes. */
const OPERATION = 'loansSynced';

/** Reactions to core banking's data are the system's, not a person's: the audit actor is SYSTEM. */
const systemViewer: Viewer = { id: 'SYSTEM', roles: ['SYSTEM'] };

/** The fields of a sync event this consumer reads. */
export type CaseSyncEvent = Pick<SyncEvent, 'sequence' | 'occurredAt' | 'loanChanges'>;

function changesByCustomer(changes: readonly SyncLoanChange[]): Map<string, SyncLoanChange[]> {
  const byCif = new Map<string, SyncLoanChange[]>();
  for (const change of changes) byCif.set(change.cif, [...(byCif.get(change.cif) ?? []), change]);
  return byCif;
}

async function applyReaction(
  tx: WorkflowQueryRunner,
  event: CaseSyncEvent,
  { before, changes, reasons, loans }: CaseReaction,
): Promise<void> {
  const after = await updateCase(tx, before.cif, changes);
  await recordAudit(tx, systemViewer, [
    {
      operation: OPERATION,
      entityType: 'CustomerCase',
      entityKey: before.cif,
      before,
      after: { ...after, reasons, loanAccountNumbers: loans, eventSequence: event.sequence },
    },
  ]);
  const changed = await statusChanged(tx, OPERATION, before, after, null);
  await appendWorkflowEvents(tx, changed ? [changed] : []);
}

/** The cases of the event's customers react to their loans' changes (the rules in sync-case-rules.ts). */
async function react(tx: WorkflowQueryRunner, event: CaseSyncEvent, locks: LockWait): Promise<void> {
  if (event.loanChanges.length === 0) return;
  const byCif = changesByCustomer(event.loanChanges);
  // Locked in CIF order, so that two transactions over the same customers never wait on each other in a cycle.
  const cases = await findCasesForUpdate(tx, [...byCif.keys()].sort(), locks);
  cases.sort((a, b) => a.cif.localeCompare(b.cif));
  for (const current of cases) {
    const reaction = caseReaction(current, byCif.get(current.cif) ?? [], new Date(event.occurredAt));
    if (reaction) await applyReaction(tx, event, reaction);
  }
}

/** The consumer of bank-sync's events that lets cases react, with its checkpoint in workflow_service. */
function syncReactions(db: WorkflowDatabase): EventReaction<CaseSyncEvent, WorkflowQueryRunner> {
  return {
    name: SYNC_REACTIONS_CONSUMER,
    source: syncEvents,
    db,
    checkpoints: syncEventCheckpoints,
    effect: react,
  };
}

/**
 * Applies one sync event exactly once: the checkpoint moves from `previous` to the event's sequence and the
 * cases react, in one transaction; 'skipped' (nothing written) when another replica moved the checkpoint.
 */
export function applySyncEvent(
  db: WorkflowDatabase,
  event: CaseSyncEvent,
  previous: string | null,
): Promise<'applied' | 'skipped'> {
  return applyOnce(syncReactions(db), event, previous);
}

/**
 * Follows bank-sync's events from this domain's checkpoint and lets the cases react, each event exactly once
 * (see applySyncEvent). A consumer that was down catches up from its checkpoint.
 */
export function startSyncReactionsConsumer(
  db: WorkflowDatabase,
  bankSyncUrl: string,
  /** The consumer's credential for the bank-sync subgraph, as SYSTEM. */
  headers: () => Promise<Record<string, string>>,
  observability: ServiceObservability,
): EventConsumer {
  return startEventConsumer(syncReactions(db), { url: bankSyncUrl, headers }, observability);
}
