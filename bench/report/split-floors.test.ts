import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../load';
import { splitFloorsSection } from './split-floors';
import type { RunRecord } from './types';

function run(target: RunRecord['target'], p99: number, cpuMs: Record<string, number>): RunRecord {
  const result: LoadResult = {
    connections: 1,
    durationSeconds: 5,
    requests: 100,
    requestsPerSecond: 20,
    latencyMs: { p50: p99 / 2, p95: p99, p99, max: p99 },
    non2xx: 0,
    graphqlErrors: 0,
    transportErrors: 0,
    processes: Object.entries(cpuMs).map(([role, ms]) => ({ role, cpuMs: ms, rssMiB: 100 })),
  };
  return { ...result, scenario: 'customer-360', target };
}

describe('splitFloorsSection', () => {
  it("sets the split floors between the floor and ours, by p99 and by the Node.js processes' CPU", () => {
    const runs = [
      run('floor', 10, { gateway: 400, postgres: 300 }),
      run('split-floor', 12, { gateway: 100, 'bank-sync': 100, payment: 50, workflow: 50, postgres: 300 }),
      run('split-floor-apollo', 20, {
        gateway: 200,
        'bank-sync': 200,
        payment: 150,
        workflow: 150,
        postgres: 300,
      }),
      run('ours-unshared', 25, {
        gateway: 250,
        'bank-sync': 250,
        payment: 150,
        workflow: 150,
        postgres: 300,
      }),
    ];
    const row = splitFloorsSection({ runs, connections: [1] }).find((line) => line.startsWith('| 1 |'));
    expect(row).toBe('| 1 | 10.0 | 12.0 | 20.0 | 25.0 | 1.20 | 2.00 | 1.25 | 4.00 | 3.00 | 7.00 | 8.00 |');
  });

  it('is left out of a report whose run had no split floor', () => {
    expect(splitFloorsSection({ runs: [run('floor', 10, {})], connections: [1] })).toEqual([]);
  });
});
