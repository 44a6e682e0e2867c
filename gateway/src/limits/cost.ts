import {
  type DocumentNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  visit,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';

/** Every `first` argument of the supergraph documents its maximum as "... at most 100." */
const DOCUMENTED_MAXIMUM = /at most ([\d,]+)/;

/** The page size assumed for a `first` whose description states no maximum; a test keeps there being none. */
const UNDOCUMENTED_PAGE_SIZE = 100;

/** The largest page a `first` argument accepts, as its description in the SDL states it. */
export function documentedPageMaximum(field: GraphQLField<unknown, unknown>): number | undefined {
  const description = field.args.find((argument) => argument.name === 'first')?.description;
  const maximum = description ? DOCUMENTED_MAXIMUM.exec(description)?.[1] : undefined;
  return maximum === undefined ? undefined : Number(maximum.replaceAll(',', ''));
}

/** A connection type: its `nodes` and `edges` lists are as long as the page its field's `first` asked for. */
function isConnection(type: GraphQLCompositeType): boolean {
  return isObjectType(type) && 'pageInfo' in type.getFields();
}

/**
 * Each field costs 1 plus its children, multiplied by how many times the children are resolved: a paged
 * field by its `first` (the documented maximum when the client gives none), a plain list by `listSize`.
 * Introspection costs 1 whatever it selects: it reads the schema, never a subgraph.
 */
export function pageSizeEstimator(listSize: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (field.name.startsWith('__')) return 1;
    if (field.args.some((argument) => argument.name === 'first')) {
      const first: unknown = args.first;
      const pageSize =
        typeof first === 'number'
          ? Math.max(first, 0)
          : (documentedPageMaximum(field) ?? UNDOCUMENTED_PAGE_SIZE);
      return 1 + pageSize * childComplexity;
    }
    if (isListType(getNullableType(field.type)) && !isConnection(type)) return 1 + listSize * childComplexity;
    return 1 + childComplexity;
  };
}

/**
 * The estimated cost of running `operation` with these (already coerced-valid) variables, computed by
 * graphql-query-complexity with `pageSizeEstimator`; @skip and @include are honoured.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  listSize: number,
): number {
  // The operation alone with the fragments, so that the other operations of the document are not counted.
  const query: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      operation,
      ...document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION),
    ],
  };
  return getComplexity({
    schema,
    query,
    variables,
    estimators: [pageSizeEstimator(listSize)],
    // The selections limit, checked before, already bounds the walk.
    maxQueryNodes: Number.POSITIVE_INFINITY,
  });
}

/** What `operationCost` takes, so that a memo of it can stand in its place. */
export type OperationCost = typeof operationCost;

/**
 * The variables a cost can depend on: those given to a `first` argument (`pageSizeEstimator` reads no other)
 * or to @skip and @include, in the operation and every fragment of its document.
 */
export function costVariables(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const names = new Set<string>();
  const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
  for (const definition of [operation, ...fragments]) {
    visit(definition, {
      Argument(argument, _key, _parent, _path, ancestors) {
        const holder = ancestors[ancestors.length - 1];
        const counted =
          argument.name.value === 'first' ||
          (holder !== undefined &&
            'kind' in holder &&
            holder.kind === Kind.DIRECTIVE &&
            (holder.name.value === 'skip' || holder.name.value === 'include'));
        if (!counted) return;
        visit(argument.value, {
          Variable(variable) {
            names.add(variable.name.value);
          },
        });
      },
    });
  }
  return [...names].sort();
}

/** Costs remembered per operation: one for each combination of the values its cost can depend on. */
const COSTS_PER_OPERATION = 32;

/** A variable the request left out, distinct from any value it could give (a default may apply). */
const ABSENT = { absent: true };

/** What is remembered of one operation node: the schema it was costed on, and its costs by values. */
interface RememberedOperation {
  schema: GraphQLSchema;
  variables: readonly string[];
  costs: Map<string, number>;
}

/**
 * `compute` remembered per operation node and the values of its `costVariables`: Apollo Server keeps one
 * parsed document per query text, so a client's repeated operation is estimated once, where estimating it
 * again walked the whole operation (a quarter of the gateway's allocation per Customer 360 request). A new
 * supergraph starts the node's costs afresh: documented page maximums may have changed.
 */
export function rememberedCosts(compute: OperationCost): OperationCost {
  const byOperation = new WeakMap<OperationDefinitionNode, RememberedOperation>();
  return (schema, document, operation, variables, listSize) => {
    let entry = byOperation.get(operation);
    if (entry?.schema !== schema) {
      entry = { schema, variables: costVariables(document, operation), costs: new Map() };
      byOperation.set(operation, entry);
    }
    const key = JSON.stringify([
      listSize,
      ...entry.variables.map((name) => (Object.hasOwn(variables, name) ? variables[name] : ABSENT)),
    ]);
    const known = entry.costs.get(key);
    if (known !== undefined) return known;
    const cost = compute(schema, document, operation, variables, listSize);
    if (entry.costs.size < COSTS_PER_OPERATION) entry.costs.set(key, cost);
    return cost;
  };
}
