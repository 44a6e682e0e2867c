import { LimitExceededError } from './errors';

export interface VariableLimits {
  maxVariableDepth: number;
  maxVariableListItems: number;
}

/**
 * Refuses variables nested deeper than `maxVariableDepth` (the variables object is level 1) or holding a list
 * longer than `maxVariableListItems`, before anything walks them recursively (coercion, JSON.stringify to a
 * subgraph, which overflows the stack at a few thousand levels). The walk itself stops at the depth limit.
 */
export function refuseExcessVariables(variables: Record<string, unknown>, limits: VariableLimits): void {
  const walk = (value: unknown, path: string, depth: number): void => {
    if (typeof value !== 'object' || value === null) return;
    if (depth > limits.maxVariableDepth) {
      throw new LimitExceededError(
        'variableDepth',
        limits.maxVariableDepth,
        `Variables nesting depth limit of ${limits.maxVariableDepth} exceeded at ${path}.`,
      );
    }
    if (Array.isArray(value)) {
      if (value.length > limits.maxVariableListItems) {
        throw new LimitExceededError(
          'variableListItems',
          limits.maxVariableListItems,
          `Variable list limit of ${limits.maxVariableListItems} items exceeded, found ${value.length} at ${path}.`,
        );
      }
      for (const [index, item] of value.entries()) walk(item, `${path}[${index}]`, depth + 1);
      return;
    }
    for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`, depth + 1);
  };
  for (const [name, value] of Object.entries(variables)) walk(value, `$${name}`, 2);
}
