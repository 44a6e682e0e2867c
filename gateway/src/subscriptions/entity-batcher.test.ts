import type { GraphQLDataSource } from '@apollo/gateway';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EntityFetchBatcher } from './entity-batcher';

type ProcessOptions = Parameters<GraphQLDataSource['process']>[0];

const ENTITIES =
  'query($representations:[_Any!]!){_entities(representations:$representations){...on Loan{id}}}';

/** A subgraph that answers each representation with its id, and an error at every id named `bad`. */
class RecordingSubgraph implements GraphQLDataSource {
  readonly requests: unknown[][] = [];

  async process(options: ProcessOptions) {
    const representations = (options.request.variables?.representations ?? []) as { id: string }[];
    this.requests.push(representations);
    return {
      data: { _entities: representations.map(({ id }) => (id === 'bad' ? null : { id })) },
      errors: representations.flatMap(({ id }, index) =>
        id === 'bad' ? [{ message: 'not found', path: ['_entities', index, 'id'] }] : [],
      ),
    };
  }
}

function fetchOf(ids: string[]): ProcessOptions {
  return {
    request: {
      query: ENTITIES,
      variables: { representations: ids.map((id) => ({ __typename: 'Loan', id })) },
    },
  } as unknown as ProcessOptions;
}

describe('EntityFetchBatcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends fetches that start a few milliseconds apart as one request and hands each its own entities', async () => {
    const subgraph = new RecordingSubgraph();
    const batcher = new EntityFetchBatcher(subgraph);
    const first = batcher.process(fetchOf(['1', '2']));
    await vi.advanceTimersByTimeAsync(5);
    const second = batcher.process(fetchOf(['bad', '3']));
    await vi.advanceTimersByTimeAsync(10);
    expect(subgraph.requests).toHaveLength(1);
    expect((await first).data).toEqual({ _entities: [{ id: '1' }, { id: '2' }] });
    expect((await first).errors).toBeUndefined();
    const { data, errors } = await second;
    expect(data).toEqual({ _entities: [null, { id: '3' }] });
    expect(errors).toEqual([{ message: 'not found', path: ['_entities', 0, 'id'] }]);
  });

  it('sends a batch at most 40 ms after its first fetch however steadily others join', async () => {
    const subgraph = new RecordingSubgraph();
    const batcher = new EntityFetchBatcher(subgraph);
    const fetches = [];
    for (let n = 0; n < 10; n++) {
      fetches.push(batcher.process(fetchOf([String(n)])));
      await vi.advanceTimersByTimeAsync(8);
    }
    await vi.advanceTimersByTimeAsync(10);
    await Promise.all(fetches);
    // Fetches at 0, 8, ... 32 ms go out at 40; the next batch opens with the one at 40.
    expect(subgraph.requests.map((request) => request.length)).toEqual([5, 5]);
  });

  it('passes other requests through at once', async () => {
    const subgraph = new RecordingSubgraph();
    const batcher = new EntityFetchBatcher(subgraph);
    await batcher.process({ request: { query: '{ loans { id } }' } } as unknown as ProcessOptions);
    expect(subgraph.requests).toEqual([[]]);
  });
});
