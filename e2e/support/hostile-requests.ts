/**
 * Requests built to hurt the gateway, each with the refusal it must get (decision 0020). Shared by the
 * in-process table (e2e/hostile-requests.e2e.ts) and the memory check against a gateway process.
 */

export interface HostileRequest {
  name: string;
  /** The raw request body; built when the test runs. */
  body: () => string;
  status: number;
  code: string;
  /** `extensions.limit` of a LIMIT_EXCEEDED refusal. */
  limit?: string;
  /** What the message must say: the limit and its value. */
  message: RegExp;
}

const json = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
  JSON.stringify({ query, variables, operationName });

/** `{ customers { nodes { loans { customer { loans { ... } } } } } }`, `depth` fields deep. */
export function nestedQuery(depth: number): string {
  // customers, nodes and the innermost scalar are three of the levels.
  const wrappers = depth - 3;
  let selection = wrappers % 2 === 0 ? 'cif' : 'accountNumber';
  for (let index = wrappers - 1; index >= 0; index -= 1) {
    selection = `${index % 2 === 0 ? 'loans' : 'customer'} { ${selection} }`;
  }
  return `{ customers { nodes { ${selection} } } }`;
}

/** Thirty fragments, each spreading the one before twice: 2^30 selections in 1.5 KB. */
function fragmentBomb(): string {
  const fragments = ['fragment F0 on Customer { cif name }'];
  for (let index = 1; index <= 30; index += 1) {
    fragments.push(`fragment F${index} on Customer { ...F${index - 1} ...F${index - 1} }`);
  }
  return `{ customers { nodes { ...F30 } } } ${fragments.join(' ')}`;
}

/** Four connections of 100 nested: customers → payments → loan's payments → customer's payments. */
export const COST_BOMB = /* GraphQL */ `{
  customers(first: 100) { nodes { payments(first: 100) { nodes { loan { payments(first: 100) { nodes {
    customer { payments(first: 100) { nodes { amount } } }
  } } } } } } }
}`;

/** An import of records, the mutation that takes the largest variables. */
const PUSH_SYNC_BATCH = /* GraphQL */ `mutation Push($input: PushSyncBatchInput!) {
  pushSyncBatch(input: $input) { run { status } }
}`;

const syncBatch = (records: unknown[]) => ({
  input: { sourceSystem: 'T24', entityType: 'CUSTOMERS', records },
});

/** `{ "a": { "a": ... 1 } }`, written as text: JSON.stringify itself overflows the stack on such nesting. */
function deepJsonText(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

export const hostileRequests: HostileRequest[] = [
  {
    name: 'a query nested 1,600 deep',
    body: () => json(nestedQuery(1_600)),
    status: 400,
    code: 'LIMIT_EXCEEDED',
    limit: 'tokens',
    message: /^Query tokens limit of 2000 exceeded\.$/,
  },
  {
    name: 'a query nested 100 deep',
    body: () => json(nestedQuery(100)),
    status: 400,
    code: 'LIMIT_EXCEEDED',
    limit: 'depth',
    message: /^Query depth limit of 12 exceeded, found 100\.$/,
  },
  {
    name: '10,000 aliases',
    body: () =>
      json(
        `{ ${Array.from({ length: 10_000 }, (_, index) => `a${index}: customers { nodes { cif } }`).join(' ')} }`,
      ),
    status: 400,
    code: 'LIMIT_EXCEEDED',
    limit: 'tokens',
    message: /tokens limit of 2000 exceeded/,
  },
  {
    name: '16 aliases',
    body: () =>
      json(
        `{ ${Array.from({ length: 16 }, (_, index) => `a${index}: customers { nodes { cif } }`).join(' ')} }`,
      ),
    status: 400,
    code: 'LIMIT_EXCEEDED',
    limit: 'aliases',
    message: /^Aliases limit of 15 exceeded, found 16\.$/,
  },
  {
    name: '100,000 duplicated fields',
    body: () => json(`{ customers { nodes { ${'cif '.repeat(100_000)}} } }`),
    status: 400,
    code: 'LIMIT_EXCEEDED',
    limit: 'tokens',
    message: /tokens limit of 2000 exceeded/,
  },
  {
    name: '30 duplicated fields spread through two fragments',
    body: () =>
      json(
        `{ customers { nodes { ...A ...B } } } fragment A on Customer { ${'cif '.repeat(15)}} fragment B on Customer { ${'cif '.repeat(15)}}`,
      ),
    status: 400,
    code: 'LIMIT_EXCEEDED',
    limit: 'repeatedFields',
    message: /^Repeated field "cif" limit of 20 exceeded, found 30\.$/,
  },
  {
    name: 'a fragment bomb of 1.5 KB',
    body: () => json(fragmentBomb()),
    status: 400,
    code: 'LIMIT_EXCEEDED',
    limit: 'selections',
    message: /^Selections after fragment expansion limit of 1000 exceeded, found \d{10}\.$/,
  },
  {
    name: 'a 5 MB query',
    body: () => json(`{ __typename ${' '.repeat(5 * 1024 * 1024)}}`),
    status: 413,
    code: 'LIMIT_EXCEEDED',
    limit: 'bodyBytes',
    message: /^Request body limit of 1048576 bytes exceeded\.$/,
  },
  {
    name: '1,000 batched operations',
    body: () =>
      JSON.stringify(Array.from({ length: 1_000 }, () => ({ query: '{ customers { nodes { cif } } }' }))),
    status: 400,
    code: 'BAD_REQUEST',
    message: /^Operation batching disabled\.$/,
  },
  {
    name: 'a cost bomb of nested connections',
    body: () => json(COST_BOMB),
    status: 400,
    code: 'LIMIT_EXCEEDED',
    limit: 'cost',
    message: /^Query cost limit of 50000 exceeded, found \d{9,}\.$/,
  },
  {
    name: 'an unknown operationName',
    body: () => json('query Known { __typename }', {}, 'Unknown'),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
    message: /^Unknown operation named "Unknown"\.$/,
  },
  {
    name: 'a JSON variable nested 100,000 deep',
    body: () =>
      json(PUSH_SYNC_BATCH, syncBatch(['DEEP'])).replace(
        '"DEEP"',
        `{"cif":"X","extra":${deepJsonText(100_000)}}`,
      ),
    status: 400,
    code: 'LIMIT_EXCEEDED',
    limit: 'variableDepth',
    message: /^Variables nesting depth limit of 16 exceeded at \$input\.records\[0\]\.extra(\.a)+\.$/,
  },
  {
    name: 'a list variable of 100,000 items',
    body: () => json(PUSH_SYNC_BATCH, syncBatch(Array.from({ length: 100_000 }, () => ({})))),
    status: 400,
    code: 'LIMIT_EXCEEDED',
    limit: 'variableListItems',
    message: /^Variable list limit of 5000 items exceeded, found 100000 at \$input\.records\.$/,
  },
];

export interface Refusal {
  status: number;
  body: { errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** POSTs a raw body to the gateway as an anonymous caller. */
export async function sendRaw(
  url: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<Refusal> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  // The gateway's JSON is trusted to have the GraphQL response shape; the tests assert on its content.
  const answer = (await response.json()) as Refusal['body'];
  return { status: response.status, body: answer };
}
