import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, supergraphPath } from './compose';

describe('supergraph', () => {
  it('composes without errors and matches the checked-in schema/supergraph.graphql (run `pnpm compose`)', () => {
    const fresh = composeSupergraph();
    expect(readFileSync(supergraphPath, 'utf8')).toBe(fresh);
  });
});
