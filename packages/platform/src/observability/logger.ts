import { type DestinationStream, type LevelWithSilent, type Logger, pino } from 'pino';
import { safeError } from './safe-error';

export type { Logger };

/** The levels LOG_LEVEL takes. */
export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number] & LevelWithSilent;

export interface LoggerOptions {
  /** Named on every line (`service`). */
  service: string;
  /** @default 'info' */
  level?: LogLevel;
  /** Where lines go. @default standard output */
  destination?: DestinationStream;
}

/**
 * Standard output, written a few lines at a time: at least 4 KiB, or what is there every 200 ms. One write per
 * access line was a system call per request in every service, 3% of a subgraph's CPU under load (decision 0048);
 * pino writes what is left synchronously when the process exits.
 */
const standardOutput = () => pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 200 });

/**
 * One JSON object per line (pino): `time` (ISO), `level` (name), `service`, `msg` and the line's fields. An
 * error goes under `err` and is written by `safeError`, never as it is: no SQL parameters, rows or input values.
 * Headers that carry tokens are censored should one ever be logged.
 */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: options.service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: safeError, error: safeError },
      redact: {
        paths: ['authorization', '*.authorization', '*.headers.authorization', '*.cookie', 'variables'],
        censor: '[redacted]',
      },
    },
    options.destination ?? standardOutput(),
  );
}

/** A logger that writes nothing: what a service logs to when it is started without one (tests, embedding). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
