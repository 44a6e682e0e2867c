import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { matchingQueryText } from './matching-query-text';

const LIVE = 'subscription LivePayments($after: String) { paymentEvents(after: $after) { cursor } }';
const CUSTOMER = 'query Customer360 { customers { totalCount } }';
const TWO = 'query A { customers { totalCount } } query B { agents { id } }';

const operationOf = (options: { documentAST?: ReturnType<typeof parse> } | undefined) =>
  options?.documentAST?.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION ? [definition.operation] : [],
  );

describe('matchingQueryText', () => {
  it("replaces the previous tab's operation name and parsed document by the query text's", () => {
    const [params, options] = matchingQueryText(
      { query: LIVE, operationName: 'Customer360' },
      { documentAST: parse(CUSTOMER) },
    );
    expect(params).toEqual({ query: LIVE, operationName: 'LivePayments' });
    expect(operationOf(options)).toEqual(['subscription']);
  });

  it('clears the name when the only operation is anonymous', () => {
    const [params] = matchingQueryText({ query: '{ agents { id } }', operationName: 'Stale' }, undefined);
    expect(params.operationName).toBeNull();
  });

  it('keeps a name the query has, no name, and a choice among several operations', () => {
    for (const request of [
      { query: TWO, operationName: 'B' },
      { query: LIVE },
      { query: TWO, operationName: 'Stale' },
    ]) {
      expect(matchingQueryText(request, undefined)[0]).toBe(request);
    }
  });

  it('leaves a query that does not parse to the gateway, with what GraphiQL sent', () => {
    const request = { query: 'query {', operationName: 'Stale' };
    const options = { documentAST: parse(CUSTOMER) };
    expect(matchingQueryText(request, options)).toEqual([request, options]);
  });
});
