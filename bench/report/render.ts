/**
 * Renders the Markdown report and charts again from a raw results file, without running anything:
 * `pnpm tsx bench/report/render.ts bench/results/<date>.json`.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { BenchResults } from './types';
import { writeReport } from './write';

const path = process.argv[2];
if (!path) {
  console.error('usage: tsx bench/report/render.ts bench/results/<date>.json');
  process.exit(1);
}
// The file is the bench's own output (report/write.ts), so it has the BenchResults shape.
const results = JSON.parse(await readFile(path, 'utf8')) as BenchResults;
const written = await writeReport(results, dirname(resolve(path)));
console.log(`rendered ${written.markdown}`);
