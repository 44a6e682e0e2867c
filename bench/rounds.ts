/**
 * Dependent SQL rounds of one Customer 360, by database role (each subgraph connects as its domain's role,
 * the floor as the owner): every statement is timed at the pg client, and a statement depends on those of its
 * role that ended before it started. Round counts and statement counts survive a loaded machine, where
 * latency does not. `node --import tsx bench/rounds.ts [--customers N] [--samples N]`: a fresh data set of N
 * demo customers (200 unless told) under bench/.data/rounds, then `samples` random CIFs (10 unless told)
 * sent one at a time through the in-process stack's gateway and to the floor, after `--warmup` requests (20
 * unless told) that are not counted. Everything runs in this one process, one request at a time, so the
 * process's CPU time across a request is that request's (gateway and subgraphs, or the floor; PostgreSQL's
 * is not in it): its median is printed too.
 */
import { resolve } from 'node:path';
import { postGraphQL } from '@collexis/platform/http';
import { stackIdentity, startStack } from '@collexis/stack';
import pg from 'pg';
import { prepareDataset } from './dataset';
import { startFloor } from './floor/server';
import { benchIdentity, benchReader } from './identity';
import { CUSTOMER_360, createScenarios } from './scenarios';

interface TimedStatement {
  role: string;
  start: number;
  end: number;
}

let timed: TimedStatement[] = [];

/** Times every statement a pg client sends, promise or callback style, by the role it connects as. */
function timeStatements(): void {
  const send = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function timedQuery(this: pg.Client, ...args: unknown[]) {
    const statement = { role: this.user ?? 'unknown', start: performance.now(), end: Number.NaN };
    const done = () => {
      statement.end = performance.now();
      timed.push(statement);
    };
    const last = args.at(-1);
    if (typeof last === 'function') {
      args[args.length - 1] = (...results: unknown[]) => {
        done();
        return last(...results);
      };
      return send.apply(this, args);
    }
    const result = send.apply(this, args);
    if (result instanceof Promise) return result.finally(done);
    return result;
  } as typeof pg.Client.prototype.query;
}

/** The longest chain of statements of which each started after the one before it ended. */
function dependentRounds(statements: readonly TimedStatement[]): number {
  const ordered = [...statements].sort((a, b) => a.start - b.start);
  const depth: number[] = [];
  ordered.forEach((statement, index) => {
    let round = 1;
    for (let before = 0; before < index; before += 1) {
      const earlier = ordered[before];
      if (earlier && earlier.end <= statement.start) round = Math.max(round, (depth[before] ?? 0) + 1);
    }
    depth[index] = round;
  });
  return Math.max(0, ...depth);
}

interface RoleSummary {
  rounds: number[];
  statements: number[];
}

function summarize(byRole: Map<string, RoleSummary>, statements: readonly TimedStatement[]): void {
  const roles = new Map<string, TimedStatement[]>();
  for (const statement of statements) {
    const list = roles.get(statement.role) ?? [];
    list.push(statement);
    roles.set(statement.role, list);
  }
  for (const [role, list] of roles) {
    const summary = byRole.get(role) ?? { rounds: [], statements: [] };
    summary.rounds.push(dependentRounds(list));
    summary.statements.push(list.length);
    byRole.set(role, summary);
  }
}

/** How often each value came up, smallest first: `2 (x8), 3 (x2)`. */
const spread = (values: readonly number[]) => {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a - b)
    .map(([value, count]) => `${value} (x${count})`)
    .join(', ');
};

function report(what: string, byRole: Map<string, RoleSummary>, samples: number): void {
  console.log(`${what} (${samples} requests):`);
  for (const [role, { rounds, statements }] of [...byRole].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`  ${role}: rounds ${spread(rounds)}; statements ${spread(statements)}`);
  }
}

/** The process's user and system CPU time, in ms, that `send` took. */
async function cpuMsOf(send: () => Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await send();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index === -1 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a positive integer`);
  return value;
}

async function main(): Promise<void> {
  const customers = option('--customers', 200);
  const samples = option('--samples', 10);
  const warmup = option('--warmup', 20);
  // Before any client exists: a TimedOutClosingClient binds its query method when it is made.
  timeStatements();
  const dataDir = resolve(import.meta.dirname, '.data');
  const identity = await benchIdentity(dataDir);
  const dataset = await prepareDataset(customers, resolve(dataDir, 'rounds'), () => {});
  const [scenario] = createScenarios(dataset.keys);
  const stack = await startStack({
    ...dataset,
    databaseUrl: dataset.url,
    keys: identity.keys,
    consumers: false,
  });
  const floor = await startFloor({
    port: 0,
    databaseUrl: dataset.url,
    accessTokens: (await stackIdentity(identity.keys)).gateway.tokens,
  });
  try {
    const ours = new Map<string, RoleSummary>();
    const theFloor = new Map<string, RoleSummary>();
    const headers = await identity.accessHeaders();
    const cpu = { ours: [] as number[], floor: [] as number[] };
    let differing = 0;
    for (let sample = -warmup; sample < samples; sample += 1) {
      const variables = scenario?.variables() ?? {};
      timed = [];
      let answer: Awaited<ReturnType<typeof stack.query>> = {};
      const oursMs = await cpuMsOf(async () => {
        answer = await stack.query(CUSTOMER_360, variables, benchReader);
      });
      if (answer.errors?.length) throw new Error(`ours answered errors: ${JSON.stringify(answer.errors)}`);
      const oursStatements = timed;
      timed = [];
      let floorAnswer: Awaited<ReturnType<typeof postGraphQL>> = {};
      const floorMs = await cpuMsOf(async () => {
        floorAnswer = await postGraphQL(floor.url, CUSTOMER_360, variables, headers);
      });
      if (sample < 0) continue;
      summarize(ours, oursStatements);
      summarize(theFloor, timed);
      cpu.ours.push(oursMs);
      cpu.floor.push(floorMs);
      if (JSON.stringify(floorAnswer.data) !== JSON.stringify(answer.data)) differing += 1;
    }
    report('ours, by subgraph role', ours, samples);
    report('floor', theFloor, samples);
    console.log(`answers differing from the floor's: ${differing} of ${samples}`);
    console.log(
      `CPU ms per request, median (this process): ours ${median(cpu.ours).toFixed(2)}, floor ${median(cpu.floor).toFixed(2)}`,
    );
  } finally {
    await floor.stop();
    await stack.stop();
    await dataset.stop();
  }
}

await main();
