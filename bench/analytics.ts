/**
 * Analytics: each portfolio-analytics query through our gateway (a process over the bench's subgraph
 * processes) on the bench's data set, one request at a time, timed from sending it to its answer. Each answers
 * by one SQL aggregation in its subgraph, so the timing is mostly PostgreSQL's scan of the data set.
 */
import { postGraphQL } from '@collexis/platform/http';
import { stopProcesses } from '@collexis/stack';
import type { ScenarioKeys } from './dataset';
import { type BenchIdentity, benchReader } from './identity';
import { type Subgraphs, startOurGateway } from './processes';

/** The bound for each answer at 100,000 customers, stated in the report (not a test). */
export const ANALYTICS_TARGET_MS = 1_000;
const WARM_UP = 2;

export interface AnalyticsQuery {
  name: string;
  title: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface AnalyticsTiming {
  name: string;
  title: string;
  runs: number;
  /** Latency percentiles and maximum over the runs, in ms. */
  p50: number;
  p95: number;
  max: number;
  /** Rows (groups or buckets) in the answer: what was aggregated to. */
  rows: number;
  /** The first error of a run that failed (a statement timeout, say): the query's timings stop there. */
  error?: string;
}

export interface AnalyticsResult {
  targetMs: number;
  timings: AnalyticsTiming[];
}

/** The demo data's day (@collexis/demo-data's default asOf): the periods end there. */
const DEMO_END = '2026-11-01T00:00:00.000Z';

export function analyticsQueries(keys: ScenarioKeys): AnalyticsQuery[] {
  const buckets = `query Buckets($filter: PortfolioFilter) { delinquencyBuckets(filter: $filter) {
    label loanCount outstanding { currency amount } share { currency ratio } } }`;
  const par = `query Par($days: Int!, $groupBy: PortfolioGroupBy) { portfolioAtRisk(days: $days, groupBy: $groupBy) {
    key currency atRisk outstanding ratio } }`;
  const collections = `query Collections($from: DateTime!, $to: DateTime!, $groupBy: CollectionsGroupBy!) {
    collectionsSummary(from: $from, to: $to, groupBy: $groupBy) { key currency count amount } }`;
  const team = `query Team($name: String!) { team(name: $name) { customerCount
    delinquencyBuckets { label loanCount outstanding { currency amount } }
    portfolioAtRisk(days: 30) { currency atRisk outstanding ratio } } }`;
  const year = { from: '2025-11-01T00:00:00.000Z', to: DEMO_END };
  return [
    { name: 'buckets', title: 'delinquencyBuckets, whole portfolio', query: buckets, variables: {} },
    {
      name: 'buckets-filtered',
      title: 'delinquencyBuckets, segments SME and CORPORATE (joins customers)',
      query: buckets,
      variables: { filter: { segment: ['SME', 'CORPORATE'] } },
    },
    { name: 'par30', title: 'portfolioAtRisk(30)', query: par, variables: { days: 30 } },
    {
      name: 'par90-segment',
      title: 'portfolioAtRisk(90) by segment',
      query: par,
      variables: { days: 90, groupBy: 'SEGMENT' },
    },
    {
      name: 'team',
      title: "team(CALL_TEAM_A): buckets and PAR30 of its customers' loans (their CIFs carried by @requires)",
      query: team,
      variables: { name: 'CALL_TEAM_A' },
    },
    {
      name: 'collections-day',
      title: 'collectionsSummary by DAY, a year',
      query: collections,
      variables: { ...year, groupBy: 'DAY' },
    },
    {
      name: 'collections-method',
      title: 'collectionsSummary by METHOD, a year',
      query: collections,
      variables: { ...year, groupBy: 'METHOD' },
    },
    {
      name: 'collections-hour',
      title: 'collectionsSummary by HOUR, 31 days',
      query: collections,
      variables: { from: '2026-10-01T00:00:00.000Z', to: DEMO_END, groupBy: 'HOUR' },
    },
    {
      name: 'agent-performance',
      title: "agentPerformance, an agent's year (contacts, promises kept)",
      query: `query Performance($agentId: ID!) { agentPerformance(agentId: $agentId, from: "2025-11-01", to: "2026-10-31") {
        totalActions contacts contactRate promisesToPay promisesKept promiseKeptRate } }`,
      variables: { agentId: keys.agentIds[0] },
    },
  ];
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

function rowsOf(data: Record<string, unknown> | null | undefined): number {
  const answer = data ? Object.values(data)[0] : null;
  return Array.isArray(answer) ? answer.length : 1;
}

const failure = (errors: readonly { message?: string }[]) => errors[0]?.message ?? 'error';

async function time(url: string, query: AnalyticsQuery, runs: number, headers: Record<string, string>) {
  const latencies: number[] = [];
  let rows = 0;
  for (let run = 0; run < WARM_UP + runs; run += 1) {
    const started = performance.now();
    const response = await postGraphQL(url, query.query, query.variables, headers);
    const elapsed = performance.now() - started;
    if (response.errors)
      return { p50: Number.NaN, p95: Number.NaN, max: elapsed, rows: 0, error: failure(response.errors) };
    rows = rowsOf(response.data);
    if (run >= WARM_UP) latencies.push(elapsed);
  }
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: latencies.at(-1) ?? Number.NaN,
    rows,
  };
}

export async function runAnalytics(options: {
  subgraphs: Subgraphs;
  keys: ScenarioKeys;
  identity: BenchIdentity;
  runs: number;
  output: string[];
  log: (line: string) => void;
}): Promise<AnalyticsResult> {
  const ours = await startOurGateway(options.subgraphs, options.output);
  try {
    const headers = await options.identity.accessHeaders(benchReader);
    const timings: AnalyticsTiming[] = [];
    for (const query of analyticsQueries(options.keys)) {
      options.log(`analytics: ${query.name}, ${options.runs} runs`);
      timings.push({
        name: query.name,
        title: query.title,
        runs: options.runs,
        ...(await time(ours.target.url, query, options.runs, headers)),
      });
    }
    return { targetMs: ANALYTICS_TARGET_MS, timings };
  } finally {
    await stopProcesses([ours.process]);
  }
}
