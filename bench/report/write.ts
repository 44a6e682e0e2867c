/** Writes one run's report, raw JSON and charts into bench/results, named as main.ts's `reportName` says. */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { renderMarkdown } from './markdown';
import { findRun } from './runs';
import { lineChartSvg } from './svg';
import type { BenchResults } from './types';

export interface WrittenReport {
  markdown: string;
  json: string;
  charts: string[];
}

/**
 * `pnpm lint` checks the committed results too, and Biome lays out JSON its own way (short arrays on one line);
 * the workspace's Biome formats the files so they are commit-ready as written.
 */
async function formatWithBiome(files: string[]): Promise<void> {
  try {
    await promisify(execFile)('node_modules/.bin/biome', ['format', '--write', ...files]);
  } catch (error) {
    console.warn(
      `could not format ${files.join(', ')} with Biome: ${error instanceof Error ? error.message : error}`,
    );
  }
}

export async function writeReport(
  results: BenchResults,
  directory: string,
  name: string,
): Promise<WrittenReport> {
  await mkdir(directory, { recursive: true });
  const targets = results.targets.filter((target) => target.skipped === null).map((target) => target.name);
  const charts: Record<string, string> = {};
  for (const scenario of results.scenarios) {
    if (!results.runs.some((run) => run.scenario === scenario.name)) continue;
    const file = `${name}-${scenario.name}-p99.svg`;
    const svg = lineChartSvg({
      title: `${scenario.name}: p99 latency by connections`,
      xLabel: 'concurrent connections',
      yLabel: 'p99 latency (ms)',
      xValues: results.connections.map(String),
      series: targets.map((target) => ({
        name: target,
        values: results.connections.map((connections) => {
          const p99 = findRun(results, scenario.name, target, connections)?.latencyMs.p99;
          return typeof p99 === 'number' && Number.isFinite(p99) ? p99 : null;
        }),
      })),
    });
    await writeFile(join(directory, file), svg);
    charts[scenario.name] = file;
  }
  const json = `${name}.json`;
  await writeFile(join(directory, json), `${JSON.stringify(results, null, 2)}\n`);
  await formatWithBiome([join(directory, json)]);
  const markdown = `${name}.md`;
  await writeFile(join(directory, markdown), renderMarkdown(results, { json, charts }));
  return {
    markdown: join(directory, markdown),
    json: join(directory, json),
    charts: Object.values(charts).map((file) => join(directory, file)),
  };
}
