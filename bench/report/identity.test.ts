import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../load';
import { identitySection } from './identity';
import type { BenchResults, RunRecord } from './types';

function run(target: RunRecord['target'], gatewayCpuMs: number): RunRecord {
  const result: LoadResult = {
    connections: 32,
    durationSeconds: 10,
    requests: 1_000,
    requestsPerSecond: 100,
    latencyMs: { p50: 5, p95: 8, p99: 10, max: 12 },
    non2xx: 0,
    graphqlErrors: 0,
    transportErrors: 0,
    processes: [{ role: 'gateway', cpuMs: gatewayCpuMs, rssMiB: 200 }],
  };
  return { ...result, scenario: 'customer-360', target, repeats: [result] };
}

function results(runs: RunRecord[]): BenchResults {
  return {
    connections: [1, 32],
    scenarios: [{ name: 'customer-360', title: 'Customer 360', query: '{ __typename }' }],
    runs,
    identityCost: {
      samples: 2_000,
      accessTokenMicros: 150,
      credentialMicros: 110,
      rememberedMicros: 0.3,
      signMicros: 95,
    },
  } as unknown as BenchResults;
}

const tableRow = (lines: string[]) => lines.find((line) => line.startsWith('| customer-360 |'));

describe('identitySection', () => {
  it('weighs a first verification against the gateway CPU of the variant of ours that ran', () => {
    const lines = identitySection(results([run('ours-unshared', 750)]));
    expect(lines).toContain(
      '| scenario | ours-unshared gateway CPU ms/req | first verification ms/req | share |',
    );
    expect(tableRow(lines)).toBe('| customer-360 | 0.75 | 0.15 | 20% |');
  });

  it('uses the default variant when it ran beside the others', () => {
    const lines = identitySection(results([run('ours-unshared', 750), run('ours', 500)]));
    expect(tableRow(lines)).toBe('| customer-360 | 0.50 | 0.15 | 30% |');
  });
});
