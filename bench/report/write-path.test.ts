import { describe, expect, it } from 'vitest';
import type { WritePathResult, WritePhase, WritePhaseName } from '../write-path/run';
import type { SingleWritePath } from './types';
import { ratesOf, rateVerdict, writePathSection } from './write-path';

interface Run {
  achieved: number;
  paymentCpuMs: number;
  failures?: number;
  drainMs?: number | null;
}

function phase(name: WritePhaseName, run: Run): WritePhase {
  return {
    name,
    committed: 1000,
    failures: name === 'dashboards' ? (run.failures ?? 0) : 0,
    firstFailure: name === 'dashboards' && run.failures ? 'socket hang up' : null,
    achievedPerSecond: run.achieved,
    commitMs: { p50: 10, p95: 20, p99: 30, max: 40, samples: 1000 },
    drainMs: run.drainMs === undefined ? 100 : run.drainMs,
    processes: ['gateway', 'payment', 'bank-sync', 'workflow', 'postgres'].map((role) => ({
      role,
      cpuMs: role === 'payment' ? run.paymentCpuMs : 1000,
      rssMiB: 100,
    })),
    loadAverage: 2,
  };
}

const phases = (run: Run) => (['direct', 'gateway', 'dashboards'] as const).map((name) => phase(name, run));

function result(...runs: Run[]): WritePathResult {
  return {
    seconds: 10,
    dashboards: 10,
    machineCores: 2,
    rates: [{ paymentsPerSecond: 500, repeats: runs.map(phases) }],
    profileDir: null,
  };
}

const threeRuns = result(
  { achieved: 490, paymentCpuMs: 2000 },
  { achieved: 495, paymentCpuMs: 4000 },
  { achieved: 470, paymentCpuMs: 3000, drainMs: null },
);

describe('rateVerdict', () => {
  it("judges the median run's share of the offered rate and shows the runs' range", () => {
    const [rate] = threeRuns.rates;
    if (!rate) throw new Error('no rate');
    expect(rateVerdict(rate)).toBe(
      'met: 0.98x against ≥ 0.98x (490 (470–495) of 500 payments/s achieved; 0 failed over 3 runs)',
    );
  });

  it('misses on a failure in any run, however fast the median', () => {
    const [rate] = result(
      { achieved: 500, paymentCpuMs: 1 },
      { achieved: 500, paymentCpuMs: 1, failures: 2 },
    ).rates;
    if (!rate) throw new Error('no rate');
    expect(rateVerdict(rate)).toMatch(/^\*\*missed: 2 failed\*\*; rate met: 1\.00x/);
  });

  it('lists the first failure of each phase that had one', () => {
    const failing = result(
      { achieved: 500, paymentCpuMs: 1 },
      { achieved: 500, paymentCpuMs: 1, failures: 2 },
    );
    expect(writePathSection(failing).join('\n')).toContain(
      '- 500/s, dashboards, run 2: 2 failed, first: socket hang up',
    );
  });
});

describe('writePathSection', () => {
  const text = writePathSection(threeRuns).join('\n');

  it('shows each figure as the median of the runs with their range, one row per rate and phase', () => {
    expect(text).toContain(
      '| 500 | direct | 1000 | 490 (470–495) | 10 | 30 | 100 ms [1 of 3 runs not within 60 s] | 0 | 1.00 | 3.00 (2.00–4.00) | 1.00 | 1.00 | 1.00 | n/a | n/a | 7.00 (6.00–8.00) | 2.0 |',
    );
    expect(text).toContain('| 500 | dashboards |');
  });

  it("takes each stage from the phases' medians", () => {
    expect(text).toContain(
      "| payment subgraph: recordPayment, the feed and the consumers' pages | 3.00 | payment, direct |",
    );
    expect(text).toContain(
      '| gateway path below the gateway (subgraph and PostgreSQL work it adds) | 0.00 | gateway - direct |',
    );
  });
});

describe('the stage table', () => {
  it('shows a difference of two phases below zero as their noise, not as a negative cost', () => {
    const run = { achieved: 500, paymentCpuMs: 3000 };
    const [direct, gateway, dashboards] = phases(run);
    if (!direct || !gateway || !dashboards) throw new Error('no phases');
    const cheaperGateway: WritePhase = {
      ...gateway,
      processes: gateway.processes.map((process) =>
        process.role === 'payment' ? { ...process, cpuMs: 2600 } : process,
      ),
    };
    const text = writePathSection({
      ...result(run),
      rates: [{ paymentsPerSecond: 500, repeats: [[direct, cheaperGateway, dashboards]] }],
    }).join('\n');
    expect(text).toContain(
      "| gateway path below the gateway (subgraph and PostgreSQL work it adds) | ≈ 0 (-0.40: the phases' noise) | gateway - direct |",
    );
  });
});

describe('ratesOf', () => {
  it('reads results from before the repeats as one run at one rate', () => {
    const single: SingleWritePath = {
      paymentsPerSecond: 500,
      seconds: 10,
      dashboards: 10,
      machineCores: 2,
      phases: phases({ achieved: 75, paymentCpuMs: 100 }),
      profileDir: null,
    };
    expect(ratesOf(single)).toEqual([{ paymentsPerSecond: 500, repeats: [single.phases] }]);
    expect(writePathSection(single).join('\n')).toContain(
      '- 500/s offered: **missed: 0.15x against ≥ 0.98x**',
    );
  });
});
