import DataLoader from 'dataloader';
import { type BatchGate, createBatchGate } from './batch-gate';
import { isUuid } from './ids';
import type {
  ActionRecordRow,
  AgentRow,
  CustomerAgentRow,
  CustomerCaseActionRow,
  CustomerCaseRow,
} from './models';
import type { CifPosition, Page, TimePosition } from './pagination';
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
import type { WorkflowDatabase } from './repository/database';

/** A page of the children of one parent: the parent's key and the validated page arguments. */
export interface PageKey<TPosition> {
  parent: string;
  page: Page<TPosition>;
}

function groupBy<TRow>(rows: readonly TRow[], keyOf: (row: TRow) => string): Map<string, TRow[]> {
  const groups = new Map<string, TRow[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** One row per key, null for a key no row has. */
function rowByKey<TRow>(
  gate: BatchGate,
  fetch: (keys: readonly string[]) => Promise<TRow[]>,
  keyOf: (row: TRow) => string,
  options: DataLoader.Options<string, TRow | null> = {},
): DataLoader<string, TRow | null> {
  return new DataLoader(
    (keys) =>
      gate.track(async () => {
        const byKey = new Map((await fetch(keys)).map((row) => [keyOf(row), row]));
        return keys.map((key) => byKey.get(key) ?? null);
      }),
    options,
  );
}

/** Every row of each key, in the order the statement returned them. */
function rowsByKey<TRow>(
  gate: BatchGate,
  fetch: (keys: readonly string[]) => Promise<TRow[]>,
  keyOf: (row: TRow) => string,
): DataLoader<string, TRow[]> {
  return new DataLoader((keys) =>
    gate.track(async () => {
      const byKey = groupBy(await fetch(keys), keyOf);
      return keys.map((key) => byKey.get(key) ?? []);
    }),
  );
}

const pageArgsOf = (page: Page<unknown>) => JSON.stringify([page.limit, page.after]);

/**
 * One page of children for each parent. Keys asking for the same page arguments share one statement, so a
 * batch runs one statement per distinct (first, after) pair, whatever the number of parents.
 */
function pagesByParent<TPosition, TRow>(
  gate: BatchGate,
  fetch: (parents: readonly string[], page: Page<TPosition>) => Promise<TRow[]>,
  parentOf: (row: TRow) => string,
): DataLoader<PageKey<TPosition>, TRow[], string> {
  return new DataLoader(
    (keys) =>
      gate.track(async () => {
        const requests = new Map<string, { page: Page<TPosition>; parents: string[] }>();
        for (const { parent, page } of keys) {
          const request = requests.get(pageArgsOf(page));
          if (request) request.parents.push(parent);
          else requests.set(pageArgsOf(page), { page, parents: [parent] });
        }
        const pages = new Map(
          await Promise.all(
            [...requests].map(
              async ([pageArgs, { page, parents }]) =>
                [pageArgs, groupBy(await fetch(parents, page), parentOf)] as const,
            ),
          ),
        );
        return keys.map(({ parent, page }) => pages.get(pageArgsOf(page))?.get(parent) ?? []);
      }),
    { cacheKeyFn: ({ parent, page }) => JSON.stringify([parent, page.limit, page.after]) },
  );
}

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
      gate,
      (ids) => {
        const uuids = ids.filter(isUuid);
        return uuids.length === 0 ? Promise.resolve([]) : findAgentsByIds(db, uuids);
      },
      (agent) => agent.id,
      { batchScheduleFn: gate.schedule },
    ),
    caseByCif: rowByKey(
      gate,
      (cifs) => findCasesByCifs(db, cifs),
      (customerCase) => customerCase.cif,
    ),
    assignmentsByCif: rowsByKey(
      gate,
      (cifs) => findAssignmentsByCifs(db, cifs),
      (assignment) => assignment.cif,
    ),
    currentAssignmentByCif: rowByKey(
      gate,
      (cifs) => findCurrentAssignmentsByCifs(db, cifs),
      (assignment) => assignment.cif,
    ),
    actionsByCif: pagesByParent(
      gate,
      (cifs, page) => findNewestActionPages(db, 'cif', cifs, page),
      (action) => action.cif,
    ),
    actionsByLoan: pagesByParent(
      gate,
      (accountNumbers, page) => findNewestActionPages(db, 'loanAccountNumber', accountNumbers, page),
      (action) => action.loanAccountNumber,
    ),
    caseActionsByCif: pagesByParent(
      gate,
      (cifs, page) => findNewestCaseActionPages(db, cifs, page),
      (caseAction) => caseAction.cif,
    ),
    worklistByAgent: pagesByParent(
      gate,
      (agentIds, page) => findWorklistPages(db, agentIds, page),
      (row) => row.worklistAgentId,
    ),
  };
}
