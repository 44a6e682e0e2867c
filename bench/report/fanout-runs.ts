/** The fan-out's repetitions and the figures of each, as the report's fan-out tables read them. */
import type { ProcessUsage } from '../load';
import type { FanoutRepetition, FanoutRun, StreamRun, TargetRun } from '../subscription-fanout/run';
import type { StreamKind } from '../subscription-fanout/streams';
import type { SingleFanoutRun } from './types';

export type StoredFanoutRun = FanoutRun | SingleFanoutRun;
export type Stream = Omit<StreamRun, 'sample'>;
export type Server = 'gateway' | 'floor';

export const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Each repetition; results from before the repeats had one run's `gateway` and `floor`. */
export function repetitionsOf(run: StoredFanoutRun): FanoutRepetition[] {
  return 'repeats' in run ? run.repeats : [{ gateway: run.gateway, floor: run.floor }];
}

/** The server's side of each repetition that has one (no floor where the gateway delivered nothing). */
export function targetRuns(run: StoredFanoutRun, server: Server): TargetRun[] {
  return repetitionsOf(run).flatMap((repetition) => {
    const target = repetition[server];
    return target ? [target] : [];
  });
}

/** The stream kinds any repetition ran on this server, payment dashboards first. */
export function kindsOf(run: StoredFanoutRun, server: Server): StreamKind[] {
  const kinds = new Set(targetRuns(run, server).flatMap((target) => target.streams.map((s) => s.kind)));
  return (['payment', 'workflow'] as const).filter((kind) => kinds.has(kind));
}

/** The stream of this kind in each repetition on this server. */
export function streamRuns(run: StoredFanoutRun, server: Server, kind: StreamKind): Stream[] {
  return targetRuns(run, server).flatMap((target) => target.streams.filter((stream) => stream.kind === kind));
}

export const delivered = (target: TargetRun) =>
  sum(target.streams.map((stream) => stream.delivery.delivered));

export const cpuOf = (target: TargetRun, role: string) =>
  target.processes.find((process) => process.role === role)?.cpuMs ?? Number.NaN;

/** µs of the server's CPU per delivered event in one run: the gateway's or the floor's. */
export const serverMicros = (target: TargetRun, role: Server) =>
  (cpuOf(target, role) * 1000) / delivered(target);

/** The cores these processes used over the run's window. */
export const cores = (target: TargetRun, processes: readonly ProcessUsage[]) =>
  sum(processes.map((process) => process.cpuMs)) / (target.windowSeconds * 1000);

/** The cores of the processes in one role over the run's window. */
export const coresOf = (target: TargetRun, role: string) =>
  cores(
    target,
    target.processes.filter((process) => process.role === role),
  );

/** Each run's server µs per delivered event. */
export const microsPerRun = (run: StoredFanoutRun, server: Server) =>
  targetRuns(run, server).map((target) => serverMicros(target, server));
