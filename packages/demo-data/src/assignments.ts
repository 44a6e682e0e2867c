/**
 * customer_agents as SCD type 2: rows cover [startDate, endDate) back to back, the last one is current
 * (endDate null). A customer in arrears gets a call agent a few days after falling behind, a field agent
 * from the regional team once past 60 dpd, and sometimes a new call agent on rotation. Closed rows may
 * name agents who have left since; the current row only names active agents.
 */
import type { AgentPools } from './agents';
import { formatDay, localInstant } from './dates';
import type { Region } from './place-table';
import type { Rng } from './prng';
import type { AgentRow, CustomerAgentRow } from './rows';
import type { Situation } from './situation';

export interface Assignment {
  start: number;
  end: number | null;
  call: AgentRow;
  field: AgentRow | null;
}

const ROTATION_SHARE = 0.35;
const FIELD_FROM_DPD = 61;

function otherThan(rng: Rng, pool: readonly AgentRow[], current: AgentRow | null): AgentRow {
  const others = pool.filter((agent) => agent !== current);
  return rng.pick(others.length > 0 ? others : pool);
}

/** Assignment start days, increasing, at most three. */
function startDays(
  rng: Rng,
  situation: Situation,
  today: number,
): { starts: number[]; fieldFrom: number | null } {
  const first = Math.min(situation.since + (situation.kind === 'WATCH' ? 0 : rng.int(1, 5)), today - 1);
  if (situation.kind === 'WATCH') return { starts: [first], fieldFrom: null };
  const fieldFrom =
    situation.maxDpd >= FIELD_FROM_DPD ? Math.min(situation.since + FIELD_FROM_DPD, today - 1) : null;
  const candidates = [first];
  if (fieldFrom !== null && fieldFrom > first) candidates.push(fieldFrom);
  if (first + 7 < today - 1 && rng.chance(ROTATION_SHARE)) candidates.push(rng.int(first + 7, today - 1));
  const starts = [...new Set(candidates)].sort((a, b) => a - b);
  return { starts, fieldFrom };
}

export function planAssignments(
  rng: Rng,
  situation: Situation,
  pools: AgentPools,
  region: Region,
  today: number,
): Assignment[] {
  const { starts, fieldFrom } = startDays(rng, situation, today);
  const assignments: Assignment[] = [];
  let call: AgentRow | null = null;
  let field: AgentRow | null = null;
  for (const [position, start] of starts.entries()) {
    const current = position === starts.length - 1;
    const callPool = current ? pools.callActive : pools.callAll;
    const fieldPool = current ? pools.fieldActive[region] : pools.fieldAll[region];
    const rotation = position > 0 && start !== fieldFrom;
    if (call === null || rotation || (current && !call.isActive)) call = otherThan(rng, callPool, call);
    const needsField = fieldFrom !== null && start >= fieldFrom;
    if (!needsField) field = null;
    else if (field === null || (current && !field.isActive)) field = rng.pick(fieldPool);
    assignments.push({ start, end: starts[position + 1] ?? null, call, field });
  }
  return assignments;
}

/** The assignment in force on a day (the first one for days before it). */
export function assignmentOn(assignments: readonly Assignment[], day: number): Assignment {
  let found = assignments[0];
  for (const assignment of assignments) if (assignment.start <= day) found = assignment;
  if (!found) throw new RangeError('no assignment');
  return found;
}

export function customerAgentRows(
  rng: Rng,
  cif: string,
  assignments: readonly Assignment[],
): CustomerAgentRow[] {
  return assignments.map((assignment) => {
    const createdAt = localInstant(assignment.start, rng.int(8 * 60, 10 * 60));
    return {
      id: rng.uuid(),
      cif,
      assignedCallAgentId: assignment.call.id,
      assignedFieldAgentId: assignment.field?.id ?? null,
      startDate: formatDay(assignment.start),
      endDate: assignment.end === null ? null : formatDay(assignment.end),
      isCurrent: assignment.end === null,
      createdAt,
      updatedAt: assignment.end === null ? createdAt : localInstant(assignment.end, rng.int(8 * 60, 10 * 60)),
    };
  });
}
