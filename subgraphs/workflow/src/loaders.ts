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
import { type ActionWithAgent, findNewestActionPages } from './repository/actions';
import { findAgentsByIds } from './repository/agents';
import {
  findAssignmentsByCifs,
  findCurrentAssignmentsByCifs,
  findWorklistPages,
  type WorklistRow,
} from './repository/assignments';
import { findNewestCaseActionPages } from './repository/case-actions';
import { findCasesByCifs } from './repository/cases';
import { findActionsByIds, findAssignmentsByIds } from './repository/event-entities';

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
  /** The entities workflow events name (ids from the outbox, always UUIDs). */
  actionById: DataLoader<string, ActionRecordRow | null>;
  assignmentById: DataLoader<string, CustomerAgentRow | null>;
}

/**
 * Fresh loaders for one request: each batch runs one statement. A subscription lives for many events, so its
 * loaders of what events name (`cache: false`) batch without keeping rows that later events may change.
 */
export function createLoaders(db: WorkflowDatabase, options: { cache: boolean } = { cache: true }): Loaders {
  const { cache } = options;
  const gate = createBatchGate();
  // Cases and actions are read with the agents they name: kept here for the agent loader, whose batch reads
  // only the agents no parent brought. Priming the loader instead would miss a load queued before the parent
  // that names the same agent finished (its batch already holds the id), so the statement count would depend
  // on which parent finished first. A subscription's loaders keep nothing between events.
  const seenAgents = cache ? new Map<string, AgentRow>() : null;
  const see = (named: readonly (AgentRow | null)[]) => {
    for (const agent of named) if (agent !== null) seenAgents?.set(agent.id, agent);
  };
  // Ids that are not UUIDs (from a representation or a client) match no agent; left in, they would
  // make PostgreSQL reject the whole batch. Dispatched through the gate: agents named by several parent
  // batches are fetched together, after every parent batch has brought its own.
  const agentById = rowByKey(
    tracked(gate, async (ids) => {
      const seen = ids.flatMap((id) => seenAgents?.get(id) ?? []);
      const unseen = ids.filter((id) => isUuid(id) && !seenAgents?.has(id));
      return unseen.length === 0 ? seen : [...seen, ...(await findAgentsByIds(db, unseen))];
    }),
    (agent: AgentRow) => agent.id,
    { batchScheduleFn: gate.schedule, cache },
  );
  const actionsWithAgents = async (rows: Promise<ActionWithAgent[]>) =>
    (await rows).map(({ action, agent }) => {
      see([agent]);
      return action;
    });
  return {
    agentById,
    caseByCif: rowByKey(
      tracked(gate, async (cifs) =>
        (await findCasesByCifs(db, cifs)).map(({ customerCase, callAgent, fieldAgent }) => {
          see([callAgent, fieldAgent]);
          return customerCase;
        }),
      ),
      (customerCase) => customerCase.cif,
      { cache },
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
      tracked(gate, (cifs, page) => actionsWithAgents(findNewestActionPages(db, 'cif', cifs, page))),
      (action) => action.cif,
    ),
    actionsByLoan: pagesByParent(
      tracked(gate, (accountNumbers, page) =>
        actionsWithAgents(findNewestActionPages(db, 'loanAccountNumber', accountNumbers, page)),
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
    actionById: rowByKey(
      tracked(gate, (ids) => findActionsByIds(db, ids)),
      (action) => action.id,
      { cache },
    ),
    assignmentById: rowByKey(
      tracked(gate, (ids) => findAssignmentsByIds(db, ids)),
      (assignment) => assignment.id,
      { cache },
    ),
  };
}
