/**
 * The collection team: depends only on (seed, agents). Teams are laid out deterministically so that
 * every pool the workflow draws from is non-empty: the first agent of each call and field team is
 * always active.
 */
import { localInstant, parseDay } from './dates';
import { employeeIdOf } from './keys';
import { fullName, randomPerson } from './names';
import { resolveDemoOptions } from './options';
import { randomMobile } from './phones';
import type { Region } from './place-table';
import { Rng, Stream } from './prng';
import type { AgentRow } from './rows';
import type { DemoOptions } from './types';
import type { AgentTeam, AgentType } from './vocabulary';

/** Two call agents for every field agent, both regions covered within the first four. */
const TEAM_CYCLE: readonly AgentTeam[] = [
  'CALL_TEAM_A',
  'FIELD_TEAM_NORTH',
  'CALL_TEAM_B',
  'FIELD_TEAM_SOUTH',
  'CALL_TEAM_A',
  'CALL_TEAM_B',
];
const WORKING_TEAMS: readonly AgentTeam[] = [
  'CALL_TEAM_A',
  'CALL_TEAM_B',
  'FIELD_TEAM_NORTH',
  'FIELD_TEAM_SOUTH',
];
const INACTIVE_SHARE = 0.15;

function layout(count: number): { type: AgentType; team: AgentTeam }[] {
  const admins = count >= 40 ? 2 : 1;
  const supervisorsPerTeam = count >= 12 ? Math.max(1, Math.floor(count / 60)) : 0;
  const slots: { type: AgentType; team: AgentTeam }[] = [];
  for (let i = 0; i < admins; i++) slots.push({ type: 'ADMIN', team: 'OPERATIONS' });
  for (let i = 0; i < supervisorsPerTeam; i++) {
    for (const team of WORKING_TEAMS) slots.push({ type: 'SUPERVISOR', team });
  }
  for (let i = 0; slots.length < count; i++) {
    slots.push({ type: 'AGENT', team: TEAM_CYCLE[i % TEAM_CYCLE.length] ?? 'CALL_TEAM_A' });
  }
  return slots;
}

export function demoAgents(options: Partial<DemoOptions> = {}): AgentRow[] {
  const { seed, agents: count, asOf } = resolveDemoOptions(options);
  const today = parseDay(asOf);
  const rng = new Rng(seed, Stream.agents);
  const emails = new Set<string>();
  const seenTeams = new Set<AgentTeam>();
  const rows: AgentRow[] = [];
  for (const [index, { type, team }] of layout(count).entries()) {
    const person = randomPerson(rng);
    const local = `${person.given}.${person.family}`.toLowerCase();
    let email = `${local}@collexis.example`;
    for (let n = 2; emails.has(email); n++) email = `${local}${n}@collexis.example`;
    emails.add(email);
    const firstOfTeam = !seenTeams.has(team);
    seenTeams.add(team);
    const isActive = type !== 'AGENT' || firstOfTeam || !rng.chance(INACTIVE_SHARE);
    const hired = today - rng.int(60, 2500);
    const createdAt = localInstant(hired, rng.int(8 * 60, 17 * 60));
    const lastChange = isActive ? rng.int(hired, today - 1) : rng.int(hired + 30, today - 1);
    rows.push({
      id: rng.uuid(),
      employeeId: employeeIdOf(index),
      name: fullName(person),
      email,
      phone: rng.chance(0.9) ? randomMobile(rng) : null,
      type,
      team,
      isActive,
      createdAt,
      updatedAt: localInstant(Math.max(lastChange, hired), rng.int(8 * 60, 17 * 60) + 1),
    });
  }
  return rows;
}

/** The agents the workflow draws from. `all*` includes people who have since left (history only). */
export interface AgentPools {
  callActive: AgentRow[];
  callAll: AgentRow[];
  fieldActive: Record<Region, AgentRow[]>;
  fieldAll: Record<Region, AgentRow[]>;
}

const FIELD_TEAM_OF: Record<Region, AgentTeam> = { NORTH: 'FIELD_TEAM_NORTH', SOUTH: 'FIELD_TEAM_SOUTH' };

export function agentPools(agents: readonly AgentRow[]): AgentPools {
  const working = agents.filter((agent) => agent.type === 'AGENT');
  const isCall = (agent: AgentRow) => agent.team === 'CALL_TEAM_A' || agent.team === 'CALL_TEAM_B';
  const inRegion = (region: Region) => (agent: AgentRow) => agent.team === FIELD_TEAM_OF[region];
  const pools: AgentPools = {
    callAll: working.filter(isCall),
    callActive: working.filter((agent) => isCall(agent) && agent.isActive),
    fieldAll: { NORTH: working.filter(inRegion('NORTH')), SOUTH: working.filter(inRegion('SOUTH')) },
    fieldActive: {
      NORTH: working.filter((agent) => inRegion('NORTH')(agent) && agent.isActive),
      SOUTH: working.filter((agent) => inRegion('SOUTH')(agent) && agent.isActive),
    },
  };
  if (
    pools.callActive.length === 0 ||
    pools.fieldActive.NORTH.length === 0 ||
    pools.fieldActive.SOUTH.length === 0
  ) {
    throw new RangeError('agents must include an active call agent and an active field agent per region');
  }
  return pools;
}
