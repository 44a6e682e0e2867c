import { readFileSync } from 'node:fs';
import { type GraphQLField, isObjectType, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AGENT_WORKLIST, CUSTOMER_360, DELINQUENT_LOANS } from '../../../bench/scenarios';
import { SupergraphPlanning } from '../supergraph-planning';
import { documentedPageMaximum, operationCost } from './cost';
import { defaultRequestLimits } from './options';

const schema = new SupergraphPlanning(
  readFileSync(new URL('../../../schema/supergraph.graphql', import.meta.url), 'utf8'),
).apiGraphQLSchema;

function cost(query: string, variables: Record<string, unknown> = {}, listSize = 10): number {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('no operation');
  return operationCost(schema, document, operation, variables, listSize);
}

describe('the cost estimate', () => {
  it('finds the maximum documented on every `first` argument of the supergraph', () => {
    const paged: GraphQLField<unknown, unknown>[] = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) => Object.values(type.getFields()))
      .filter((field) => field.args.some((argument) => argument.name === 'first'));
    expect(paged.length).toBeGreaterThan(10);
    for (const field of paged) expect(documentedPageMaximum(field), field.name).toBeGreaterThan(0);
  });

  it('multiplies the children of a connection by `first`, of a plain list by the list size', () => {
    // customers: 1 + 7 × nodes (1 + cif 1 + loans (1 + 10 × accountNumber 1))
    expect(cost('{ customers(first: 7) { nodes { cif loans { accountNumber } } } }')).toBe(
      1 + 7 * (1 + 1 + 11),
    );
    expect(cost('{ customers(first: 7) { nodes { cif loans { accountNumber } } } }', {}, 3)).toBe(
      1 + 7 * (1 + 1 + 4),
    );
  });

  it('takes the documented maximum when `first` is omitted, and a variable `first` when given', () => {
    expect(cost('{ customers { nodes { cif } } }')).toBe(1 + 100 * 2);
    expect(cost('{ paymentEvents { nodes { sequence } } }')).toBe(1 + 500 * 2);
    expect(cost('query Page($n: Int) { customers(first: $n) { nodes { cif } } }', { n: 3 })).toBe(1 + 3 * 2);
  });

  it('leaves out what @skip and @include leave out, and counts introspection as 1', () => {
    expect(
      cost(
        'query Q($no: Boolean!) { customers(first: 2) { nodes { cif loans @include(if: $no) { dpd } } } }',
        { no: false },
      ),
    ).toBe(1 + 2 * 2);
    expect(cost('{ __schema { types { fields { name args { name } } } } }')).toBe(1);
  });

  it("puts the bench's screens well within an agent's limit", () => {
    for (const screen of [CUSTOMER_360, AGENT_WORKLIST, DELINQUENT_LOANS]) {
      expect(cost(screen, { cif: 'C1', id: 'A1' })).toBeLessThan(defaultRequestLimits.maxCost / 3);
    }
  });
});
