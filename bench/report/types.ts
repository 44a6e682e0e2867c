/** The raw results of one bench run, written as JSON beside the report. */

import type { AnalyticsResult } from '../analytics';
import type { DatasetFacts } from '../dataset';
import type { IdentityCost } from '../identity-cost';
import type { LoadResult } from '../load';
import type { MachineProbe } from '../machine-probe';
import type { PeerInstall } from '../peers';
import type { TargetName } from '../processes';
import type { ScenarioName } from '../scenarios';
import type { SoakResult } from '../soak/run';
import type { StatementCounts } from '../statements';
import type { FanoutRepetition, FanoutRun } from '../subscription-fanout/run';
import type { SyncIngestResult } from '../sync-ingest';
import type { Agreement } from '../verify';
import type { WritePathResult, WritePhase } from '../write-path/run';

export interface MachineFacts {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  /** 1-minute load average when the bench started: other work on the machine skews every number. */
  loadAverageAtStart: number;
  /** What a message between processes and a fixed JavaScript workload cost here; absent in older results. */
  probe?: MachineProbe;
}

export interface TargetStatus {
  name: TargetName;
  description: string;
  /** null when it ran; otherwise why it did not. */
  skipped: string | null;
  /** Why its runs stopped partway (the runs it finished are kept); null when all ran. */
  failure: string | null;
}

/** One cell: the median of its repeated runs (`repeats`; absent in results from before `--repeat`). */
export interface RunRecord extends LoadResult {
  scenario: ScenarioName;
  target: TargetName;
  repeats?: LoadResult[];
}

/** A fan-out configuration as results from before its repeats stored it: one run's `gateway` and `floor`. */
export type SingleFanoutRun = Omit<FanoutRun, 'repeats'> & FanoutRepetition;

/** The write path as results from before its repeats and rates stored it: one run at one rate. */
export interface SingleWritePath extends Omit<WritePathResult, 'rates'> {
  paymentsPerSecond: number;
  phases: WritePhase[];
}

export interface AgreementRecord extends Agreement {
  scenario: ScenarioName;
  target: TargetName;
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  command: string;
  /** Runs per cell (`--repeat`); absent in results from before it, where each cell is one run. */
  repeat?: number;
  durationSeconds: number;
  connections: number[];
  machine: MachineFacts;
  dataset: DatasetFacts;
  peers: PeerInstall | null;
  targets: TargetStatus[];
  scenarios: { name: ScenarioName; title: string; query: string }[];
  statements: StatementCounts;
  /** Each target's `data` against our gateway's for the same sampled variables. */
  agreements: AgreementRecord[];
  runs: RunRecord[];
  /** What verifying tokens and signing credentials cost; absent in results from before identity. */
  identityCost?: IdentityCost;
  /** The analytics scenario; absent when it was not run. */
  analytics?: AnalyticsResult;
  /** The sync-ingest scenario; absent when it was not run. */
  syncIngest?: SyncIngestResult;
  /** The subscription fan-out scenario, one entry per configuration; absent when it was not run. */
  subscriptionFanout?: (FanoutRun | SingleFanoutRun)[];
  /** The soak scenario: memory of every process before, during and after minutes of mixed load; absent when not run. */
  soak?: SoakResult;
  /** The write path scenario: payments/s through the gateway and CPU per payment by stage; absent when not run. */
  writePath?: WritePathResult | SingleWritePath;
}
