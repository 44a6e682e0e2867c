import DataLoader from 'dataloader';
import { isDatabaseUnavailable } from './unavailable';

/** Writes a batch of requests in one transaction: an outcome or a refusal (an Error) per request, in order. */
export type CommitBatch<Request, Outcome> = (
  requests: readonly Request[],
) => Promise<readonly (Outcome | Error)[]>;

export interface GroupCommitOptions<Request, Outcome> {
  /** Two or more requests that arrived while a batch was being written, in one transaction. */
  commitBatch: CommitBatch<Request, Outcome>;
  /** One request in a transaction of its own: a lone request, or each of a batch that failed as a whole. */
  commitOne: (request: Request) => Promise<Outcome>;
  /** The most requests one transaction takes. */
  maxBatch: number;
}

/** Submits a request to be written; resolves once the transaction that holds it has committed. */
export type GroupCommit<Request, Outcome> = (request: Request) => Promise<Outcome>;

/**
 * Group commit (decision 0041): a request submitted while nothing is being written is written at once, alone;
 * requests submitted while a transaction is being written wait for it and then go together, in one
 * transaction. So a quiet writer adds no delay, and a busy one pays for a transaction (its lock, its round
 * trips, its commit) once per batch instead of once per request.
 *
 * When a batch's transaction fails for anything but an unavailable database, nothing of it was written; each
 * of its requests is then written alone, so one request's failure is its own and never its neighbours'.
 */
export function createGroupCommit<Request, Outcome>(
  options: GroupCommitOptions<Request, Outcome>,
): GroupCommit<Request, Outcome> {
  let writing: Promise<unknown> = Promise.resolve();
  const loader = new DataLoader<Request, Outcome>(
    (requests) => {
      const written = writeBatch(options, requests);
      writing = written.catch(() => undefined);
      return written;
    },
    {
      cache: false,
      maxBatchSize: options.maxBatch,
      // The batch takes every request submitted until the transaction before it has ended.
      batchScheduleFn: (dispatch) => {
        writing.then(() => setImmediate(dispatch));
      },
    },
  );
  return (request) => loader.load(request);
}

async function writeBatch<Request, Outcome>(
  { commitBatch, commitOne }: GroupCommitOptions<Request, Outcome>,
  requests: readonly Request[],
): Promise<readonly (Outcome | Error)[]> {
  const alone = (request: Request) => commitOne(request).catch((error: unknown) => asError(error));
  const [first] = requests;
  if (requests.length === 1 && first !== undefined) return [await alone(first)];
  try {
    return await commitBatch(requests);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return requests.map(() => asError(error));
    const outcomes: (Outcome | Error)[] = [];
    for (const request of requests) outcomes.push(await alone(request));
    return outcomes;
  }
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));
