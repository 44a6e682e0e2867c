import { describe, expect, it } from 'vitest';
import { probeMachine } from './machine-probe';
import { probeNote, probeRows } from './report/machine';

describe('probeMachine', () => {
  it('times round trips to a second process and a JavaScript workload, and stops the process', async () => {
    const probe = await probeMachine(20);
    expect(probe.roundTrips).toBe(20);
    for (const figure of [
      probe.idleRoundTripCpuMicros,
      probe.idleRoundTripMicros,
      probe.busyRoundTripCpuMicros,
      probe.computeMs,
    ]) {
      expect(figure).toBeGreaterThan(0);
      expect(Number.isFinite(figure)).toBe(true);
    }
    // Each idle round trip waits 5 ms first; the wall time of the trip itself excludes that pause.
    expect(probe.idleRoundTripMicros).toBeLessThan(5_000);
  });
});

describe('the report', () => {
  const probe = {
    roundTrips: 400,
    idleRoundTripCpuMicros: 580.9,
    idleRoundTripMicros: 291.8,
    busyRoundTripCpuMicros: 127.9,
    computeMs: 113.2,
  };

  it('shows the probe in the machine table', () => {
    expect(probeRows(probe)).toEqual([
      '| CPU per TCP round trip between two processes, each idle 5 ms before | 581 µs (292 µs wall) |',
      '| CPU per round trip, back to back | 128 µs |',
      '| JavaScript workload (JSON of a 200-row page, 500 times there and back) | 113 ms CPU |',
    ]);
    expect(probeNote(probe).join(' ')).toContain('400 each');
  });

  it('shows nothing for results from before the probe', () => {
    expect(probeRows(undefined)).toEqual([]);
    expect(probeNote(undefined)).toEqual([]);
  });
});
