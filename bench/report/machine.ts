/** The report's rows on what this machine charges for a message between processes and for JavaScript. */
import type { MachineProbe } from '../machine-probe';

const micros = (value: number) => `${value.toFixed(0)} µs`;

export function probeRows(probe: MachineProbe | undefined): string[] {
  if (!probe) return [];
  return [
    `| CPU per TCP round trip between two processes, each idle 5 ms before | ${micros(probe.idleRoundTripCpuMicros)} (${micros(probe.idleRoundTripMicros)} wall) |`,
    `| CPU per round trip, back to back | ${micros(probe.busyRoundTripCpuMicros)} |`,
    `| JavaScript workload (JSON of a 200-row page, 500 times there and back) | ${probe.computeMs.toFixed(0)} ms CPU |`,
  ];
}

export function probeNote(probe: MachineProbe | undefined): string[] {
  if (!probe) return [];
  return [
    `The round trips (${probe.roundTrips} each, bench/machine-probe.ts) are what this machine charges for waking a ` +
      'process with a message, which every subgraph fetch and SQL statement does: federated targets pay it more ' +
      'often than the one-process floor, so their ratios to the floor depend on it. Compare runs only from ' +
      'machines whose figures are alike (bench/README.md, "Machines").',
    '',
  ];
}
