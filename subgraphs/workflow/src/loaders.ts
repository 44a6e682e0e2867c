import { type ParentPageKey, pagesByParent, rowByKey, rowsByKey } from '@collexis/platform/db';
import { isUuid } from '@collexis/platform/graphql';
import type DataLoader from 'dataloader';
import type {
  ActionRecordRow,
  AgentRow,
  CustomerAgentRow,
  CustomerCaseActionRow,
  CustomerCaseRow,
  WorkflowDatabase,
} from './db/database';
import { type BatchGate, createBatchGate } from './queries/batch-gate';
import type { CifPosition, Page, TimePosition } from './queries/pagination';
import { findNewestActionPages } from './repository/actions';
import { findAgentsByIds } from './repository/agents';
import {
  findAssignmentsByCifs,
  findCurrentAssignmentsByCifs,
  findWorklistPages,
  type WorklistRow,
} from './repository/assignments';
import { findNewestCaseActionPages } from './repository/case-actions';
import { findCasesByCifs } from './repository/cases';

/** A page of the children of one parent: the parent's key and the validated page arguments. */
export type PageKey<TPosition> = ParentPageKey<Page<TPosition>>;

/** A batch function the gate counts as in flight until it settles. */
const tracked =
  <TArgs extends unknown[], TRows>(gate: BatchGate, fetch: (...args: TArgs) => Promise<TRows>) =>
  (...args: TArgs) =>
    gate.track(() => fetch(...args));

export interface Loaders {
  agentById: DataLoader<string, AgentRow | null>;
  caseByCif: DataLoader<string, CustomerCaseRow | null>;
  assignmentsByCif: DataLoader<string, CustomerAgentRow[]>;
  currentAssignmentByCif: DataLoader<string, CustomerAgentRow | null>;
  actionsByCif: DataLoader<PageKey<TimePosition>, ActionRecordRow[], string>;
  actionsByLoan: DataLoader<PageKey<TimePosition>, ActionRecordRow[], string>;
  caseActionsByCif: DataLoader<PageKey<TimePosition>, CustomerCaseActionRow[], string>;
  worklistByAgent: DataLoader<PageKey<CifPosition>, WorklistRow[], string>;
}

/** Fresh loaders for one request: each batch runs one statement. */
export function createLoaders(db: WorkflowDatabase): Loaders {
  const gate = createBatchGate();
  return {
    // Ids that are not UUIDs (from a representation or a client) match no agent; left in, they would
    // make PostgreSQL reject the whole batch. Dispatched through the gate: agents named by several parent
    // batches are fetched together.
    agentById: rowByKey(
      tracked(gate, (ids) => {
        const uuids = ids.filter(isUuid);
        return uuids.length === 0 ? Promise.resolve([]) : findAgentsByIds(db, uuids);
      }),
      (agent) => agent.id,
      { batchScheduleFn: gate.schedule },
    ),
    caseByCif: rowByKey(
      tracked(gate, (cifs) => findCasesByCifs(db, cifs)),
      (customerCase) => customerCase.cif,
    ),
    assignmentsByCif: rowsByKey(
      tracked(gate, (cifs) => findAssignmentsByCifs(db, cifs)),
      (assignment) => assignment.cif,
    ),
    currentAssignmentByCif: rowByKey(
      tracked(gate, (cifs) => findCurrentAssignmentsByCifs(db, cifs)),
      (assignment) => assignment.cif,
    ),
    actionsByCif: pagesByParent(
      tracked(gate, (cifs, page) => findNewestActionPages(db, 'cif', cifs, page)),
      (action) => action.cif,
    ),
    actionsByLoan: pagesByParent(
      tracked(gate, (accountNumbers, page) =>
        findNewestActionPages(db, 'loanAccountNumber', accountNumbers, page),
      ),
      (action) => action.loanAccountNumber,
    ),
    caseActionsByCif: pagesByParent(
      tracked(gate, (cifs, page) => findNewestCaseActionPages(db, cifs, page)),
      (caseAction) => caseAction.cif,
    ),
    worklistByAgent: pagesByParent(
      tracked(gate, (agentIds, page) => findWorklistPages(db, agentIds, page)),
      (row) => row.worklistAgentId,
    ),
  };
}
