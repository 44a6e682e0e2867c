import { type SQL, sql } from 'drizzle-orm';
import { actionRecords, customerAgents, customerCaseActions, customerCases, paymentsReceived } from '../db';
import type { WorkflowQueryRunner } from '../db/database';

/** How many items share a value. */
export interface ValueCount {
  value: string;
  count: number;
}

// Type aliases, not interfaces: execute<T> wants a Record, which only an alias satisfies.
export type WorkloadFigures = {
  callAssignments: number;
  fieldAssignments: number;
  assignedCustomers: number;
  openCases: number;
  openCasesByCustomerStatus: ValueCount[];
  actionsToday: number;
  actionsThisWeek: number;
};

/** A half-open time range [from, to). */
export interface TimeWindow {
  from: Date;
  to: Date;
}

/** The time ranges the workload counts actions in. */
export interface WorkloadWindows {
  day: TimeWindow;
  week: TimeWindow;
}

/** An agent's workload in one statement: current assignments, open cases by status, recent actions. */
export async function findWorkloadFigures(
  db: WorkflowQueryRunner,
  agentId: string,
  windows: WorkloadWindows,
): Promise<WorkloadFigures> {
  const names = (agent: typeof customerAgents | typeof customerCases) =>
    sql`(${agent.assignedCallAgentId} = ${agentId} or ${agent.assignedFieldAgentId} = ${agentId})`;
  // Timestamps are stored in UTC without a zone; ISO strings compare with them as UTC whatever the process zone.
  const actionsBetween = (window: TimeWindow) => sql`(
    select count(*)::int from ${actionRecords}
    where ${actionRecords.agentId} = ${agentId}
      and ${actionRecords.actionDate} >= ${window.from.toISOString()}
      and ${actionRecords.actionDate} < ${window.to.toISOString()})`;
  const { rows } = await db.execute<WorkloadFigures>(sql`
    with assigned as (
      select ${customerAgents.assignedCallAgentId} = ${agentId} as as_call,
             ${customerAgents.assignedFieldAgentId} = ${agentId} as as_field
      from ${customerAgents}
      where ${customerAgents.isCurrent} and ${names(customerAgents)}
    ), open_cases as (
      select ${customerCases.customerStatus} as value, count(*)::int as count
      from ${customerCases}
      where ${names(customerCases)}
        and ${customerCases.processingStateStatus} <> 'CLOSED'
        and ${customerCases.customerStatus} <> 'SETTLED'
      group by ${customerCases.customerStatus}
    )
    select
      (select count(*) filter (where as_call) from assigned)::int as "callAssignments",
      (select count(*) filter (where as_field) from assigned)::int as "fieldAssignments",
      (select count(*) from assigned)::int as "assignedCustomers",
      (select coalesce(sum(count), 0) from open_cases)::int as "openCases",
      (select coalesce(json_agg(open_cases order by count desc, value collate "C"), '[]'::json) from open_cases)
        as "openCasesByCustomerStatus",
      ${actionsBetween(windows.day)} as "actionsToday",
      ${actionsBetween(windows.week)} as "actionsThisWeek"`);
  const [figures] = rows;
  if (!figures) throw new Error('the workload statement returned no row');
  return figures;
}

export interface PerformanceFigures {
  totalActions: number;
  actionsByType: ValueCount[];
  actionsByResult: ValueCount[];
  customersContacted: number;
  promisesToPay: number;
  caseActions: number;
  contacts: number;
  contactRate: string;
  promisesKept: number;
  promiseKeptRate: string;
}

/** Action results that reached the customer or someone answering for them (docs/value-sets.md). */
export const CONTACT_RESULTS = ['PROMISE_TO_PAY', 'PAID', 'REFUSED', 'CALLBACK_REQUESTED', 'DISPUTE'];

type PerformanceRow = {
  type: string | null;
  result: string | null;
  /** Whether the row is the total over the whole period rather than the group of one type or result. */
  isTotal: boolean;
  count: number;
  customers: number;
  caseActions: number;
  contacts: number;
  contactRate: string;
  promisesKept: number;
  promiseKeptRate: string;
};

/** `part / whole` rounded half up to 6 places, always written with them; 0 when `whole` is 0. */
const ratioOf = (part: SQL, whole: SQL) =>
  sql`(case when ${whole} = 0 then 0 else round(${part}::numeric / ${whole}, 6) end)::numeric(9, 6)::text`;

const mostFrequentFirst = (a: ValueCount, b: ValueCount) =>
  b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

/**
 * What an agent did in [from, to), in one statement: the actions grouped by type, by result and in total
 * (grouping sets), with the distinct customers and the case actions of the period.
 */
export async function findPerformanceFigures(
  db: WorkflowQueryRunner,
  agentId: string,
  period: TimeWindow,
  promiseWindowDays: number,
): Promise<PerformanceFigures> {
  const from = period.from.toISOString();
  const to = period.to.toISOString();
  const contacts = sql`count(*) filter (where ${actionRecords.actionResult} in (${sql.join(
    CONTACT_RESULTS.map((result) => sql`${result}`),
    sql`, `,
  )}))`;
  const promises = sql`count(*) filter (where ${actionRecords.actionResult} = 'PROMISE_TO_PAY')`;
  const kept = sql`count(*) filter (where ${actionRecords.actionResult} = 'PROMISE_TO_PAY' and exists (
    select 1 from ${paymentsReceived}
    where ${paymentsReceived.cif} = ${actionRecords.cif}
      and ${paymentsReceived.receivedAt} >= ${actionRecords.actionDate}
      and ${paymentsReceived.receivedAt} < ${actionRecords.actionDate} + make_interval(days => ${promiseWindowDays})
      and ${paymentsReceived.reversedAt} is null))`;
  const { rows } = await db.execute<PerformanceRow>(sql`
    select ${actionRecords.type} as type,
           ${actionRecords.actionResult} as result,
           grouping(${actionRecords.type}, ${actionRecords.actionResult}) = 3 as "isTotal",
           count(*)::int as count,
           count(distinct ${actionRecords.cif})::int as customers,
           (select count(*)::int from ${customerCaseActions}
            where ${customerCaseActions.agentId} = ${agentId}
              and ${customerCaseActions.actionDate} >= ${from}
              and ${customerCaseActions.actionDate} < ${to}) as "caseActions",
           ${contacts}::int as contacts,
           ${ratioOf(contacts, sql`count(*)`)} as "contactRate",
           ${kept}::int as "promisesKept",
           ${ratioOf(kept, promises)} as "promiseKeptRate"
    from ${actionRecords}
    where ${actionRecords.agentId} = ${agentId}
      and ${actionRecords.actionDate} >= ${from} and ${actionRecords.actionDate} < ${to}
    group by grouping sets ((${actionRecords.type}), (${actionRecords.actionResult}), ())`);
  const total = rows.find((row) => row.isTotal);
  if (!total) throw new Error('the performance statement returned no total');
  const actionsByType: ValueCount[] = [];
  const actionsByResult: ValueCount[] = [];
  for (const row of rows) {
    if (row.isTotal) continue;
    if (row.type !== null) actionsByType.push({ value: row.type, count: row.count });
    if (row.result !== null) actionsByResult.push({ value: row.result, count: row.count });
  }
  return {
    totalActions: total.count,
    actionsByType: actionsByType.sort(mostFrequentFirst),
    actionsByResult: actionsByResult.sort(mostFrequentFirst),
    customersContacted: total.customers,
    promisesToPay: actionsByResult.find((row) => row.value === 'PROMISE_TO_PAY')?.count ?? 0,
    caseActions: total.caseActions,
    contacts: total.contacts,
    contactRate: total.contactRate,
    promisesKept: total.promisesKept,
    promiseKeptRate: total.promiseKeptRate,
  };
}
