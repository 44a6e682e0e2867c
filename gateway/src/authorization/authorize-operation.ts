import { type AccessRules, type AccessSubject, acceptedRoles, satisfies } from '@collexis/platform/graphql';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isCompositeType,
  isObjectType,
  isUnionType,
  Kind,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/** A loaded supergraph's API schema and the access rules its directives declare. */
export interface AccessControl {
  schema: GraphQLSchema;
  rules: AccessRules;
}

/** One step of a denied field's response path: the key in the response and the field's declared type. */
export interface ResponseStep {
  key: string;
  type: GraphQLOutputType;
}

/** A field the caller may not see: never fetched, null in the answer, and an error at its path. */
export interface DeniedField {
  steps: readonly ResponseStep[];
  code: 'UNAUTHENTICATED' | 'FORBIDDEN';
  message: string;
}

export interface AuthorizedOperation {
  /** The operation with every denied field removed (fragments inlined); only that operation remains. */
  document: DocumentNode;
  denied: readonly DeniedField[];
}

/** The response key that stands in for a selection set whose every field was denied; removed from answers. */
export const PLACEHOLDER_KEY = '__collexis_denied';

const placeholder: FieldNode = {
  kind: Kind.FIELD,
  alias: { kind: Kind.NAME, value: PLACEHOLDER_KEY },
  name: { kind: Kind.NAME, value: '__typename' },
};

interface Walk {
  schema: GraphQLSchema;
  rules: AccessRules;
  subject: AccessSubject;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  denied: DeniedField[];
}

function selectOperation(document: DocumentNode, operationName: string | null | undefined) {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  return operationName
    ? operations.find((operation) => operation.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
}

function deniedField(walk: Walk, steps: ResponseStep[], parent: string, field: string, returnType: string) {
  const requirement = walk.rules.requirement(parent, field, returnType);
  if (!requirement || satisfies(walk.subject, requirement)) return null;
  const coordinate = steps.length === 1 ? field : `${parent}.${field}`;
  if (!walk.subject.authenticated) {
    return {
      steps,
      code: 'UNAUTHENTICATED',
      message: `${coordinate} needs a signed-in caller`,
    } as const;
  }
  return {
    steps,
    code: 'FORBIDDEN',
    message: `${coordinate} needs the role ${acceptedRoles(requirement).join(' or ')}`,
  } as const;
}

function filterSelections(
  walk: Walk,
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType,
  path: readonly ResponseStep[],
): SelectionSetNode {
  const kept: SelectionNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name.startsWith('__') || isUnionType(parentType)) {
        kept.push(selection);
        continue;
      }
      const definition = parentType.getFields()[name];
      if (!definition) {
        kept.push(selection);
        continue;
      }
      const steps = [...path, { key: selection.alias?.value ?? name, type: definition.type }];
      const named = getNamedType(definition.type);
      const denial = deniedField(walk, steps, parentType.name, name, named.name);
      if (denial) {
        walk.denied.push(denial);
        continue;
      }
      kept.push(
        selection.selectionSet && isCompositeType(named)
          ? { ...selection, selectionSet: filterSelections(walk, selection.selectionSet, named, steps) }
          : selection,
      );
      continue;
    }
    const fragment =
      selection.kind === Kind.FRAGMENT_SPREAD ? walk.fragments.get(selection.name.value) : undefined;
    const typeCondition =
      selection.kind === Kind.FRAGMENT_SPREAD ? fragment?.typeCondition : selection.typeCondition;
    const innerSet =
      selection.kind === Kind.FRAGMENT_SPREAD ? fragment?.selectionSet : selection.selectionSet;
    if (!innerSet) continue;
    const conditionType = typeCondition ? walk.schema.getType(typeCondition.name.value) : parentType;
    const innerType = conditionType && isCompositeType(conditionType) ? conditionType : parentType;
    kept.push({
      kind: Kind.INLINE_FRAGMENT,
      typeCondition,
      directives: selection.directives,
      selectionSet: filterSelections(walk, innerSet, innerType, path),
    });
  }
  return { ...selectionSet, selections: kept.length > 0 ? kept : [placeholder] };
}

/**
 * Removes from an operation every field the caller may not see, by the supergraph's access rules, so that it
 * is never requested from a subgraph. Returns null when the caller may see everything it asked for (the
 * operation then runs unchanged).
 */
export function authorizeOperation(
  schema: GraphQLSchema,
  rules: AccessRules,
  subject: AccessSubject,
  document: DocumentNode,
  operationName: string | null | undefined,
): AuthorizedOperation | null {
  const operation = selectOperation(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root || !isObjectType(root)) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const walk: Walk = { schema, rules, subject, fragments, denied: [] };
  const selectionSet = filterSelections(walk, operation.selectionSet, root, []);
  if (walk.denied.length === 0) return null;
  return {
    document: { kind: Kind.DOCUMENT, definitions: [{ ...operation, selectionSet }] },
    denied: walk.denied,
  };
}
