import { describe, expect, it } from 'vitest';
import type { LoadResult } from './load';
import { median, medianLoadResult } from './repeat';

function run(requests: number, p99: number, gatewayCpuMs: number): LoadResult {
  return {
    connections: 8,
    durationSeconds: 3,
    requests,
    requestsPerSecond: requests / 3,
    latencyMs: { p50: p99 / 2, p95: p99, p99, max: p99 * 2 },
    non2xx: 0,
    graphqlErrors: 0,
    transportErrors: 0,
    processes: [{ role: 'gateway', cpuMs: gatewayCpuMs, rssMiB: 100 }],
  };
}

describe('median', () => {
  it('is the middle value of an odd count, the mean of the middle two of an even one', () => {
    expect(median([340, 318, 331])).toBe(331);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('medianLoadResult', () => {
  it('takes each figure apart', () => {
    const result = medianLoadResult([run(300, 12, 900), run(330, 10, 1_000), run(318, 15, 800)]);
    expect(result.requests).toBe(318);
    expect(result.latencyMs.p99).toBe(12);
    expect(result.processes).toEqual([{ role: 'gateway', cpuMs: 900, rssMiB: 100 }]);
  });

  it('leaves a run that completed no request out of the latency', () => {
    const result = medianLoadResult([run(0, 0, 50), run(30, 20, 300)]);
    expect(result.requests).toBe(15);
    expect(result.latencyMs.p99).toBe(20);
  });
});
