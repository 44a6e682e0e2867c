import { describe, expect, it } from 'vitest';
import { demoAgents } from './agents';
import { demoChunks } from './generate';
import { collect } from './test-support';
import type { DemoChunk } from './types';

const options = { customers: 200, seed: 7 };

/** The data as bytes (timestamps as ISO strings): "same data" means the same fingerprint. */
function fingerprint(chunk: DemoChunk): string {
  return JSON.stringify({ bankSync: chunk.bankSync, payment: chunk.payment, workflow: chunk.workflow });
}

describe('determinism', () => {
  it('gives the same rows for the same options', () => {
    expect(fingerprint(collect(options))).toBe(fingerprint(collect(options)));
    const [first] = demoChunks(options, 20);
    const [again] = demoChunks(options, 20);
    expect(first).toStrictEqual(again);
    expect(demoAgents(options)).toStrictEqual(demoAgents(options));
  });

  it('gives different rows for another seed', () => {
    const other = collect({ ...options, seed: 8 });
    const mine = collect(options);
    expect(other.bankSync.customers.map((row) => row.id)).not.toEqual(
      mine.bankSync.customers.map((row) => row.id),
    );
    expect(other.bankSync.loans.map((row) => row.outstanding)).not.toEqual(
      mine.bankSync.loans.map((row) => row.outstanding),
    );
    expect(demoAgents({ ...options, seed: 8 })).not.toEqual(demoAgents(options));
  });

  it('does not depend on the chunk size', () => {
    const byHundred = fingerprint(collect(options, 100));
    expect(fingerprint(collect(options, 500))).toBe(byHundred);
    expect(fingerprint(collect(options, 7))).toBe(byHundred);
  });

  it('makes each chunk from its customer range alone', () => {
    const chunks = [...demoChunks(options, 100)];
    expect(chunks.map((chunk) => chunk.range)).toEqual([
      { from: 0, to: 100 },
      { from: 100, to: 200 },
    ]);
    // A bigger universe starts with the same customers: nothing depends on the total.
    const [firstOfBigger] = demoChunks({ ...options, customers: 5000 }, 100);
    expect(firstOfBigger && fingerprint(firstOfBigger)).toBe(chunks[0] && fingerprint(chunks[0]));
  });

  it('keeps agents independent of the number of customers', () => {
    expect(demoAgents({ ...options, customers: 10 })).toStrictEqual(demoAgents(options));
  });

  it('rejects options it cannot honour', () => {
    expect(() => [...demoChunks({ agents: 4 })]).toThrow(RangeError);
    expect(() => [...demoChunks({ asOf: '2026-02-30' })]).toThrow(RangeError);
    expect(() => [...demoChunks({ customers: -1 })]).toThrow(RangeError);
    expect(() => [...demoChunks({}, 0)]).toThrow(RangeError);
  });
});
