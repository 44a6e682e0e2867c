/**
 * Renders the Markdown report and charts again from a raw results file, without running anything, under the
 * file's own name: `pnpm tsx bench/report/render.ts bench/results/<name>.json`.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { BenchResults } from './types';
import { writeReport } from './write';

const path = process.argv[2];
if (!path) {
  console.error('usage: tsx bench/report/render.ts bench/results/<name>.json');
  process.exit(1);
}
// The file is the bench's own output (report/write.ts), so it has the BenchResults shape.
const results = JSON.parse(await readFile(path, 'utf8')) as BenchResults;
const written = await writeReport(results, dirname(resolve(path)), basename(path, '.json'));
console.log(`rendered ${written.markdown}`);
