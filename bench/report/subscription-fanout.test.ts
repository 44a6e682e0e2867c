import { describe, expect, it } from 'vitest';
import type { LatencySummary } from '../subscription-fanout/analysis';
import type { FanoutRun, TargetRun } from '../subscription-fanout/run';
import type { Stream } from './fanout-runs';
import { subscriptionFanoutSection } from './subscription-fanout';
import type { SingleFanoutRun } from './types';

const latency = (p99: number): LatencySummary => ({ p50: p99 / 2, p95: p99, p99, max: p99, samples: 100 });

interface Run {
  p99: number;
  achieved: number;
  lost?: number;
  serverCpuMs: number;
}

function stream(run: Run): Stream {
  const lost = run.lost ?? 0;
  return {
    kind: 'payment',
    subscribers: 1_000,
    connected: 1_000,
    perSecond: 50,
    committed: 100,
    commitFailures: 0,
    firstCommitFailure: null,
    achievedPerSecond: run.achieved,
    writerMaxLagMs: 1,
    commitMs: latency(20),
    delivery: {
      fromResponseMs: latency(run.p99),
      fromTransactionStartMs: latency(run.p99 + 5),
      expected: 100_000,
      delivered: 100_000 - lost,
      deliveredPerClient: { min: 100 - lost, max: 100 },
      lost,
      eventsMissedBySomeClient: lost,
    },
    duplicated: 0,
    outOfOrder: 0,
    withErrors: 0,
    firstError: null,
    clientFailures: 0,
    firstClientFailure: null,
  };
}

const target = (run: Run, role: string): TargetRun => ({
  streams: [stream(run)],
  windowSeconds: 10,
  loadAverage: 3,
  processes: [{ role, cpuMs: run.serverCpuMs, rssMiB: 200 }],
});

const base = {
  subscribers: 1_000,
  paymentsPerSecond: 50,
  workflowShare: 0,
  actionsPerSecond: 0,
  durationSeconds: 10,
  graceSeconds: 10,
  machineCores: 2,
  pinning: 'unpinned',
  team: 'team-1',
};

/** Three runs on the gateway; the floor's server CPU per event is a constant 1,000 ms per 100,000 events. */
function fanout(...runs: Run[]): FanoutRun {
  return {
    ...base,
    repeats: runs.map((run) => ({
      gateway: target(run, 'gateway'),
      floor: target({ p99: 5, achieved: 50, serverCpuMs: 1_000 }, 'floor'),
    })),
  };
}

describe('subscriptionFanoutSection', () => {
  const text = subscriptionFanoutSection([
    fanout(
      { p99: 40, achieved: 50, serverCpuMs: 1_500 },
      { p99: 120, achieved: 49, serverCpuMs: 2_500, lost: 3 },
      { p99: 30, achieved: 45, serverCpuMs: 1_800 },
    ),
  ]).join('\n');

  it("judges the median run's p99 and shows the runs' range", () => {
    expect(text).toContain(
      '| commit-to-client p99 ≤ 100 ms | 40 (30–120) ms | met: 40 ms against ≤ 100 ms |',
    );
  });

  it('sums the losses over the runs and misses when any run lost one', () => {
    expect(text).toContain(
      '3 lost of 300,000, 0 duplicated, 0 out of order (sums over 3 runs) | **missed: 3 in 1 of 3 runs** |',
    );
  });

  it('judges the rate and the floor ratio on the medians', () => {
    expect(text).toContain('| 49.0 (45.0–50.0)/s | met: 0.98x against ≥ 0.98x |');
    expect(text).toContain(
      "at most 2x the floor's | 18.0 (15.0–25.0) µs against 10.0 µs | met: 1.80x against ≤ 2x |",
    );
  });

  it('says when the gateway was behind its events, which makes its CPU per event look cheaper', () => {
    const behind = subscriptionFanoutSection([
      fanout(
        { p99: 640, achieved: 50, serverCpuMs: 900 },
        { p99: 700, achieved: 50, serverCpuMs: 800 },
        { p99: 1_200, achieved: 50, serverCpuMs: 700 },
      ),
    ]).join('\n');
    expect(behind).toContain(
      'met: 0.80x against ≤ 2x (its p99 was 700 ms: a gateway behind its events writes several at once, which may flatter it) |',
    );
    expect(text).not.toContain('behind its events');
  });

  it('shows the worst client of any run', () => {
    expect(text).toContain('| 299,997/300,000 | 97-100 | 3 | 0 | 0 | 0 | 0 |');
  });
});

describe('subscriptionFanoutSection with results from before the repeats', () => {
  it("reads one run's gateway and floor", () => {
    const run = { p99: 931, achieved: 40.2, serverCpuMs: 1_000 };
    const single: SingleFanoutRun = { ...base, gateway: target(run, 'gateway'), floor: null };
    const text = subscriptionFanoutSection([single]).join('\n');
    expect(text).toContain('| 931 ms | **missed: 931 ms against ≤ 100 ms** |');
    expect(text).toContain('(sums over 1 run) | met |');
  });
});
