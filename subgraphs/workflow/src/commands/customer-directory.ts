import { ServiceUnavailableError } from '../errors';

/** What bank-sync knows about the customers and loans a mutation names. */
export interface CustomerLookup {
  /** The CIFs asked about that exist. */
  customers: ReadonlySet<string>;
  /** The owner (CIF) of each loan asked about that exists. */
  loanOwners: ReadonlyMap<string, string>;
}

/**
 * Customers and loans belong to bank-sync: workflow never reads its tables, it asks the bank-sync subgraph.
 * Each lookup is one HTTP request, whatever the number of keys.
 */
export interface CustomerDirectory {
  lookup(keys: { cifs: readonly string[]; loanAccountNumbers?: readonly string[] }): Promise<CustomerLookup>;
}

const ENTITIES = /* GraphQL */ `
  query WorkflowCustomerLookup($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Customer { cif }
      ... on Loan { accountNumber cif }
    }
  }
`;

const SERVICE = 'bank-sync';

export interface CustomerDirectoryOptions {
  /** The bank-sync subgraph's /graphql URL; without one, every lookup fails with SERVICE_UNAVAILABLE. */
  bankSyncUrl?: string;
  /** The headers that prove who asks: workflow's own credential, as SYSTEM. */
  headers: () => Promise<Record<string, string>>;
  /** Longest wait for bank-sync's answer. @default 5000 */
  timeoutMs?: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Reads the `_entities` answer: null entries are keys bank-sync does not know. */
function readEntities(body: unknown): CustomerLookup {
  if (!isRecord(body)) throw new ServiceUnavailableError(SERVICE, 'it answered without a JSON body');
  if (Array.isArray(body.errors) && body.errors.length > 0) {
    const [first] = body.errors;
    const message = isRecord(first) && typeof first.message === 'string' ? first.message : 'unknown error';
    throw new ServiceUnavailableError(SERVICE, `it answered with an error (${message})`);
  }
  const entities = isRecord(body.data) ? body.data._entities : undefined;
  if (!Array.isArray(entities)) throw new ServiceUnavailableError(SERVICE, 'it answered without _entities');
  const customers = new Set<string>();
  const loanOwners = new Map<string, string>();
  for (const entity of entities) {
    if (!isRecord(entity) || typeof entity.cif !== 'string') continue;
    if (typeof entity.accountNumber === 'string') loanOwners.set(entity.accountNumber, entity.cif);
    else customers.add(entity.cif);
  }
  return { customers, loanOwners };
}

/** Why a request got no answer: a timeout, or the connection's error code (ECONNREFUSED, ...). */
function unreachable(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
  const cause = error instanceof Error && isRecord(error.cause) ? error.cause.code : undefined;
  return `it could not be reached (${typeof cause === 'string' ? cause : String(error)})`;
}

export function createCustomerDirectory(options: CustomerDirectoryOptions): CustomerDirectory {
  const { bankSyncUrl } = options;
  const timeoutMs = options.timeoutMs ?? 5_000;
  return {
    async lookup({ cifs, loanAccountNumbers = [] }) {
      if (!bankSyncUrl)
        throw new ServiceUnavailableError(SERVICE, 'workflow is not connected to it (BANK_SYNC_URL)');
      const representations = [
        ...cifs.map((cif) => ({ __typename: 'Customer', cif })),
        ...loanAccountNumbers.map((accountNumber) => ({ __typename: 'Loan', accountNumber })),
      ];
      let response: Response;
      try {
        response = await fetch(bankSyncUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(await options.headers()) },
          body: JSON.stringify({ query: ENTITIES, variables: { representations } }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new ServiceUnavailableError(SERVICE, unreachable(error, timeoutMs));
      }
      const body: unknown = await response.json().catch(() => undefined);
      return readEntities(body);
    },
  };
}
