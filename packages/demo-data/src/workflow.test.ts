import { describe, expect, it } from 'vitest';
import { demoAgents } from './agents';
import type { CustomerAgentRow, CustomerCaseActionRow } from './rows';
import { collect } from './test-support';
import { CALL_TEAMS, FIELD_TEAMS } from './vocabulary';

const asOf = '2026-11-01';
const data = collect({ customers: 500, asOf });
const agents = new Map(demoAgents({ asOf }).map((agent) => [agent.id, agent]));
const { bankSync, workflow } = data;

const isCallAgent = (id: string | null) => CALL_TEAMS.some((team) => team === agents.get(id ?? '')?.team);
const isFieldAgent = (id: string | null) => FIELD_TEAMS.some((team) => team === agents.get(id ?? '')?.team);

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

const assignments = groupBy(workflow.customerAgents, (row) => row.cif);
const openLoans = bankSync.loans.filter((loan) => loan.status === 'OPEN');
const maxDpd = new Map<string, number>();
for (const loan of openLoans) maxDpd.set(loan.cif, Math.max(maxDpd.get(loan.cif) ?? 0, loan.dpd));
const current = (cif: string): CustomerAgentRow | undefined =>
  assignments.get(cif)?.find((row) => row.isCurrent);

describe('agents', () => {
  const all = [...agents.values()];

  it('staff every team, with an admin, supervisors and a few leavers', () => {
    expect(all).toHaveLength(20);
    expect(all.filter((agent) => agent.type === 'ADMIN').length).toBeGreaterThanOrEqual(1);
    expect(all.filter((agent) => agent.type === 'SUPERVISOR').length).toBeGreaterThanOrEqual(1);
    expect(all.some((agent) => !agent.isActive)).toBe(true);
    for (const team of [...CALL_TEAMS, ...FIELD_TEAMS]) {
      expect(all.some((agent) => agent.team === team && agent.type === 'AGENT' && agent.isActive)).toBe(true);
    }
  });

  it('scale from the smallest team up', () => {
    for (const count of [5, 6, 40, 300]) {
      const team = demoAgents({ agents: count });
      expect(team).toHaveLength(count);
      for (const name of [...CALL_TEAMS, ...FIELD_TEAMS]) {
        expect(team.some((agent) => agent.team === name && agent.type === 'AGENT' && agent.isActive)).toBe(
          true,
        );
      }
    }
  });
});

describe('assignments (SCD type 2)', () => {
  it('cover every customer in arrears', () => {
    for (const [cif, dpd] of maxDpd)
      if (dpd > 0) expect(assignments.get(cif)?.length ?? 0).toBeGreaterThan(0);
  });

  it('run back to back with exactly one current row at the end', () => {
    for (const rows of assignments.values()) {
      expect(rows.length).toBeGreaterThanOrEqual(1);
      expect(rows.length).toBeLessThanOrEqual(3);
      const sorted = [...rows].sort((a, b) => a.startDate.localeCompare(b.startDate));
      for (const [i, row] of sorted.entries()) {
        const next = sorted[i + 1];
        expect(row.isCurrent).toBe(next === undefined);
        expect(row.endDate).toBe(next?.startDate ?? null);
        if (row.endDate !== null) expect(row.startDate < row.endDate).toBe(true);
      }
    }
  });

  it('name active call agents, and active field agents past 60 dpd', () => {
    for (const row of workflow.customerAgents) {
      expect(isCallAgent(row.assignedCallAgentId)).toBe(true);
      if (row.assignedFieldAgentId !== null) expect(isFieldAgent(row.assignedFieldAgentId)).toBe(true);
      if (!row.isCurrent) continue;
      expect(agents.get(row.assignedCallAgentId ?? '')?.isActive).toBe(true);
      const dpd = maxDpd.get(row.cif) ?? 0;
      expect(row.assignedFieldAgentId !== null).toBe(dpd > 60);
      if (row.assignedFieldAgentId !== null)
        expect(agents.get(row.assignedFieldAgentId)?.isActive).toBe(true);
    }
  });
});

describe('cases', () => {
  const caseActions = groupBy(workflow.customerCaseActions, (row) => row.cif);

  it('exist for exactly the customers with assignments, with the current agents', () => {
    expect(workflow.customerCases.map((row) => row.cif).sort()).toEqual([...assignments.keys()].sort());
    for (const row of workflow.customerCases) {
      const assignment = current(row.cif);
      expect(row.assignedCallAgentId).toBe(assignment?.assignedCallAgentId);
      expect(row.assignedFieldAgentId).toBe(assignment?.assignedFieldAgentId);
    }
  });

  it('hold the statuses their actions lead to', () => {
    const fields = [
      'customerStatus',
      'collateralStatus',
      'processingStateStatus',
      'lendingViolationStatus',
      'recoveryAbilityStatus',
    ] as const satisfies readonly (keyof CustomerCaseActionRow)[];
    for (const row of workflow.customerCases) {
      const actions = [...(caseActions.get(row.cif) ?? [])].sort(
        (a, b) => a.actionDate.getTime() - b.actionDate.getTime(),
      );
      expect(actions.length).toBeGreaterThanOrEqual(1);
      expect(actions.length).toBeLessThanOrEqual(4);
      for (const field of fields) {
        const last = actions.reduce<string | null>((value, action) => action[field] ?? value, null);
        expect(last, `${row.cif} ${field}`).toBe(row[field]);
      }
      expect(row.updatedAt.getTime()).toBeGreaterThanOrEqual(actions.at(-1)?.actionDate.getTime() ?? 0);
    }
  });

  it('are worked by the agents assigned at the time', () => {
    for (const action of workflow.customerCaseActions) {
      const day = new Date(action.actionDate.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
      const assignment = assignments
        .get(action.cif)
        ?.find((row) => row.startDate <= day && (row.endDate === null || day < row.endDate));
      expect([assignment?.assignedCallAgentId, assignment?.assignedFieldAgentId]).toContain(action.agentId);
      expect(action.createdBy).toBe(agents.get(action.agentId)?.employeeId);
    }
  });
});

describe('action records', () => {
  const oldest = new Date(Date.parse(`${asOf}T00:00:00+07:00`) - 180 * 86_400_000);
  const actions = workflow.actionRecords;

  it('are calls by call agents and visits by field agents, in the last 180 days', () => {
    expect(
      actions.filter((row) =>
        row.type === 'VISIT' ? !isFieldAgent(row.agentId) : !isCallAgent(row.agentId),
      ),
    ).toEqual([]);
    expect(actions.filter((row) => row.actionDate < oldest)).toEqual([]);
    expect(actions.filter((row) => row.createdBy !== agents.get(row.agentId)?.employeeId)).toEqual([]);
    expect(actions.filter((row) => (row.callTraceId !== null) !== (row.type === 'CALL'))).toEqual([]);
  });

  it('locate visits inside Vietnam', () => {
    const visits = actions.filter((row) => row.type === 'VISIT');
    expect(visits.length).toBeGreaterThan(0);
    const outside = visits.filter((row) => {
      const latitude = Number(row.visitLatitude);
      const longitude = Number(row.visitLongitude);
      return (
        !(latitude > 8.4 && latitude < 23.4 && longitude > 102.1 && longitude < 109.5) || !row.visitAddress
      );
    });
    expect(outside).toEqual([]);
    const located = actions.filter(
      (row) => row.type !== 'VISIT' && (row.visitLatitude ?? row.visitLongitude ?? row.visitAddress) !== null,
    );
    expect(located).toEqual([]);
  });

  it('are made by the agent assigned at the time', () => {
    const strangers = actions.filter((row) => {
      const day = new Date(row.actionDate.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
      const assignment = assignments
        .get(row.cif)
        ?.find((a) => a.startDate <= day && (a.endDate === null || day < a.endDate));
      return (
        assignment?.assignedCallAgentId !== row.agentId && assignment?.assignedFieldAgentId !== row.agentId
      );
    });
    expect(strangers).toEqual([]);
  });
});
