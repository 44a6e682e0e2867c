import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { refuseExcessTokens, shapeLimits } from './document-limits';
import { LimitExceededError } from './errors';
import { defaultRequestLimits } from './options';

function refusal(check: () => void): LimitExceededError | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (error instanceof LimitExceededError) return error;
    throw error;
  }
}

const schema = buildSchema('type Query { node: Node } type Node { id: ID next: Node }');
const refuseShape = shapeLimits({ ...defaultRequestLimits, maxDepth: 3, maxAliases: 1, maxDirectives: 1 });

describe('refuseExcessTokens', () => {
  it('counts tokens up to the limit and refuses the one past it', () => {
    // `{`, `node`, `{`, `id`, `}`, `}`: six tokens; comments are not tokens.
    expect(refusal(() => refuseExcessTokens('{ node { id } } # note', 6))).toBeUndefined();
    expect(refusal(() => refuseExcessTokens('{ node { id } }', 5))?.message).toBe(
      'Query tokens limit of 5 exceeded.',
    );
  });

  it('leaves a syntax error to the parser, which reports where it is', () => {
    expect(refusal(() => refuseExcessTokens('{ "unterminated', 5))).toBeUndefined();
  });
});

describe('shapeLimits', () => {
  it("refuses depth, aliases and directives with graphql-armor's wording", () => {
    expect(refusal(() => refuseShape(schema, parse('{ node { next { next { id } } } }')))?.message).toBe(
      'Query depth limit of 3 exceeded, found 4.',
    );
    expect(
      refusal(() => refuseShape(schema, parse('{ a: node { id } b: node { id } }')))?.extensions,
    ).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: 'aliases',
      max: 1,
    });
    expect(
      refusal(() => refuseShape(schema, parse('{ node @skip(if: false) { id @include(if: true) } }')))
        ?.message,
    ).toBe('Directives limit of 1 exceeded, found 2.');
  });

  it('counts no depth for a fragment spread', () => {
    expect(
      refusal(() => refuseShape(schema, parse('{ node { ...N } } fragment N on Node { next { id } }'))),
    ).toBeUndefined();
  });
});
