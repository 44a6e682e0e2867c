import { type Caller, viewers } from '@collexis/platform/testing';
import { actionRecords, agents, customerAgents, customerCaseActions, customerCases } from '../../src/db';
import type {
  ActionRecordRow,
  AgentRow,
  CustomerAgentRow,
  CustomerCaseActionRow,
  CustomerCaseRow,
  WorkflowDatabase,
} from '../../src/db/database';

/** A deterministic UUID: `kind` tells the tables apart, `n` the rows. */
export function fixtureId(kind: number, n: number): string {
  return `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

const AGENT = 0xa;
const ASSIGNMENT = 0xb;
const CASE = 0xc;
const ACTION = 0xd;
const CASE_ACTION = 0xe;

const created = new Date('2025-01-01T00:00:00.000Z');

function agent(n: number, name: string, team: string, type: string, isActive = true): AgentRow {
  return {
    id: fixtureId(AGENT, n),
    employeeId: `EMP${String(n).padStart(4, '0')}`,
    name,
    email: `agent${n}@bank.example`,
    phone: n % 2 === 0 ? null : `+8490000000${n}`,
    type,
    team,
    isActive,
    createdAt: created,
    updatedAt: created,
  };
}

/** Eight agents; two share a name, so the list's order falls back on the id. */
export const fixtureAgents: AgentRow[] = [
  agent(1, 'Alice Nguyen', 'CALL_TEAM_A', 'AGENT'),
  agent(2, 'Bao Tran', 'CALL_TEAM_A', 'AGENT', false),
  agent(3, 'Chi Le', 'CALL_TEAM_B', 'AGENT'),
  agent(4, 'Dung Pham', 'FIELD_TEAM_NORTH', 'AGENT'),
  agent(5, 'Em Vo', 'FIELD_TEAM_SOUTH', 'AGENT'),
  agent(6, 'Giang Ho', 'CALL_TEAM_A', 'SUPERVISOR'),
  agent(7, 'Hoa Do', 'OPERATIONS', 'ADMIN'),
  agent(8, 'Alice Nguyen', 'CALL_TEAM_B', 'AGENT'),
];

export const agentId = (n: number) => fixtureId(AGENT, n);

/** The collector signed in as fixture agent `n`: the token names that agent's employee id. */
export const collectorAs = (n: number): Caller => ({
  ...viewers.collector,
  agentId: `EMP${String(n).padStart(4, '0')}`,
});

export const CUSTOMER_COUNT = 60;
/** Customers 51..60 have no case. */
export const CUSTOMERS_WITH_CASE = 50;
export const cifOf = (i: number) => `CIF${String(i).padStart(5, '0')}`;
export const loanOf = (i: number, k: number) => `LN${String(i).padStart(5, '0')}${k}`;
export const ACTIONS_PER_CUSTOMER = 6;
export const CASE_ACTIONS_PER_CUSTOMER = 4;

/** Customer i's current call agent: 1 for even i, 3 for odd i; field agent 4 when i is a multiple of 3. */
export const currentCallAgentOf = (i: number) => (i % 2 === 0 ? 1 : 3);
export const currentFieldAgentOf = (i: number) => (i % 3 === 0 ? 4 : null);

function customerIndexes(): number[] {
  return Array.from({ length: CUSTOMER_COUNT }, (_, k) => k + 1);
}

/** Two closed assignments (agent 2, then agent 5 in the field) and the current one. */
export const fixtureAssignments: CustomerAgentRow[] = customerIndexes().flatMap((i) => [
  {
    id: fixtureId(ASSIGNMENT, i * 10 + 1),
    cif: cifOf(i),
    assignedCallAgentId: agentId(2),
    assignedFieldAgentId: null,
    startDate: '2025-01-01',
    endDate: '2025-03-31',
    isCurrent: false,
    createdAt: created,
    updatedAt: created,
  },
  {
    id: fixtureId(ASSIGNMENT, i * 10 + 2),
    cif: cifOf(i),
    assignedCallAgentId: agentId(2),
    assignedFieldAgentId: agentId(5),
    startDate: '2025-04-01',
    endDate: '2026-01-30',
    isCurrent: false,
    createdAt: created,
    updatedAt: created,
  },
  {
    id: fixtureId(ASSIGNMENT, i * 10 + 3),
    cif: cifOf(i),
    assignedCallAgentId: agentId(currentCallAgentOf(i)),
    assignedFieldAgentId: currentFieldAgentOf(i) === null ? null : agentId(4),
    startDate: '2026-01-31',
    endDate: null,
    isCurrent: true,
    createdAt: created,
    updatedAt: created,
  },
]);

export const fixtureCases: CustomerCaseRow[] = customerIndexes()
  .filter((i) => i <= CUSTOMERS_WITH_CASE)
  .map((i) => ({
    id: fixtureId(CASE, i),
    cif: cifOf(i),
    assignedCallAgentId: agentId(currentCallAgentOf(i)),
    assignedFieldAgentId: currentFieldAgentOf(i) === null ? null : agentId(4),
    fUpdate: i % 2 === 0 ? new Date('2026-02-15T02:00:00.000Z') : null,
    customerStatus: i % 2 === 0 ? 'PROMISE_TO_PAY' : 'CONTACTED',
    collateralStatus: 'NONE',
    processingStateStatus: 'IN_PROGRESS',
    lendingViolationStatus: 'NONE',
    recoveryAbilityStatus: 'MEDIUM',
    createdAt: created,
    updatedAt: created,
  }));

/**
 * Six actions a customer on two loans, a day apart; the third and fourth share their timestamp, so the order
 * falls back on the id. Customer 1's newest action is a visit with exact coordinates.
 */
export const fixtureActions: ActionRecordRow[] = customerIndexes().flatMap((i) =>
  Array.from({ length: ACTIONS_PER_CUSTOMER }, (_, k): ActionRecordRow => {
    const day = k === 3 ? 2 : k;
    const isVisit = k === 0;
    return {
      id: fixtureId(ACTION, i * 100 + (k === 3 ? 99 : k)),
      cif: cifOf(i),
      loanAccountNumber: loanOf(i, k % 2),
      agentId: agentId(k % 2 === 0 ? 1 : 4),
      type: isVisit ? 'VISIT' : 'CALL',
      subtype: isVisit ? 'FIELD_VISIT' : 'OUTBOUND_CALL',
      actionResult: k % 2 === 0 ? 'PROMISE_TO_PAY' : 'NO_ANSWER',
      actionDate: new Date(Date.UTC(2026, 0, 31 - day, 9, 30)),
      notes: k === 1 ? null : `note ${k}`,
      callTraceId: isVisit ? null : `TRACE${i}${k}`,
      visitLatitude: isVisit ? '10.12345678' : null,
      visitLongitude: isVisit ? '106.70000001' : null,
      visitAddress: isVisit ? '1 Le Loi, District 1' : null,
      createdAt: created,
      updatedAt: created,
      createdBy: 'fixture',
      updatedBy: 'fixture',
    };
  }),
);

export const fixtureCaseActions: CustomerCaseActionRow[] = customerIndexes().flatMap((i) =>
  Array.from(
    { length: CASE_ACTIONS_PER_CUSTOMER },
    (_, k): CustomerCaseActionRow => ({
      id: fixtureId(CASE_ACTION, i * 100 + k),
      cif: cifOf(i),
      agentId: agentId(k % 2 === 0 ? 1 : 3),
      actionDate: new Date(Date.UTC(2026, 1, 10 - k, 3, 15)),
      notes: `case note ${k}`,
      customerStatus: k === 0 ? 'PROMISE_TO_PAY' : null,
      collateralStatus: null,
      processingStateStatus: k === 0 ? 'IN_PROGRESS' : 'NEW',
      lendingViolationStatus: null,
      recoveryAbilityStatus: k === 2 ? 'LOW' : null,
      createdAt: created,
      updatedAt: created,
      createdBy: 'fixture',
      updatedBy: 'fixture',
    }),
  ),
);

/** Newest first: action date descending, then id descending (the order the API promises). */
export function newestFirst<TRow extends { actionDate: Date; id: string }>(rows: readonly TRow[]): TRow[] {
  return [...rows].sort(
    (a, b) => b.actionDate.getTime() - a.actionDate.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
  );
}

/** Inserts every fixture row. */
export async function fillFixtures(db: WorkflowDatabase): Promise<void> {
  await db.insert(agents).values(fixtureAgents);
  await db.insert(customerAgents).values(fixtureAssignments);
  await db.insert(customerCases).values(fixtureCases);
  await db.insert(actionRecords).values(fixtureActions);
  await db.insert(customerCaseActions).values(fixtureCaseActions);
}
