import type { GraphQLDataSource } from '@apollo/gateway';
import type { GraphQLFormattedError } from 'graphql';

type ProcessOptions = Parameters<GraphQLDataSource['process']>[0];
type Response = Awaited<ReturnType<GraphQLDataSource['process']>>;

interface Waiting {
  options: ProcessOptions;
  representations: unknown[];
  resolve: (response: Response) => void;
  reject: (error: unknown) => void;
}

/** One key's fetches: those waiting for the next request, and whether one is out now. */
interface Lane {
  waiting: Waiting[];
  inFlight: boolean;
  scheduled: boolean;
}

function entityRequest(options: ProcessOptions): { key: string; representations: unknown[] } | null {
  const { query, variables } = options.request;
  const representations = variables?.representations;
  if (!query?.includes('_entities') || !Array.isArray(representations)) return null;
  const { representations: _, ...rest } = variables ?? {};
  return { key: JSON.stringify([query, rest]), representations };
}

/** The part of a merged response that belongs to the requester whose entities start at `offset`. */
function slice(response: Response, offset: number, count: number): Response {
  const entities = response.data?._entities;
  const errors: GraphQLFormattedError[] = [];
  for (const error of response.errors ?? []) {
    const [root, index, ...rest] = error.path ?? [];
    if (root !== '_entities' || typeof index !== 'number') errors.push(error);
    else if (index >= offset && index < offset + count)
      errors.push({ ...error, path: [root, index - offset, ...rest] });
  }
  return {
    ...response,
    data: Array.isArray(entities)
      ? { ...response.data, _entities: entities.slice(offset, offset + count) }
      : response.data,
    ...(errors.length > 0 ? { errors } : { errors: undefined }),
  };
}

/**
 * Merges identical entity fetches (same subgraph, same query, same variables but the representations) into one
 * request, and hands each requester its share (decision 0046). A fetch that finds none of its kind out is sent
 * after the current turn of the event loop, with the others started in it: no added wait when events are
 * sparse. While one is out, those that start meanwhile wait for it and go together in the next, so under a
 * steady stream of events a batch grows with the subgraph's latency, as group commit does with a transaction's.
 */
export class EntityFetchBatcher implements GraphQLDataSource {
  private readonly lanes = new Map<string, Lane>();

  constructor(private readonly subgraph: GraphQLDataSource) {}

  process(options: ProcessOptions): Promise<Response> {
    const request = entityRequest(options);
    if (!request) return this.subgraph.process(options);
    return new Promise((resolve, reject) => {
      const lane = this.lanes.get(request.key) ?? this.open(request.key);
      lane.waiting.push({ options, representations: request.representations, resolve, reject });
      this.schedule(request.key, lane);
    });
  }

  private open(key: string): Lane {
    const lane: Lane = { waiting: [], inFlight: false, scheduled: false };
    this.lanes.set(key, lane);
    return lane;
  }

  private schedule(key: string, lane: Lane): void {
    if (lane.inFlight || lane.scheduled || lane.waiting.length === 0) return;
    lane.scheduled = true;
    setImmediate(() => {
      lane.scheduled = false;
      void this.flush(key, lane);
    });
  }

  private async flush(key: string, lane: Lane): Promise<void> {
    const batch = lane.waiting;
    const [first] = batch;
    if (!first) return;
    lane.waiting = [];
    lane.inFlight = true;
    const representations = batch.flatMap((waiting) => waiting.representations);
    // The batch's first fetch speaks for it (its context and headers), not the lane's: a lane lives as long as
    // fetches of its kind keep coming.
    const { request } = first.options;
    try {
      const response = await this.subgraph.process({
        ...first.options,
        request: { ...request, variables: { ...request.variables, representations } },
      });
      let offset = 0;
      for (const waiting of batch) {
        waiting.resolve(slice(response, offset, waiting.representations.length));
        offset += waiting.representations.length;
      }
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
    } finally {
      lane.inFlight = false;
      if (lane.waiting.length > 0) this.schedule(key, lane);
      else this.lanes.delete(key);
    }
  }
}
