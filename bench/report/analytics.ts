/** The analytics section of the report: each analytics query's latency against the bound. */
import type { AnalyticsResult } from '../analytics';

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a');

export function analyticsSection(result: AnalyticsResult | undefined, customers: number): string[] {
  if (!result) return [];
  const lines = [
    '## Analytics',
    '',
    `Each portfolio-analytics query through our gateway on the data set (${customers.toLocaleString('en-US')} ` +
      'customers), one request at a time after two warm-up requests, timed from sending it to its answer (token ' +
      'verification, planning, the subgraph and its one SQL aggregation). ' +
      `**Bound: well under ${result.targetMs.toLocaleString('en-US')} ms each.**`,
    '',
    '| query | runs | p50 ms | p95 ms | max ms | rows in the answer |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const timing of result.timings) {
    if (timing.error) {
      lines.push(`| ${timing.title} | failed | | | ${ms(timing.max)} | ${timing.error} |`);
      continue;
    }
    const p95 = timing.p95 < result.targetMs ? ms(timing.p95) : `**${ms(timing.p95)}**`;
    lines.push(
      `| ${timing.title} | ${timing.runs} | ${ms(timing.p50)} | ${p95} | ${ms(timing.max)} | ${timing.rows} |`,
    );
  }
  lines.push('');
  return lines;
}
