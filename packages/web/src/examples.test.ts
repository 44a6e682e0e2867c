import { readdir, readFile } from 'node:fs/promises';
import { Supergraph } from '@apollo/federation-internals';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

const examplesDir = new URL('./browser/ide/examples/', import.meta.url);
const supergraph = new URL('../../../schema/supergraph.graphql', import.meta.url);

describe("the IDE's example operations", async () => {
  const api = Supergraph.build(await readFile(supergraph, 'utf8'), { supportedFeatures: null })
    .apiSchema()
    .toGraphQLJSSchema();
  const files = (await readdir(examplesDir)).filter((file) => file.endsWith('.graphql')).sort();
  const tabs = await readFile(new URL('../examples.ts', examplesDir), 'utf8');

  it('are there', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)('%s is valid against schema/supergraph.graphql and opens as a tab', async (file) => {
    const document = parse(await readFile(new URL(file, examplesDir), 'utf8'));
    expect(validate(api, document).map((error) => error.message)).toEqual([]);
    expect(document.definitions).toHaveLength(1);
    expect(tabs).toContain(`'./examples/${file}'`);
  });
});
