/**
 * What of an error may reach a log line. Errors from PostgreSQL and drizzle carry the statement's parameters
 * (drizzle's "Failed query: ... params: ..."), the offending row (`detail`: "Key (national_id)=(...)"), the
 * statement text and where it ran; input errors quote the value they refused. A log line keeps only what
 * says what failed and where in our code: the error's type, code, constraint and table, a message with every
 * quoted value masked, the stack frames without the message, and the same of its cause. Fields are listed, never
 * copied wholesale, so a new field on some error type cannot leak.
 */
export interface SafeError {
  type: string;
  message: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  stack?: string;
  cause?: SafeError;
}

const MAX_CAUSES = 3;

/** Every quoted or parenthesised value masked: `invalid input syntax for type uuid: "..."`, `Key (cif)=(...)`. */
export function maskValues(message: string): string {
  return message
    .replace(/"[^"]*"/g, '"…"')
    .replace(/'[^']*'/g, "'…'")
    .replace(/=\([^)]*\)/g, '=(…)');
}

/** drizzle's wrapper names the statement and its parameters; only its first words say what failed. */
function messageOf(error: Error): string {
  if (error.name === 'DrizzleQueryError' || error.message.startsWith('Failed query:')) return 'Failed query';
  return maskValues(error.message).slice(0, 500);
}

/** The stack's frames only: its first line repeats the message. */
function framesOf(stack: string | undefined): string | undefined {
  if (!stack) return undefined;
  const frames = stack.split('\n').filter((line) => line.trimStart().startsWith('at '));
  return frames.length > 0 ? frames.slice(0, 15).join('\n') : undefined;
}

function stringField(error: object, name: string): string | undefined {
  const value = (error as Record<string, unknown>)[name];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** The loggable part of anything thrown (see SafeError). */
export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) return { type: typeof error, message: 'non-error value thrown' };
  const safe: SafeError = {
    type: error.constructor?.name ?? error.name,
    message: messageOf(error),
  };
  const code = stringField(error, 'code');
  if (code) safe.code = code;
  for (const field of ['constraint', 'table', 'column'] as const) {
    const value = stringField(error, field);
    if (value) safe[field] = value;
  }
  const stack = framesOf(error.stack);
  if (stack) safe.stack = stack;
  if (error.cause !== undefined && depth < MAX_CAUSES) safe.cause = safeError(error.cause, depth + 1);
  return safe;
}
