import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from './codegen';

describe('generated resolver types', () => {
  it('match a fresh codegen run of every subgraph schema (run `pnpm codegen`)', async () => {
    const outputs = await generate(config, false);
    expect(outputs.length).toBe(3);
    for (const output of outputs) {
      expect(readFileSync(output.filename, 'utf8'), output.filename).toBe(output.content);
    }
  });
});
