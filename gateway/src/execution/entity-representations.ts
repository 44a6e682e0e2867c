import type { QueryPlanSelectionNode } from '@apollo/query-planner';
import { type GraphQLSchema, isAbstractType, isInterfaceType, isObjectType } from 'graphql';
import { isResultMap, type ResultMap } from '../result-map';
import { deepMerge } from './deep-merge';

/** Whether an entity gathered so far is of `typeCondition` (by its __typename), as the stock executor decides. */
function isObjectOfType(schema: GraphQLSchema, entity: ResultMap, typeCondition: string): boolean {
  const typename = entity.__typename;
  if (typeof typename !== 'string' || typename === '') return false;
  if (typename === typeCondition) return true;
  const type = schema.getType(typename);
  const condition = schema.getType(typeCondition);
  if (!type || !condition || !isAbstractType(condition)) return false;
  return (isObjectType(type) || isInterfaceType(type)) && schema.isSubType(condition, type);
}

/**
 * The representation of one entity for an `_entities` fetch: the fetch's `requires` selection read off the
 * data gathered so far, or null when an input is missing (an earlier fetch failed for it).
 */
export function representationOf(
  supergraphSchema: GraphQLSchema,
  source: unknown,
  selections: readonly QueryPlanSelectionNode[],
): ResultMap | null {
  if (!isResultMap(source)) return null;
  const result: ResultMap = {};
  for (const selection of selections) {
    if (selection.kind === 'Field') {
      const responseName = selection.alias ?? selection.name;
      const value = Object.hasOwn(source, responseName) ? source[responseName] : undefined;
      if (value === undefined) return null;
      const children = selection.selections;
      if (Array.isArray(value)) {
        result[responseName] = children
          ? value.map((element) => representationOf(supergraphSchema, element, children))
          : value;
      } else {
        result[responseName] = children ? representationOf(supergraphSchema, value, children) : value;
      }
    } else if (selection.typeCondition && isObjectOfType(supergraphSchema, source, selection.typeCondition)) {
      deepMerge(result, representationOf(supergraphSchema, source, selection.selections));
    }
  }
  return result;
}
