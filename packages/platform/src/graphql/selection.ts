import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

type Selected = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

function collectFields(
  selectionSet: SelectionSetNode,
  info: Selected,
  typename: string,
  visit: (field: FieldNode) => void,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      visit(selection);
      continue;
    }
    const fragment =
      selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
    const condition = fragment?.typeCondition?.name.value;
    if (fragment && (condition === undefined || condition === typename)) {
      collectFields(fragment.selectionSet, info, typename, visit);
    }
  }
}

/**
 * What each field node of an operation selects, per type: a parsed operation is cached and reused by the
 * server, and an `_entities` field asks this once per entity.
 */
const namesByField = new WeakMap<FieldNode, Map<string, ReadonlySet<string>>>();

/**
 * The names of the fields the operation asks of an object of type `typename` that the current field returns
 * (an entity of `_entities`, say): fragments on that type or on none expanded, `@skip`/`@include` not
 * evaluated. Enough to start a lookup early, never to decide what is answered.
 */
export function selectedFieldNames(info: Selected, typename: string): ReadonlySet<string> {
  const [first] = info.fieldNodes;
  if (!first) return new Set();
  let byType = namesByField.get(first);
  if (!byType) {
    byType = new Map();
    namesByField.set(first, byType);
  }
  let names = byType.get(typename);
  if (!names) {
    const collected = new Set<string>();
    for (const node of info.fieldNodes) {
      if (node.selectionSet) {
        collectFields(node.selectionSet, info, typename, (field) => collected.add(field.name.value));
      }
    }
    names = collected;
    byType.set(typename, names);
  }
  return names;
}

/**
 * The selection of the field `fieldName` the operation asks of an object of type `typename` that the current
 * field returns, for `selectedFieldNames` one level down: what a customer's `loans` ask of each loan, say.
 */
export function selectionOf(info: Selected, typename: string, fieldName: string): Selected {
  const fieldNodes: FieldNode[] = [];
  for (const node of info.fieldNodes) {
    if (!node.selectionSet) continue;
    collectFields(node.selectionSet, info, typename, (field) => {
      if (field.name.value === fieldName) fieldNodes.push(field);
    });
  }
  return { fieldNodes, fragments: info.fragments };
}
