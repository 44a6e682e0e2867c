import {
  type CompositeType,
  ERRORS,
  type FieldSelection,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  isSubtype,
  isValidLeafValue,
  type OutputType,
  type Schema,
  typenameFieldName,
} from '@apollo/federation-internals';
import type { ResponsePath } from '@apollo/query-planner';
import type { GraphQLError } from 'graphql';
import { isResultMap, type ResultMap } from '../result-map';
import type { ResponseShape, ShapeFragment, ShapeSelection, Variables } from './response-shape';

interface Shaping {
  schema: Schema;
  variables: Variables;
  errors: GraphQLError[];
  introspect: (selection: FieldSelection) => unknown;
}

const BUBBLE_UP = true;

function fragmentApplies(
  schema: Schema,
  fragment: ShapeFragment,
  typename: string | undefined,
  parentType: CompositeType,
): boolean {
  const condition = fragment.typeCondition;
  if (!condition) return true;
  const key = `${typename ?? ''}|${parentType.name}`;
  let applies = fragment.applies.get(key);
  if (applies === undefined) {
    if (typename) {
      const type = schema.type(typename);
      applies = !!type && isSubtype(condition, type);
    } else {
      applies = isSubtype(condition, parentType);
    }
    fragment.applies.set(key, applies);
  }
  return applies;
}

function describeLast(path: ResponsePath, currentType: OutputType, parentType: CompositeType): string {
  const element = path[path.length - 1];
  return typeof element === 'string'
    ? `field ${parentType}.${element}`
    : `array element of type ${currentType} at index ${element}`;
}

/** Returns BUBBLE_UP when a non-null field came out null, so the object holding it must be null too. */
function applySelections(
  shaping: Shaping,
  selections: readonly ShapeSelection[],
  input: ResultMap,
  output: ResultMap,
  path: ResponsePath,
  parentType: CompositeType,
): boolean {
  for (const selection of selections) {
    if (selection.skip?.(shaping.variables)) continue;
    if (selection.kind === 'fragment') {
      const typename = input[typenameFieldName];
      if (typename !== undefined && typename !== null && typename !== '' && typeof typename !== 'string') {
        throw new Error(`Got unexpected value for __typename: ${String(typename)}`);
      }
      const runtimeTypename = typeof typename === 'string' && typename !== '' ? typename : undefined;
      if (!fragmentApplies(shaping.schema, selection, runtimeTypename, parentType)) continue;
      const fragmentType = selection.typeCondition ?? parentType;
      if (applySelections(shaping, selection.selections, input, output, path, fragmentType)) return BUBBLE_UP;
      continue;
    }
    const { responseName } = selection;
    const outputValue = output[responseName];
    if (selection.role === 'introspection') {
      if (outputValue === undefined) output[responseName] = shaping.introspect(selection.introspection);
      continue;
    }
    let inputValue = (Object.hasOwn(input, responseName) ? input[responseName] : undefined) ?? null;
    if (selection.role === 'typename') {
      if (outputValue !== undefined) continue;
      if (inputValue === null && responseName !== typenameFieldName)
        inputValue = input[typenameFieldName] ?? null;
      const type =
        typeof inputValue === 'string' ? (shaping.schema.type(inputValue) ?? parentType) : parentType;
      if (!isObjectType(type)) return BUBBLE_UP;
      output[responseName] = type.name;
      continue;
    }
    path.push(responseName);
    const outcome = updateOutputValue(
      shaping,
      outputValue,
      selection.type,
      inputValue,
      selection.selections,
      path,
      parentType,
    );
    output[responseName] = outcome.updated;
    path.pop();
    if (outcome.isInvalid) return BUBBLE_UP;
  }
  return false;
}

interface Outcome {
  updated: unknown;
  /** The value is null where the type forbids it: the parent must become null. */
  isInvalid?: boolean;
  /** An error was already recorded for this value, so bubbling adds none. */
  hasErrors?: boolean;
}

function updateOutputValue(
  shaping: Shaping,
  outputValue: unknown,
  type: OutputType,
  inputValue: unknown,
  selections: readonly ShapeSelection[] | undefined,
  path: ResponsePath,
  parentType: CompositeType,
): Outcome {
  if (outputValue === null || (outputValue !== undefined && !selections)) return { updated: outputValue };

  if (isNonNullType(type)) {
    const inner = updateOutputValue(
      shaping,
      outputValue,
      type.ofType,
      inputValue,
      selections,
      path,
      parentType,
    );
    if (inner.updated === null) {
      if (!inner.hasErrors) {
        shaping.errors.push(
          ERRORS.INVALID_GRAPHQL.err(
            `Cannot return null for non-nullable ${describeLast(path, type.ofType, parentType)}.`,
            { path: [...path] },
          ),
        );
      }
      return { updated: null, isInvalid: true, hasErrors: true };
    }
    return { updated: inner.updated };
  }

  if (inputValue === null) return { updated: null };

  if (isListType(type)) {
    if (!Array.isArray(inputValue)) {
      throw new Error(
        `Invalid non-list value ${String(inputValue)} returned by subgraph for list type ${type}`,
      );
    }
    if (outputValue !== undefined && !Array.isArray(outputValue)) {
      throw new Error(
        `Invalid non-list value ${String(outputValue)} returned by subgraph for list type ${type}`,
      );
    }
    const previous: unknown[] = outputValue ?? new Array(inputValue.length).fill(undefined);
    if (previous.length !== inputValue.length) {
      throw new Error(`list lengths differ: ${inputValue.length} !== ${previous.length}`);
    }
    let shouldNullify = false;
    let hasErrors = false;
    const updated = previous.map((element, index) => {
      path.push(index);
      const outcome = updateOutputValue(
        shaping,
        element,
        type.ofType,
        inputValue[index],
        selections,
        path,
        parentType,
      );
      path.pop();
      shouldNullify ||= !!outcome.isInvalid;
      hasErrors ||= !!outcome.hasErrors;
      return outcome.updated;
    });
    return { updated: shouldNullify ? null : updated, hasErrors };
  }

  if (isCompositeType(type)) {
    if (!selections) throw new Error(`Invalid empty selection set for composite type ${type}`);
    if (!isResultMap(inputValue)) {
      throw new Error(
        `Invalid non-object value ${String(inputValue)} returned by subgraph for composite type ${type}`,
      );
    }
    if (outputValue !== undefined && !isResultMap(outputValue)) {
      throw new Error(
        `Invalid non-object value ${String(inputValue)} returned by subgraph for composite type ${type}`,
      );
    }
    const inputTypename = inputValue[typenameFieldName];
    if (inputTypename !== undefined && typeof inputTypename !== 'string') {
      throw new Error(`Invalid non-string value ${String(inputTypename)} for __typename at ${path}`);
    }
    let objectType: CompositeType = type;
    if (inputTypename) {
      const typenameType = shaping.schema.type(inputTypename);
      if (!typenameType || !isCompositeType(typenameType)) {
        shaping.errors.push(
          ERRORS.INVALID_GRAPHQL.err(
            `Invalid __typename found for object at ${describeLast(path, type, parentType)}.`,
            { path: [...path] },
          ),
        );
        return { updated: null, hasErrors: true };
      }
      objectType = typenameType;
    }
    const object: ResultMap = outputValue ?? {};
    const bubbled = applySelections(shaping, selections, inputValue, object, path, objectType);
    return { updated: bubbled ? null : object, hasErrors: bubbled };
  }

  if (outputValue !== undefined) throw new Error(`Expected output to be undefined for type ${type}`);
  const valid = isValidLeafValue(shaping.schema, inputValue, type);
  if (!valid) {
    shaping.errors.push(
      ERRORS.INVALID_GRAPHQL.err(`Invalid value found for ${describeLast(path, type, parentType)}.`, {
        path: [...path],
      }),
    );
  }
  return { updated: valid ? inputValue : null, hasErrors: !valid };
}

/**
 * Shapes the merged subgraph data into the client's response, with @apollo/gateway's semantics: only the
 * selected fields, in the operation's order, aliases applied, leaf values checked, __typename filled in,
 * and a null in a non-null position nulling its parent with an error.
 */
export function shapeResponse(
  shape: ResponseShape,
  input: ResultMap,
  variables: Variables | undefined,
  introspect: (selection: FieldSelection) => unknown,
): { data: ResultMap | null; errors: GraphQLError[] } {
  const shaping: Shaping = {
    schema: shape.schema,
    variables: { ...shape.defaultedVariables, ...variables },
    errors: [],
    introspect,
  };
  const data: ResultMap = {};
  const bubbled = applySelections(shaping, shape.selections, input, data, [], shape.rootType);
  return { data: bubbled ? null : data, errors: shaping.errors };
}
