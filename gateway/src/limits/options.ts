/**
 * What one HTTP request to the gateway may ask (decision 0020). Every limit is a positive integer: none can
 * be switched off, so no request is unbounded. The defaults fit every screen and test of this repository with
 * room to spare; `GATEWAY_MAX_*` variables (src/env.ts) override them.
 */
export interface RequestLimits {
  /**
   * Largest request body; a larger one is refused with HTTP 413 before it is parsed. Also the largest graphql-ws
   * message, past which the socket is closed with 1009. @default 1048576
   */
  maxBodyBytes: number;
  /** Lexical tokens in the query document, counted before it is parsed. @default 2000 */
  maxTokens: number;
  /**
   * Field selections of an operation once every fragment spread is replaced by its fragment: what a fragment
   * bomb multiplies, and what the query planner's time grows with (about 1 ms a selection across subgraphs).
   * @default 1000
   */
  maxSelections: number;
  /** Nesting of fields in an operation (fragments add no level; introspection's `__schema` is not counted). @default 12 */
  maxDepth: number;
  /** Aliased fields in an operation, fragments included (`__typename` aliases are free). @default 15 */
  maxAliases: number;
  /** Directives in an operation, fragments included. @default 50 */
  maxDirectives: number;
  /**
   * Times one response name may be selected in one selection set, through fragments included: graphql-js
   * compares every pair of them, so a thousand copies cost a second of validation. @default 20
   */
  maxRepeatedFields: number;
  /**
   * Estimated cost of one operation for callers with no role named in `maxCostByRole`: each field costs 1,
   * and a connection field multiplies its children by its `first` (its documented maximum when omitted), a
   * plain list field by `costListSize`. Twice the costliest screen of the tests (a page of 50 customers with
   * their loans' last 5 payments, case and agents: 24,651). @default 50000
   */
  maxCost: number;
  /**
   * Cost limits for callers holding a role; a caller with several roles gets the highest of them.
   * @default { ANALYST: 500000 }
   */
  maxCostByRole: Readonly<Record<string, number>>;
  /** Items the cost estimate assumes in a list field that takes no `first` (a customer's loans). @default 10 */
  costListSize: number;
  /** Nesting of objects and lists in the request's variables, the variables object being level 1. @default 16 */
  maxVariableDepth: number;
  /**
   * Items of any one list in the request's variables: above every list a mutation takes (`pushSyncBatch` and
   * `bulkAssignCustomers` take up to 1,000), which their subgraphs refuse with their own message. @default 5000
   */
  maxVariableListItems: number;
}

export const defaultRequestLimits: RequestLimits = {
  maxBodyBytes: 1_048_576,
  maxTokens: 2_000,
  maxSelections: 1_000,
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 50,
  maxRepeatedFields: 20,
  maxCost: 50_000,
  maxCostByRole: { ANALYST: 500_000 },
  costListSize: 10,
  maxVariableDepth: 16,
  maxVariableListItems: 5_000,
};

function requirePositive(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new Error(`request limit ${name} must be a positive integer; got ${value}`);
  }
}

/** The defaults overridden by `overrides`; throws on a limit that is not a positive integer. */
export function resolveRequestLimits(overrides: Partial<RequestLimits> = {}): RequestLimits {
  const limits: RequestLimits = { ...defaultRequestLimits, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    if (typeof value === 'number') requirePositive(name, value);
  }
  for (const [role, value] of Object.entries(limits.maxCostByRole))
    requirePositive(`maxCostByRole.${role}`, value);
  return limits;
}
