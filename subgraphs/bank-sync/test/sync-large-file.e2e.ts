import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInbox, customerRecord, type Inbox } from './support/exports';
import { adminHeaders, type BankSyncHarness, startBankSync } from './support/harness';
import { RUN_SYNC, type Run } from './support/operations';

const LINES = 50_000;
const MB = 1024 * 1024;

/**
 * A full garbage collection, so that heap samples measure what is still referenced rather than how lazily V8
 * collects; exposing `gc` at run time is the documented V8 flag, set for this worker only.
 */
function collectGarbage(): () => void {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  if (typeof gc !== 'function') throw new Error('V8 did not expose gc');
  return () => gc();
}

/** Writes the export line by line, so the test itself never holds the file in memory either. */
async function writeLargeExport(path: string): Promise<void> {
  const out = createWriteStream(path);
  for (let i = 1; i <= LINES; i += 1) {
    const line = `${JSON.stringify(customerRecord(i, { company_name: `Trading house number ${i}`.padEnd(100, '.') }))}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

describe('a large export', () => {
  let inbox: Inbox;
  let bankSync: BankSyncHarness;
  let fileBytes: number;

  beforeAll(async () => {
    inbox = await createInbox();
    bankSync = await startBankSync({ syncInboxDir: inbox.dir });
    const path = join(inbox.dir, 'T24_customers_large.jsonl');
    await writeLargeExport(path);
    fileBytes = (await stat(path)).size;
  });
  afterAll(async () => {
    await bankSync?.stop();
    await inbox?.remove();
  });

  it('is streamed in batches: every line applied while the live heap grows far less than the file', async () => {
    const gc = collectGarbage();
    gc();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    const sampler = setInterval(() => {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 500);
    const started = performance.now();

    const response = await bankSync.query<{ runSync: { run: Run } }>(
      RUN_SYNC,
      { input: { sourceSystem: 'T24', entityTypes: ['CUSTOMERS'] } },
      adminHeaders,
    );
    clearInterval(sampler);

    const growth = (peak - baseline) / MB;
    console.info(
      `large export: ${LINES} lines, ${(fileBytes / MB).toFixed(1)} MB file, ` +
        `peak live heap growth ${growth.toFixed(1)} MB, ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(response.data?.runSync.run).toMatchObject({
      status: 'SUCCEEDED',
      insertedCount: LINES,
      rejectedCount: 0,
    });
    // Generous on purpose: the point is that the growth does not follow the file (a 1 GB export is read the same way).
    expect(growth).toBeLessThan(fileBytes / MB);
  });
});
