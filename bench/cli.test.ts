import { describe, expect, it } from 'vitest';
import { parseArgs, reportName } from './cli';

const day = new Date('2026-12-07T00:05:22Z');

describe('--repeat', () => {
  it('is 3 unless told, and a positive whole number', () => {
    expect(parseArgs([]).repeat).toBe(3);
    expect(parseArgs(['--repeat', '1']).repeat).toBe(1);
    expect(() => parseArgs(['--repeat', '0'])).toThrow(/--repeat needs a positive whole number/);
  });
});

describe('--write-path-rate', () => {
  it("is the issue's 500/s and 50/s unless told, each rate a positive whole number", () => {
    expect(parseArgs([]).writePath.rates).toEqual([500, 50]);
    expect(parseArgs(['--write-path-rate', '500,150']).writePath.rates).toEqual([500, 150]);
    expect(parseArgs(['--write-path-rate', '500']).writePath.rates).toEqual([500]);
    expect(() => parseArgs(['--write-path-rate', '500,0'])).toThrow(
      /--write-path-rate needs a positive whole number/,
    );
  });
});

describe('reportName', () => {
  it('is the date for a full run', () => {
    expect(reportName(parseArgs([]), day)).toBe('2026-12-07');
  });

  it('says what a partial or quick run ran, so it does not replace the full report', () => {
    expect(reportName(parseArgs(['--targets', 'sync-ingest']), day)).toBe('2026-12-07-sync-ingest');
    expect(reportName(parseArgs(['--quick', '--targets', 'ours,floor']), day)).toBe(
      '2026-12-07-quick-ours-floor',
    );
  });

  it('is what --out says', () => {
    expect(reportName(parseArgs(['--out', '2026-12-07-soak']), day)).toBe('2026-12-07-soak');
    expect(() => parseArgs(['--out', '../x'])).toThrow(/--out needs a file name/);
  });
});
