import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const logger = fileURLToPath(new URL('./logger.ts', import.meta.url));

/** Runs `body` in a process of its own with `createLogger` in scope; resolves with what it wrote to stdout. */
async function stdoutOf(body: string): Promise<string[]> {
  const script = `import { createLogger } from ${JSON.stringify(logger)};\n${body}`;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
  return stdout.split('\n').filter((line) => line !== '');
}

describe('createLogger on standard output', () => {
  it('writes buffered lines when the process exits at once', async () => {
    const lines = await stdoutOf(
      `const log = createLogger({ service: 'exit-test' });
       for (let n = 0; n < 3; n++) log.info({ n }, 'line');
       process.exit(0);`,
    );
    expect(lines.map((line) => JSON.parse(line).n)).toEqual([0, 1, 2]);
  });

  it('writes a line of an idle process within the flush interval, before a kill that skips exit handlers', async () => {
    const lines = await stdoutOf(
      `const log = createLogger({ service: 'idle-test' });
       log.info('alone');
       setTimeout(() => process.kill(process.pid, 'SIGKILL'), 1000);`,
    ).catch((error: { stdout?: string }) => (error.stdout ?? '').split('\n').filter((line) => line !== ''));
    expect(lines.map((line) => JSON.parse(line).msg)).toEqual(['alone']);
  });
});
