import { describe, expect, it } from 'vitest';
import { failedFetchResponse, SubgraphFailureCode } from './failed-fetch';

function answered(query: string, variables?: Record<string, unknown>) {
  const response = failedFetchResponse(
    'reviews',
    JSON.stringify({ query, variables }),
    SubgraphFailureCode.Unavailable,
    1_000,
  );
  expect(response.status).toBe(200);
  return JSON.parse(response.body);
}

const pathsOf = (result: { errors: { path?: unknown }[] }) => result.errors.map((error) => error.path);

describe('the answer for a subgraph that gave none', () => {
  it('puts a coded error at each root field the fetch asked for, by response name, with no data', () => {
    const result = answered('query Q($id: ID!) { top: topProducts { upc } product(id: $id) { upc } }');
    expect(result.data).toBeNull();
    expect(pathsOf(result)).toEqual([['top'], ['product']]);
    expect(result.errors[0]).toEqual({
      message: 'the reviews subgraph is unavailable',
      path: ['top'],
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  });

  it("puts one at each field asked of each entity, by the entity's type, fragments expanded", () => {
    const query = `query($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Product { __typename reviews { body } ...Rated }
        ... on User { reviewCount }
      }
    }
    fragment Rated on Product { stars: rating }`;
    const representations = [
      { __typename: 'Product', upc: '1' },
      { __typename: 'User', id: '7' },
      { __typename: 'Product', upc: '2' },
    ];
    expect(pathsOf(answered(query, { representations }))).toEqual([
      ['_entities', 0, 'reviews'],
      ['_entities', 0, 'stars'],
      ['_entities', 1, 'reviewCount'],
      ['_entities', 2, 'reviews'],
      ['_entities', 2, 'stars'],
    ]);
  });

  it('puts the error at the entity itself when nothing is asked of its type', () => {
    const query = '{ _entities(representations: $r) { ... on Product { __typename } } }';
    expect(pathsOf(answered(query, { representations: [{ __typename: 'Product' }] }))).toEqual([
      ['_entities', 0],
    ]);
  });

  it('says how long it waited when the subgraph timed out', () => {
    const response = failedFetchResponse('reviews', '{}', SubgraphFailureCode.Timeout, 250);
    expect(JSON.parse(response.body).errors).toEqual([
      {
        message:
          'the reviews subgraph did not answer within 250 ms; a write it was sent may or may not have been applied',
        extensions: { code: 'SUBGRAPH_TIMEOUT' },
      },
    ]);
  });
});
