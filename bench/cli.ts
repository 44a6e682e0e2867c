/** The command line of `pnpm bench`, parsed once into plain options. */
import type { FanoutConfig } from './subscription-fanout/run';
import type { WritePathConfig } from './write-path/run';

export interface BenchOptions {
  /** 10,000 customers, short runs: a smoke run that finishes in minutes. */
  quick: boolean;
  /** Customers in the demo data set. @default 100000, the full size */
  customers: number;
  /** Seconds of load per scenario, gateway and connection count. */
  durationSeconds: number;
  /** Concurrent connections, one run each. */
  connections: number[];
  /**
   * Only these targets (ours, ours-unshared, ours-stock, floor, split-floor, split-floor-apollo, hive-js,
   * hive-rust, and analytics, sync-ingest, subscription-fanout, soak or write-path for that scenario).
   * @default all
   */
  targets: string[] | null;
  /** Only these read scenarios (customer-360, agent-worklist, delinquent-loans). @default all three */
  scenarios: string[] | null;
  /** Timed requests of each analytics query. @default 20, 10 with --quick */
  analyticsRuns: number;
  /** Customer records in the sync-ingest scenario's export file. @default 100000, 20000 with --quick */
  syncRecords: number;
  /**
   * Subscription fan-out runs, as subscribers x payments per second, each with the workflow share and action
   * rate below. @default 1000x50 and 10x500
   */
  fanout: FanoutConfig[];
  /** Seconds of payments per fan-out run. @default 30, 10 with --quick */
  fanoutSeconds: number;
  /** Seconds of load in the soak scenario. @default 600, 120 with --quick */
  soakSeconds: number;
  /**
   * Runs of every cell (load run, sync-ingest pass and floor, fan-out configuration, write path rate); the
   * report shows their median and range. @default 3
   */
  repeat: number;
  /** The report's file name without extension. @default `<date>` for a full run, else `<date>-<what ran>` */
  out: string | null;
  /**
   * The write path scenario's offered rates, seconds per phase and dashboards. @default 500/s (the issue's
   * target) and 50/s (a quiet hour: nothing to batch with), 10 s (5 with --quick), 10 dashboards
   */
  writePath: WritePathConfig;
  /** Skip installing and running the Hive Gateway peers. */
  skipPeers: boolean;
  /**
   * Run Hive Gateway with its default in-flight deduplication of identical subgraph requests. On by default:
   * our executor shares identical in-flight query fetches too (decision 0016); `--no-hive-dedup` turns it off.
   */
  hiveDedup: boolean;
  /** The command as typed, for the report. */
  command: string;
}

export const USAGE = `pnpm bench [--quick] [--customers N] [--duration S] [--connections 1,8,32]
                [--targets ours,ours-unshared,ours-stock,floor,split-floor,split-floor-apollo,hive-js,hive-rust,
                           analytics,sync-ingest,subscription-fanout,soak,write-path]
                [--scenarios customer-360,agent-worklist,delinquent-loans] [--repeat N] [--out NAME]
                [--skip-peers] [--no-hive-dedup] [--analytics-runs N]
                [--sync-records N] [--fanout 1000x50,10x500] [--fanout-workflow-share 0.2]
                [--fanout-actions 10] [--fanout-duration S] [--soak-seconds S]
                [--write-path-rate 500,50] [--write-path-seconds S]

  --fanout                 subscribers x payments per second of each fan-out run
  --fanout-workflow-share  the share of those subscribers on a supervisor's team board (workflowEvents)
                           instead of the payment dashboard (paymentEvents), 0 to 1; default 0.2
  --fanout-actions         workflow actions recorded per second for that team in each run; default 10
  --write-path-rate        payments per second offered in the write path, one run of its phases per rate;
                           default 500 (the issue's target) and 50 (a quiet hour: nothing to batch with)`;

const DEFAULTS = { customers: 100_000, durationSeconds: 10, connections: [1, 8, 32], syncRecords: 100_000 };
const QUICK = { customers: 10_000, durationSeconds: 5, connections: [1, 8, 32], syncRecords: 20_000 };

/**
 * The 500/s, and 50/s: what a payment costs when few arrive together to share a transaction or a
 * consumer's page (until decision 0041 it was also below what the path sustained, 75 to 100/s).
 */
const WRITE_PATH_RATES = [500, 50];

/** A fifth of the dashboards are team boards, fed by 10 actions a second: a busy team at month end. */
const WORKFLOW_MIX = { workflowShare: 0.2, actionsPerSecond: 10 };

const FANOUT: FanoutConfig[] = [
  { subscribers: 1_000, paymentsPerSecond: 50, ...WORKFLOW_MIX },
  { subscribers: 10, paymentsPerSecond: 500, ...WORKFLOW_MIX },
];

function share(flag: string, value: string | undefined): number {
  const parsed = Number(value);
  if (!value || !Number.isFinite(parsed) || parsed < 0 || parsed > 1) {
    throw new Error(`${flag} needs a share from 0 to 1, got ${value ?? 'nothing'}\n${USAGE}`);
  }
  return parsed;
}

function positiveInt(flag: string, value: string | undefined): number {
  const parsed = Number(value);
  if (!value || !Number.isInteger(parsed) || parsed <= 0) {
    throw new Error(`${flag} needs a positive whole number, got ${value ?? 'nothing'}\n${USAGE}`);
  }
  return parsed;
}

export function parseArgs(argv: readonly string[]): BenchOptions {
  const quick = argv.includes('--quick');
  const base = quick ? QUICK : DEFAULTS;
  const options: BenchOptions = {
    quick,
    customers: base.customers,
    durationSeconds: base.durationSeconds,
    connections: [...base.connections],
    targets: null,
    scenarios: null,
    syncRecords: base.syncRecords,
    analyticsRuns: quick ? 10 : 20,
    fanout: FANOUT.map((config) => ({ ...config })),
    fanoutSeconds: quick ? 10 : 30,
    soakSeconds: quick ? 120 : 600,
    repeat: 3,
    out: null,
    writePath: { rates: [...WRITE_PATH_RATES], seconds: quick ? 5 : 10, dashboards: 10 },
    skipPeers: false,
    hiveDedup: true,
    command: ['pnpm bench', ...argv].join(' '),
  };
  // The mix flags apply to every run, whichever order they come in with --fanout.
  const mix: Partial<typeof WORKFLOW_MIX> = {};
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    const value = argv[index + 1];
    switch (flag) {
      case '--quick':
        break;
      case '--skip-peers':
        options.skipPeers = true;
        break;
      case '--no-hive-dedup':
        options.hiveDedup = false;
        break;
      case '--customers':
        options.customers = positiveInt(flag, value);
        index += 1;
        break;
      case '--duration':
        options.durationSeconds = positiveInt(flag, value);
        index += 1;
        break;
      case '--connections':
        options.connections = (value ?? '').split(',').map((part) => positiveInt(flag, part));
        index += 1;
        break;
      case '--repeat':
        options.repeat = positiveInt(flag, value);
        index += 1;
        break;
      case '--out':
        if (!value || !/^[\w.-]+$/.test(value))
          throw new Error(`--out needs a file name, got ${value}\n${USAGE}`);
        options.out = value;
        index += 1;
        break;
      case '--analytics-runs':
        options.analyticsRuns = positiveInt(flag, value);
        index += 1;
        break;
      case '--sync-records':
        options.syncRecords = positiveInt(flag, value);
        index += 1;
        break;
      case '--fanout':
        options.fanout = (value ?? '').split(',').map((part) => {
          const [subscribers, rate] = part.split('x');
          return {
            ...WORKFLOW_MIX,
            subscribers: positiveInt(flag, subscribers),
            paymentsPerSecond: positiveInt(flag, rate),
          };
        });
        index += 1;
        break;
      case '--fanout-workflow-share':
        mix.workflowShare = share(flag, value);
        index += 1;
        break;
      case '--fanout-actions':
        mix.actionsPerSecond = value === '0' ? 0 : positiveInt(flag, value);
        index += 1;
        break;
      case '--fanout-duration':
        options.fanoutSeconds = positiveInt(flag, value);
        index += 1;
        break;
      case '--soak-seconds':
        options.soakSeconds = positiveInt(flag, value);
        index += 1;
        break;
      case '--write-path-rate':
        options.writePath = {
          ...options.writePath,
          rates: (value ?? '').split(',').map((part) => positiveInt(flag, part)),
        };
        index += 1;
        break;
      case '--write-path-seconds':
        options.writePath = { ...options.writePath, seconds: positiveInt(flag, value) };
        index += 1;
        break;
      case '--targets':
        options.targets = (value ?? '').split(',').filter((part) => part !== '');
        index += 1;
        break;
      case '--scenarios':
        options.scenarios = (value ?? '').split(',').filter((part) => part !== '');
        index += 1;
        break;
      case '--':
        break;
      default:
        throw new Error(`unknown option ${flag}\n${USAGE}`);
    }
  }
  options.fanout = options.fanout.map((config) => ({ ...config, ...mix }));
  return options;
}

/**
 * A full run's files are named by its date; any other run's name says what it ran, so a partial or quick run
 * the same day does not replace the day's full report. `--out` names them outright.
 */
export function reportName(options: BenchOptions, startedAt: Date): string {
  if (options.out !== null) return options.out;
  const date = startedAt.toISOString().slice(0, 10);
  const parts = [date, ...(options.quick ? ['quick'] : []), ...(options.targets ?? [])];
  return parts.join('-');
}
