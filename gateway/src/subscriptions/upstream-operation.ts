import type { FetchNode } from '@apollo/query-planner';
import {
  type DocumentNode,
  type FieldNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  type ValueNode,
  visit,
} from 'graphql';

/** Variable the gateway owns in every upstream subscription, so it can resume after the last event it saw. */
export const RESUME_VARIABLE = 'collexisResumeAfter';
/** Alias under which the upstream event carries its cursor, whether or not the client asked for it. */
export const CURSOR_ALIAS = 'collexisCursor';

export interface UpstreamOperation {
  /** The primary fetch, rewritten to take the resume cursor as a variable and to return the cursor. */
  query: string;
  /** Variables of the primary fetch taken from the client's variables. */
  variables: Record<string, unknown>;
  /** Where the client's stream starts: its own `after`, or null for live events only. */
  initialAfter: string | null;
  /** The client's variable that carried `after`, if any: clients differing only in it can share a stream. */
  afterVariable: string | null;
  /** Response key of the subscription field in the upstream data. */
  rootKey: string;
  /** Name of the subscription field, e.g. `orderEvents`. */
  rootFieldName: string;
}

function usedVariables(node: FieldNode): Set<string> {
  const names = new Set<string>();
  visit(node, {
    Variable: (variable) => {
      names.add(variable.name.value);
    },
  });
  return names;
}

function rootField(operation: OperationDefinitionNode): FieldNode {
  const [field] = operation.selectionSet.selections;
  if (field?.kind !== Kind.FIELD || operation.selectionSet.selections.length !== 1) {
    throw new Error('a subscription selects exactly one root field');
  }
  return field;
}

function cursorArgument(node: ValueNode | undefined, variables: Record<string, unknown>): string | null {
  if (!node || node.kind === Kind.NULL) return null;
  if (node.kind === Kind.STRING) return node.value;
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return typeof value === 'string' ? value : null;
  }
  throw new Error('`after` must be a string cursor');
}

/**
 * Rewrites the planner's primary fetch so the gateway can resume it: `after` becomes the gateway's own
 * variable (a reconnect passes the last cursor delivered), and the cursor is always selected.
 */
export function prepareUpstreamOperation(
  primary: FetchNode,
  clientVariables: Record<string, unknown>,
): UpstreamOperation {
  const document: DocumentNode = parse(primary.operation);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('primary fetch has no operation');
  const field = rootField(operation);
  const afterArgument = field.arguments?.find((arg) => arg.name.value === 'after');
  const initialAfter = cursorArgument(afterArgument?.value, clientVariables);
  const resumeVariable = { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: RESUME_VARIABLE } } as const;
  const rewrittenField: FieldNode = {
    ...field,
    arguments: [
      ...(field.arguments ?? []).filter((arg) => arg.name.value !== 'after'),
      { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'after' }, value: resumeVariable },
    ],
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [
        ...(field.selectionSet?.selections ?? []),
        {
          kind: Kind.FIELD,
          alias: { kind: Kind.NAME, value: CURSOR_ALIAS },
          name: { kind: Kind.NAME, value: 'cursor' },
        },
      ],
    },
  };
  const stillUsed = usedVariables(rewrittenField);
  const rewritten: OperationDefinitionNode = {
    ...operation,
    variableDefinitions: [
      ...(operation.variableDefinitions ?? []).filter(
        (v) => v.variable.name.value !== RESUME_VARIABLE && stillUsed.has(v.variable.name.value),
      ),
      {
        kind: Kind.VARIABLE_DEFINITION,
        variable: resumeVariable,
        type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'String' } },
      },
    ],
    selectionSet: { kind: Kind.SELECTION_SET, selections: [rewrittenField] },
  };
  const variables = Object.fromEntries(
    (primary.variableUsages ?? [])
      .filter((name) => name in clientVariables)
      .map((name) => [name, clientVariables[name]]),
  );
  return {
    query: print({ kind: Kind.DOCUMENT, definitions: [rewritten] }),
    variables,
    initialAfter,
    afterVariable: afterArgument?.value.kind === Kind.VARIABLE ? afterArgument.value.name.value : null,
    rootKey: field.alias?.value ?? field.name.value,
    rootFieldName: field.name.value,
  };
}
