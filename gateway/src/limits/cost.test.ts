import { readFileSync } from 'node:fs';
import { type GraphQLField, isObjectType, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AGENT_WORKLIST, CUSTOMER_360, DELINQUENT_LOANS } from '../../../bench/scenarios';
import { SupergraphPlanning } from '../supergraph-planning';
import { costVariables, documentedPageMaximum, operationCost, rememberedCosts } from './cost';
import { defaultRequestLimits } from './options';

const schema = new SupergraphPlanning(
  readFileSync(new URL('../../../schema/supergraph.graphql', import.meta.url), 'utf8'),
).apiGraphQLSchema;

function parsed(query: string) {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('no operation');
  return { document, operation };
}

function cost(query: string, variables: Record<string, unknown> = {}, listSize = 10): number {
  const { document, operation } = parsed(query);
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

const PAGE = `
  query Page($cif: String!, $n: Int = 4, $loans: Boolean!, $size: Int) {
    customer(cif: $cif) { cif ...Loans actions(first: $size) { nodes { type } } }
  }
  fragment Loans on Customer { loans @include(if: $loans) { accountNumber } }
`;

/** A remembered cost over the real estimate, with the variables of each estimate it made. */
function countedCosts() {
  const computed: Record<string, unknown>[] = [];
  const costOf = rememberedCosts((...args) => {
    computed.push(args[3]);
    return operationCost(...args);
  });
  return { costOf, computed };
}

describe('the remembered cost', () => {
  it('depends only on the variables given to `first`, @skip and @include, fragments included', () => {
    const { document, operation } = parsed(PAGE);
    expect(costVariables(document, operation)).toEqual(['loans', 'size']);
  });

  it('estimates an operation again only when a value its cost depends on changes', () => {
    const { costOf, computed } = countedCosts();
    const { document, operation } = parsed(PAGE);
    const ask = (variables: Record<string, unknown>) => costOf(schema, document, operation, variables, 10);
    const many = { cif: 'C1', loans: true, size: 50 };
    expect(ask(many)).toBe(cost(PAGE, many));
    expect(ask({ ...many, cif: 'C2' })).toBe(cost(PAGE, many));
    expect(computed).toHaveLength(1);
    for (const variables of [
      { ...many, size: 5 },
      { ...many, loans: false },
      { cif: 'C1', loans: true },
      { cif: 'C1', loans: true, size: null },
    ]) {
      expect(ask(variables), JSON.stringify(variables)).toBe(cost(PAGE, variables));
    }
    expect(computed).toHaveLength(5);
    expect(ask({ ...many, cif: 'C3', size: 5 })).toBe(cost(PAGE, { ...many, size: 5 }));
    expect(computed).toHaveLength(5);
  });

  it('estimates again for another list size, another schema and another operation node', () => {
    const { costOf, computed } = countedCosts();
    const { document, operation } = parsed(PAGE);
    const variables = { cif: 'C1', loans: true };
    costOf(schema, document, operation, variables, 10);
    costOf(schema, document, operation, variables, 3);
    const reloaded = new SupergraphPlanning(
      readFileSync(new URL('../../../schema/supergraph.graphql', import.meta.url), 'utf8'),
    ).apiGraphQLSchema;
    costOf(reloaded, document, operation, variables, 10);
    const again = parsed(PAGE);
    costOf(schema, again.document, again.operation, variables, 10);
    expect(computed).toHaveLength(4);
  });

  it('keeps at most 32 costs per operation and still answers beyond them', () => {
    const { costOf, computed } = countedCosts();
    const { document, operation } = parsed(PAGE);
    for (let size = 1; size <= 40; size += 1) {
      const variables = { cif: 'C1', loans: false, size };
      expect(costOf(schema, document, operation, variables, 10)).toBe(cost(PAGE, variables));
    }
    costOf(schema, document, operation, { cif: 'C1', loans: false, size: 1 }, 10);
    costOf(schema, document, operation, { cif: 'C1', loans: false, size: 40 }, 10);
    expect(computed).toHaveLength(41);
  });
});
