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
