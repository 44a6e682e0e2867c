import { describe, expect, it } from 'vitest';
import { LimitExceededError } from './errors';
import { refuseExcessVariables } from './variables';

const limits = { maxVariableDepth: 4, maxVariableListItems: 3 };

/** `{ a: { a: ... 1 } }` with `levels` objects. */
const nested = (levels: number): unknown => (levels === 0 ? 1 : { a: nested(levels - 1) });

function refusal(variables: Record<string, unknown>): LimitExceededError | undefined {
  try {
    refuseExcessVariables(variables, limits);
    return undefined;
  } catch (error) {
    if (error instanceof LimitExceededError) return error;
    throw error;
  }
}

describe('refuseExcessVariables', () => {
  it('counts the variables object as level 1', () => {
    expect(refusal({ v: nested(3) })).toBeUndefined();
    expect(refusal({ v: nested(4) })?.message).toBe(
      'Variables nesting depth limit of 4 exceeded at $v.a.a.a.',
    );
  });

  it('counts lists as levels too, and names where the limit was met', () => {
    expect(refusal({ v: [[[1]]] })).toBeUndefined();
    expect(refusal({ v: [[[[1]]]] })?.extensions).toMatchObject({ limit: 'variableDepth', max: 4 });
  });

  it('refuses a list longer than the limit, wherever it is', () => {
    expect(refusal({ input: { records: [1, 2, 3] } })).toBeUndefined();
    const error = refusal({ input: { records: [1, 2, 3, 4] } });
    expect(error?.message).toBe('Variable list limit of 3 items exceeded, found 4 at $input.records.');
    expect(error?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'variableListItems', max: 3 });
  });

  it('walks no deeper than the limit, whatever the nesting', () => {
    let deep: unknown = 1;
    for (let level = 0; level < 100_000; level += 1) deep = [deep];
    expect(refusal({ deep })?.extensions?.limit).toBe('variableDepth');
  });
});
