import type { GraphQLDataSource } from '@apollo/gateway';
import { describe, expect, it } from 'vitest';
import { EntityFetchBatcher } from './entity-batcher';

type ProcessOptions = Parameters<GraphQLDataSource['process']>[0];

const ENTITIES =
  'query($representations:[_Any!]!){_entities(representations:$representations){...on Loan{id}}}';

/** A subgraph that answers each representation with its id, and an error at every id named `bad`. */
class RecordingSubgraph implements GraphQLDataSource {
  readonly requests: unknown[][] = [];
  /** The credential header of each request. */
  readonly credentials: unknown[] = [];

  async process(options: ProcessOptions) {
    const representations = (options.request.variables?.representations ?? []) as { id: string }[];
    this.requests.push(representations);
    this.credentials.push(options.request.http?.headers.get('authorization'));
    return {
      data: { _entities: representations.map(({ id }) => (id === 'bad' ? null : { id })) },
      errors: representations.flatMap(({ id }, index) =>
        id === 'bad' ? [{ message: 'not found', path: ['_entities', index, 'id'] }] : [],
      ),
    };
  }
}

function fetchOf(ids: string[], credential = 'Bearer first'): ProcessOptions {
  return {
    request: {
      query: ENTITIES,
      variables: { representations: ids.map((id) => ({ __typename: 'Loan', id })) },
      http: { headers: new Map([['authorization', credential]]) },
    },
  } as unknown as ProcessOptions;
}

/** A subgraph whose responses wait until `release()`: to hold a request in flight. */
class HeldSubgraph extends RecordingSubgraph {
  private readonly held: (() => void)[] = [];

  override async process(options: ProcessOptions) {
    await new Promise<void>((resolve) => this.held.push(resolve));
    return super.process(options);
  }

  release() {
    for (const resolve of this.held.splice(0)) resolve();
  }
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('EntityFetchBatcher', () => {
  it('sends fetches that start in the same turn as one request and hands each its own entities', async () => {
    const subgraph = new RecordingSubgraph();
    const batcher = new EntityFetchBatcher(subgraph);
    const first = batcher.process(fetchOf(['1', '2']));
    const second = batcher.process(fetchOf(['bad', '3']));
    expect((await first).data).toEqual({ _entities: [{ id: '1' }, { id: '2' }] });
    expect((await first).errors).toBeUndefined();
    const { data, errors } = await second;
    expect(data).toEqual({ _entities: [null, { id: '3' }] });
    expect(errors).toEqual([{ message: 'not found', path: ['_entities', 0, 'id'] }]);
    expect(subgraph.requests).toEqual([
      [
        { __typename: 'Loan', id: '1' },
        { __typename: 'Loan', id: '2' },
        { __typename: 'Loan', id: 'bad' },
        { __typename: 'Loan', id: '3' },
      ],
    ]);
  });

  it('sends a lone fetch without waiting for a timer', async () => {
    const subgraph = new RecordingSubgraph();
    const batcher = new EntityFetchBatcher(subgraph);
    const fetch = batcher.process(fetchOf(['1']));
    await nextTurn();
    expect(subgraph.requests).toHaveLength(1);
    expect((await fetch).data).toEqual({ _entities: [{ id: '1' }] });
  });

  it('holds the fetches that start while one is out and sends them together when it returns', async () => {
    const subgraph = new HeldSubgraph();
    const batcher = new EntityFetchBatcher(subgraph);
    const first = batcher.process(fetchOf(['1']));
    await nextTurn();
    const later = ['2', '3', '4'].map((id) => batcher.process(fetchOf([id])));
    for (let turn = 0; turn < 3; turn++) await nextTurn();
    expect(subgraph.requests).toHaveLength(0);
    subgraph.release();
    expect((await first).data).toEqual({ _entities: [{ id: '1' }] });
    await nextTurn();
    subgraph.release();
    const answers = await Promise.all(later);
    expect(answers.map((answer) => answer.data)).toEqual([
      { _entities: [{ id: '2' }] },
      { _entities: [{ id: '3' }] },
      { _entities: [{ id: '4' }] },
    ]);
    expect(subgraph.requests.map((request) => request.length)).toEqual([1, 3]);
  });

  it("sends each batch with its own first fetch's headers, however long its kind keeps coming", async () => {
    const subgraph = new HeldSubgraph();
    const batcher = new EntityFetchBatcher(subgraph);
    const first = batcher.process(fetchOf(['1'], 'Bearer old'));
    await nextTurn();
    const renewed = batcher.process(fetchOf(['2'], 'Bearer renewed'));
    subgraph.release();
    await first;
    await nextTurn();
    subgraph.release();
    await renewed;
    expect(subgraph.credentials).toEqual(['Bearer old', 'Bearer renewed']);
  });

  it('hands every fetch of a failed request its error, and the next batch goes on', async () => {
    let fail = true;
    const subgraph: GraphQLDataSource = {
      async process(options) {
        if (fail) throw new Error('subgraph down');
        return new RecordingSubgraph().process(options);
      },
    };
    const batcher = new EntityFetchBatcher(subgraph);
    const failed = [batcher.process(fetchOf(['1'])), batcher.process(fetchOf(['2']))];
    for (const fetch of failed) await expect(fetch).rejects.toThrow('subgraph down');
    fail = false;
    expect((await batcher.process(fetchOf(['3']))).data).toEqual({ _entities: [{ id: '3' }] });
  });

  it('passes other requests through at once', async () => {
    const subgraph = new RecordingSubgraph();
    const batcher = new EntityFetchBatcher(subgraph);
    await batcher.process({ request: { query: '{ loans { id } }' } } as unknown as ProcessOptions);
    expect(subgraph.requests).toEqual([[]]);
  });
});
