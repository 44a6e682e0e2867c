import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../load';
import { latencySpread, ratioSpread, spread, verdict } from './runs';
import type { RunRecord } from './types';

const whole = (value: number) => value.toFixed(0);

function result(requests: number, p99: number): LoadResult {
  return {
    connections: 1,
    durationSeconds: 3,
    requests,
    requestsPerSecond: requests / 3,
    latencyMs: { p50: p99, p95: p99, p99, max: p99 },
    non2xx: 0,
    graphqlErrors: 0,
    transportErrors: 0,
    processes: [],
  };
}

describe('spread', () => {
  it('shows the median and the range of several runs, the value alone of one or of runs that agree', () => {
    expect(spread([340, 318, 331], whole)).toBe('331 (318–340)');
    expect(spread([331], whole)).toBe('331');
    expect(spread([331.2, 330.9], whole)).toBe('331');
    expect(spread([Number.NaN], whole)).toBe('n/a');
  });
});

describe('ratioSpread', () => {
  it('is the ratio of the medians with the widest range the runs allow', () => {
    expect(ratioSpread([10, 12, 14], [8, 10, 12])).toBe('1.20 (0.83–1.75)');
    expect(ratioSpread([12], [10])).toBe('1.20');
    expect(ratioSpread([], [10])).toBe('n/a');
  });
});

describe('verdict', () => {
  it('says met or missed with the figure and the bound', () => {
    expect(verdict(1.12, 1.3, 'at most')).toBe('met: 1.12x against ≤ 1.3x');
    expect(verdict(1.62, 1.3, 'at most')).toBe('**missed: 1.62x against ≤ 1.3x**');
    expect(verdict(0.19, 0.5, 'at least')).toBe('**missed: 0.19x against ≥ 0.5x**');
    expect(verdict(Number.NaN, 0.5, 'at least')).toBe('not measured');
  });
});

describe('latencySpread', () => {
  it('says when a run of the cell completed no request instead of counting its latency as 0', () => {
    const base = result(30, 20);
    const run: RunRecord = {
      ...base,
      scenario: 'customer-360',
      target: 'ours',
      repeats: [result(0, 0), base],
    };
    expect(latencySpread(run, (latency) => latency.p99, whole)).toBe('20 [1 of 2 runs answered]');
  });
});
