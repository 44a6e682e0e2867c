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
    options.destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

/** A logger that writes nothing: what a service logs to when it is started without one (tests, embedding). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
