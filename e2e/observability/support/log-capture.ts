import { createLogger, type Logger } from '@collexis/platform/observability';

/** Every JSON line the services of a stack log, kept in memory: nothing reaches the test output. */
export interface LogCapture {
  loggerFor(service: string): Logger;
  /** Every line, as written. */
  readonly raw: string[];
  /** Every line, parsed. */
  lines(): Record<string, unknown>[];
}

export function captureLogs(level: 'info' | 'debug' = 'debug'): LogCapture {
  const raw: string[] = [];
  const destination = { write: (line: string) => raw.push(line) };
  return {
    loggerFor: (service) => createLogger({ service, level, destination }),
    raw,
    lines: () => raw.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
