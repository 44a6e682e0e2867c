import { ErrorCode } from '@collexis/platform/graphql';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/** Whether the operation, through its fragments, selects `__schema` or `__type` (`__typename` is data, not schema). */
export function selectsIntrospection(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const visited = new Set<string>();
  const selects = (selectionSet: SelectionSetNode | undefined): boolean =>
    (selectionSet?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) {
        return INTROSPECTION_FIELDS.has(selection.name.value) || selects(selection.selectionSet);
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) return selects(selection.selectionSet);
      if (visited.has(selection.name.value)) return false;
      visited.add(selection.name.value);
      return selects(fragments.get(selection.name.value)?.selectionSet);
    });
  return selects(operation.selectionSet);
}

export const introspectionRefused = () =>
  new GraphQLError('Introspection needs a signed-in caller.', {
    extensions: { code: ErrorCode.Forbidden, http: { status: 403 } },
  });

/** graphql-js' suggestions: `Did you mean "name"?`, `Did you mean the enum value "OPEN"?`, ... */
const SUGGESTION = /\s*Did you mean .*\?$/;

/**
 * Removes graphql-js' "Did you mean ...?" from the messages, which would otherwise let a caller read the
 * schema's field, argument and enum names one guess at a time (graphql-armor's block-field-suggestions does
 * the same for every caller; here it depends on the caller).
 */
export function hideSuggestions(errors: readonly GraphQLError[]): void {
  for (const error of errors) error.message = error.message.replace(SUGGESTION, '');
}
