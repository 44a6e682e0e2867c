import { GraphQLError, type GraphQLOutputType, isListType, isNonNullType } from 'graphql';
import { type DeniedField, PLACEHOLDER_KEY, type ResponseStep } from './authorize-operation';

type ResponseObject = Record<string, unknown>;

const isResponseObject = (value: unknown): value is ResponseObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when the value of a field of this type must itself become null (a non-null child was denied). */
function nullInValue(value: unknown, type: GraphQLOutputType, steps: readonly ResponseStep[], next: number) {
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return false;
    for (let index = 0; index < value.length; index += 1) {
      if (value[index] == null || !nullInValue(value[index], nullable.ofType, steps, next)) continue;
      if (isNonNullType(nullable.ofType)) return true;
      value[index] = null;
    }
    return false;
  }
  return isResponseObject(value) && !nullAt(value, steps, next);
}

/**
 * Sets the denied field to null under `container`, propagating the null to the nearest nullable parent as
 * GraphQL's null bubbling does. False when `container` itself must become null.
 */
function nullAt(container: ResponseObject, steps: readonly ResponseStep[], index: number): boolean {
  const step = steps[index];
  if (!step) return true;
  const last = index === steps.length - 1;
  if (!last) {
    const value = container[step.key];
    if (value == null || !nullInValue(value, step.type, steps, index + 1)) return true;
  }
  if (isNonNullType(step.type)) return false;
  container[step.key] = null;
  return true;
}

function withoutPlaceholders(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) withoutPlaceholders(item);
    return;
  }
  if (!isResponseObject(value)) return;
  delete value[PLACEHOLDER_KEY];
  for (const child of Object.values(value)) withoutPlaceholders(child);
}

export interface AnswerWithDenials {
  data?: ResponseObject | null;
  errors?: readonly GraphQLError[];
}

/**
 * Completes an answer to an operation that had fields removed: each denied field is null (bubbling like any
 * null of a non-null field), with an error at its path that says what it needs.
 */
export function answerWithDenials<T extends AnswerWithDenials>(
  answer: T,
  denied: readonly DeniedField[],
): T & { errors: readonly GraphQLError[] } {
  let data = answer.data;
  if (data) {
    withoutPlaceholders(data);
    for (const field of denied) {
      if (data && !nullAt(data, field.steps, 0)) data = null;
    }
  }
  const errors = denied.map(
    (field) =>
      new GraphQLError(field.message, {
        path: field.steps.map((step) => step.key),
        extensions: { code: field.code },
      }),
  );
  return { ...answer, data, errors: [...errors, ...(answer.errors ?? [])] };
}
