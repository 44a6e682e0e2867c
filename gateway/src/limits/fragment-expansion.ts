import { type DocumentNode, type FragmentDefinitionNode, Kind, type SelectionSetNode, visit } from 'graphql';

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/**
 * A value per fragment, computed once however often the fragment is spread, so that a fragment bomb (each
 * fragment spreading the previous one twice) is counted rather than expanded. A spread that closes a cycle
 * gets `empty`: validation refuses the cycle once the limits have passed the document.
 */
function perFragment<T>(document: DocumentNode, empty: T, compute: (fragment: FragmentDefinitionNode) => T) {
  const fragments = fragmentsOf(document);
  const computed = new Map<string, T>();
  const inProgress = new Set<string>();
  return (name: string): T => {
    const known = computed.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment || inProgress.has(name)) return empty;
    inProgress.add(name);
    const value = compute(fragment);
    inProgress.delete(name);
    computed.set(name, value);
    return value;
  };
}

/**
 * The most field selections any operation of the document has once every fragment spread is replaced by its
 * fragment: the size of what the query planner and the executors would work through.
 */
export function expandedSelections(document: DocumentNode): number {
  const sizeOf = (selectionSet: SelectionSetNode | undefined): number => {
    let size = 0;
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) size += 1 + sizeOf(selection.selectionSet);
      else if (selection.kind === Kind.INLINE_FRAGMENT) size += sizeOf(selection.selectionSet);
      else size += fragmentSize(selection.name.value);
    }
    return size;
  };
  const fragmentSize = perFragment(document, 0, (fragment) => sizeOf(fragment.selectionSet));
  let largest = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION)
      largest = Math.max(largest, sizeOf(definition.selectionSet));
  }
  return largest;
}

/** A response name and how many times one selection set selects it. */
export interface RepeatedField {
  responseName: string;
  count: number;
}

type NameCounts = ReadonlyMap<string, number>;

function addCounts(into: Map<string, number>, counts: NameCounts): void {
  for (const [name, count] of counts) into.set(name, (into.get(name) ?? 0) + count);
}

/**
 * The response name selected most often within one selection set of the document (operations and fragment
 * definitions alike, at any depth), counting the fields that fragment spreads and inline fragments bring to
 * that same level. graphql-js' OverlappingFieldsCanBeMerged compares every pair of such fields.
 */
export function mostRepeatedField(document: DocumentNode): RepeatedField | undefined {
  const levelCounts = (selectionSet: SelectionSetNode): NameCounts => {
    const counts = new Map<string, number>();
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.alias?.value ?? selection.name.value;
        counts.set(name, (counts.get(name) ?? 0) + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        addCounts(counts, levelCounts(selection.selectionSet));
      } else {
        addCounts(counts, fragmentCounts(selection.name.value));
      }
    }
    return counts;
  };
  const fragmentCounts = perFragment<NameCounts>(document, new Map(), (fragment) =>
    levelCounts(fragment.selectionSet),
  );
  let most: RepeatedField | undefined;
  visit(document, {
    SelectionSet(selectionSet) {
      for (const [responseName, count] of levelCounts(selectionSet)) {
        if (count > (most?.count ?? 1)) most = { responseName, count };
      }
    },
  });
  return most;
}
