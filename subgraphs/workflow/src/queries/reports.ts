import type { AgentRow, WorkflowDatabase } from '../db/database';
import { NotFoundError } from '../errors';
import { findAgentsByIds } from '../repository/agents';
import {
  findPerformanceFigures,
  findWorkloadFigures,
  type PerformanceFigures,
  type WorkloadFigures,
} from '../repository/reports';
import { checkPeriod, checkPromiseWindow, DEFAULT_PROMISE_WINDOW_DAYS, reportAgentId } from './report-args';

const DAY_MS = 86_400_000;

async function requireAgent(db: WorkflowDatabase, rawId: string): Promise<AgentRow> {
  const id = reportAgentId(rawId);
  const [agent] = await findAgentsByIds(db, [id]);
  if (!agent) throw new NotFoundError('agent', id, 'agentId');
  return agent;
}

export interface AgentWorkload extends WorkloadFigures {
  agent: AgentRow;
  asOf: Date;
}

/** The UTC day of `now` and its ISO week (from Monday), as half-open ranges. */
function windowsOf(now: Date) {
  const dayStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const daysSinceMonday = (now.getUTCDay() + 6) % 7;
  const weekStart = dayStart - daysSinceMonday * DAY_MS;
  return {
    day: { from: new Date(dayStart), to: new Date(dayStart + DAY_MS) },
    week: { from: new Date(weekStart), to: new Date(weekStart + 7 * DAY_MS) },
  };
}

/** An agent's workload now (seed 004 getAgentWorkload): two statements, the agent and its figures. */
export async function agentWorkload(
  db: WorkflowDatabase,
  agentId: string,
  now = new Date(),
): Promise<AgentWorkload> {
  const agent = await requireAgent(db, agentId);
  return { agent, asOf: now, ...(await findWorkloadFigures(db, agent.id, windowsOf(now))) };
}

export interface AgentPerformance extends PerformanceFigures {
  agent: AgentRow;
  from: string;
  to: string;
  promiseWindowDays: number;
}

/** What an agent did over whole UTC days [from, to] (seed 004 getAgentPerformance): two statements. */
export async function agentPerformance(
  db: WorkflowDatabase,
  args: { agentId: string; from: string; to: string; promiseWindowDays?: number | null },
): Promise<AgentPerformance> {
  checkPeriod(args.from, args.to);
  const promiseWindowDays = checkPromiseWindow(args.promiseWindowDays ?? DEFAULT_PROMISE_WINDOW_DAYS);
  const agent = await requireAgent(db, args.agentId);
  const period = { from: new Date(`${args.from}T00:00:00.000Z`), to: new Date(Date.parse(args.to) + DAY_MS) };
  const figures = await findPerformanceFigures(db, agent.id, period, promiseWindowDays);
  return { agent, from: args.from, to: args.to, promiseWindowDays, ...figures };
}
