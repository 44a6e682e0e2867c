/**
 * What the CPU profiles taken for the full run of 2026-11-22 pointed at (`node --cpu-prof`, decisions 0016 and
 * 0018). No bench run profiles, so the report quotes them under their date, never as this run's findings.
 */
import type { BenchResults } from './types';

const PROFILED_RUN = '2026-11-22';

const NOTES = [
  "- **Gateway.** With the stock executor, a third of the gateway's busy CPU under Customer 360 was Node's " +
    'fetch (undici behind web streams, a Request and Response per subgraph call) and much of the rest was ' +
    'rebuilding and walking the federation Operation per request. Our executor removed both (decision 0016); ' +
    "what remained was mostly socket writes and Apollo Server's request pipeline.",
  '- **Subgraphs.** drizzle-orm building SQL per DataLoader batch was the largest consumer in every subgraph; ' +
    "prepared statements (decision 0018) halved Customer 360 CPU in bank-sync, payment and workflow. drizzle's " +
    'per-row result mapping was then its largest remaining cost, worst on window-function pages and timestamps.',
  '- **Customer 360 p99 against the floor at 1 and 8 connections.** The federated plan was three dependent ' +
    'rounds of subgraph HTTP (customer; then loans, case and actions; then payments and agents), each a ' +
    'serialise-send-parse on both sides, where the floor resolves in one process: at low concurrency that ' +
    'latency, not CPU, was the gap.',
];

export function profileNotes(results: BenchResults): string[] {
  if (results.runs.length === 0) return [];
  return [
    `## What the profiles pointed at (${PROFILED_RUN})`,
    '',
    `Not measured by this run: quoted from the CPU profiles taken for the run of ${PROFILED_RUN} ` +
      `([${PROFILED_RUN}.md](${PROFILED_RUN}.md)); the code may have moved since.`,
    '',
    ...NOTES,
    '',
  ];
}
