import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionRecords, customerCases } from '../src/db';
import type { ActionRecordRow } from '../src/db/database';
import {
  agentId,
  cifOf,
  fillFixtures,
  fixtureActions,
  fixtureAssignments,
  fixtureCaseActions,
  fixtureCases,
  fixtureId,
  loanOf,
} from './support/fixtures';
import { type Harness, startHarness } from './support/harness';
import { AGENT_PERFORMANCE, AGENT_WORKLOAD } from './support/operations';

const DAY_MS = 86_400_000;

/** The start of the UTC day of `at` and of its ISO week (from Monday). */
function windowStarts(at: Date) {
  const dayStart = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  return { dayStart, weekStart: dayStart - ((at.getUTCDay() + 6) % 7) * DAY_MS };
}
const { dayStart, weekStart } = windowStarts(new Date());

/** Agent 1's recent actions: one at the start of today, one at the start of this week, one just before it. */
const recentActions: ActionRecordRow[] = [dayStart, weekStart, weekStart - 1].map((at, n) => ({
  ...(fixtureActions[1] as ActionRecordRow),
  id: fixtureId(0xf, n + 1),
  agentId: agentId(1),
  cif: cifOf(2),
  loanAccountNumber: loanOf(2, 0),
  actionDate: new Date(at),
}));

/** Two cases are no longer open: one closed, one settled. */
const cases = fixtureCases.map((c) =>
  c.cif === cifOf(6)
    ? { ...c, processingStateStatus: 'CLOSED' }
    : c.cif === cifOf(12)
      ? { ...c, customerStatus: 'SETTLED' }
      : c,
);

const tally = (values: readonly string[]) => {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
};

/** The workload as the rows say, counted in the windows of the server's `asOf`, which may be past midnight. */
function expectedWorkload(agent: string, asOf: string) {
  const windows = windowStarts(new Date(asOf));
  const current = fixtureAssignments.filter((a) => a.isCurrent);
  const asCall = current.filter((a) => a.assignedCallAgentId === agent);
  const asField = current.filter((a) => a.assignedFieldAgentId === agent);
  const open = cases.filter(
    (c) =>
      (c.assignedCallAgentId === agent || c.assignedFieldAgentId === agent) &&
      c.processingStateStatus !== 'CLOSED' &&
      c.customerStatus !== 'SETTLED',
  );
  const actions = [...fixtureActions, ...recentActions].filter((a) => a.agentId === agent);
  const within = (from: number, days: number) =>
    actions.filter((a) => a.actionDate.getTime() >= from && a.actionDate.getTime() < from + days * DAY_MS)
      .length;
  return {
    agent: { id: agent },
    asOf,
    callAssignments: asCall.length,
    fieldAssignments: asField.length,
    assignedCustomers: new Set([...asCall, ...asField].map((a) => a.cif)).size,
    openCases: open.length,
    openCasesByCustomerStatus: tally(open.map((c) => c.customerStatus)),
    actionsToday: within(windows.dayStart, 1),
    actionsThisWeek: within(windows.weekStart, 7),
  };
}

function expectedPerformance(agent: string, from: string, to: string) {
  const start = Date.parse(from);
  const end = Date.parse(to) + DAY_MS;
  const inPeriod = (at: Date) => at.getTime() >= start && at.getTime() < end;
  const actions = fixtureActions.filter((a) => a.agentId === agent && inPeriod(a.actionDate));
  return {
    agent: { id: agent },
    from,
    to,
    totalActions: actions.length,
    actionsByType: tally(actions.map((a) => a.type)),
    actionsByResult: tally(actions.map((a) => a.actionResult)),
    customersContacted: new Set(actions.map((a) => a.cif)).size,
    promisesToPay: actions.filter((a) => a.actionResult === 'PROMISE_TO_PAY').length,
    caseActions: fixtureCaseActions.filter((a) => a.agentId === agent && inPeriod(a.actionDate)).length,
  };
}

describe('agent workload and performance', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(async (db) => {
      await fillFixtures(db);
      await db.insert(actionRecords).values(recentActions);
      await db
        .update(customerCases)
        .set({ processingStateStatus: 'CLOSED' })
        .where(eq(customerCases.cif, cifOf(6)));
      await db
        .update(customerCases)
        .set({ customerStatus: 'SETTLED' })
        .where(eq(customerCases.cif, cifOf(12)));
    });
  });
  afterAll(() => harness?.stop());

  it.each([1, 3, 4, 6])('counts the workload of agent %i as its rows say, in two statements', async (n) => {
    harness.statements.reset();
    const response = await harness.query<{ agentWorkload: { asOf: string } }>(AGENT_WORKLOAD, {
      agentId: agentId(n),
    });
    const asOf = response.data?.agentWorkload.asOf ?? 'no asOf';
    expect(response).toEqual({ data: { agentWorkload: expectedWorkload(agentId(n), asOf) } });
    expect(harness.statements.count()).toBe(2);
  });

  it.each([
    [1, '2026-01-28', '2026-02-09'],
    [4, '2026-01-01', '2026-01-31'],
    [1, '2025-06-01', '2025-06-30'],
  ])(
    'sums the performance of agent %i from %s to %s as its rows say, in two statements',
    async (n, from, to) => {
      harness.statements.reset();
      const response = await harness.query<{ agentPerformance: unknown }>(AGENT_PERFORMANCE, {
        agentId: agentId(n),
        from,
        to,
      });
      expect(response).toEqual({ data: { agentPerformance: expectedPerformance(agentId(n), from, to) } });
      expect(harness.statements.count()).toBe(2);
    },
  );

  it('refuses a period that ends before it starts or spans more than a year, and an unknown agent', async () => {
    const performance = (variables: Record<string, string>) =>
      harness.query(AGENT_PERFORMANCE, {
        agentId: agentId(1),
        from: '2026-01-10',
        to: '2026-01-31',
        ...variables,
      });
    expect((await performance({ to: '2026-01-09' })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'to',
    });
    expect(
      (await performance({ from: '2025-01-01', to: '2026-01-02' })).errors?.[0]?.extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'to',
    });
    expect((await performance({ agentId: fixtureId(0xa, 999) })).errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'agentId',
    });
    expect(
      (await harness.query(AGENT_WORKLOAD, { agentId: 'agent-1' })).errors?.[0]?.extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'agentId',
    });
  });
});
