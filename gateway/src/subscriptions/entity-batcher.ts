import type { GraphQLDataSource } from '@apollo/gateway';
import type { GraphQLFormattedError } from 'graphql';

type ProcessOptions = Parameters<GraphQLDataSource['process']>[0];
type Response = Awaited<ReturnType<GraphQLDataSource['process']>>;

interface Waiting {
  representations: unknown[];
  resolve: (response: Response) => void;
  reject: (error: unknown) => void;
}

interface Batch {
  options: ProcessOptions;
  waiting: Waiting[];
  openedAt: number;
  timer: NodeJS.Timeout | null;
}

/** A batch waits this long after its latest fetch for another to join... */
const QUIET_MS = 10;
/** ...but never longer than this after its first, so a steady stream still flows. */
const MAX_WAIT_MS = 40;

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
 * Merges identical entity fetches that start together (same subgraph, same query, same variables but the
 * representations) into one request, and hands each requester its share. Events of a subscription that
 * arrive together are resolved concurrently, so their fetches of the rest meet here.
 */
export class EntityFetchBatcher implements GraphQLDataSource {
  private readonly batches = new Map<string, Batch>();

  constructor(private readonly subgraph: GraphQLDataSource) {}

  process(options: ProcessOptions): Promise<Response> {
    const request = entityRequest(options);
    if (!request) return this.subgraph.process(options);
    return new Promise((resolve, reject) => {
      const batch = this.batches.get(request.key) ?? this.open(request.key, options);
      batch.waiting.push({ representations: request.representations, resolve, reject });
      // The events of one commit arrive as separate messages a few milliseconds apart, each resolved on its
      // own: a batch stays open while they keep coming, so their fetches go out together.
      if (batch.timer) clearTimeout(batch.timer);
      const wait = Math.min(QUIET_MS, batch.openedAt + MAX_WAIT_MS - Date.now());
      batch.timer = setTimeout(() => void this.flush(request.key, batch), Math.max(0, wait));
    });
  }

  private open(key: string, options: ProcessOptions): Batch {
    const batch: Batch = { options, waiting: [], openedAt: Date.now(), timer: null };
    this.batches.set(key, batch);
    return batch;
  }

  private async flush(key: string, batch: Batch): Promise<void> {
    this.batches.delete(key);
    const representations = batch.waiting.flatMap((waiting) => waiting.representations);
    const { request } = batch.options;
    try {
      const response = await this.subgraph.process({
        ...batch.options,
        request: { ...request, variables: { ...request.variables, representations } },
      });
      let offset = 0;
      for (const waiting of batch.waiting) {
        waiting.resolve(slice(response, offset, waiting.representations.length));
        offset += waiting.representations.length;
      }
    } catch (error) {
      for (const waiting of batch.waiting) waiting.reject(error);
    }
  }
}
