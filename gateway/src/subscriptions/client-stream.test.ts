import { GraphQLError } from 'graphql';
import { MessageType, stringifyMessage } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import { type ClientSocket, ClientStream, QueueOverflowError, type SerializedResult } from './client-stream';

/** A socket that records writes (corked sends count as one) and hands them to the kernel only when told to. */
function fakeSocket() {
  const writes: string[][] = [];
  const pending: (() => void)[] = [];
  let corked: string[] | null = null;
  const socket: ClientSocket = {
    send: (message, done) => {
      if (corked) corked.push(message);
      else writes.push([message]);
      pending.push(() => done());
    },
    isOpen: () => true,
    cork: () => {
      corked = [];
    },
    uncork: () => {
      if (corked?.length) writes.push(corked);
      corked = null;
    },
  };
  const flush = () => {
    for (const done of pending.splice(0)) done();
  };
  return { socket, writes, flush };
}

function stream(socket: ClientSocket, options: { limit?: number; after?: bigint } = {}) {
  const events: string[] = [];
  const client = new ClientStream({
    socket,
    subscriptionId: 'sub "1"',
    after: options.after ?? null,
    limit: options.limit ?? 3,
    onClose: () => events.push('close'),
    onOverflow: (error) => events.push(`overflow ${error.limit}`),
  });
  return { client, events };
}

const results = (...cursors: number[]): SerializedResult[] =>
  cursors.map((cursor) => ({ cursor: BigInt(cursor), payload: `{"data":${cursor}}` }));

describe('ClientStream', () => {
  it("writes graphql-ws's own next message, byte for byte, errors included", () => {
    const { socket, writes } = fakeSocket();
    const { client } = stream(socket);
    const result = { data: { a: 'é"\n' }, errors: [new GraphQLError('partial', { path: ['a'] })] };
    client.deliver([{ cursor: 1n, payload: JSON.stringify(result) }]);
    expect(writes).toEqual([
      [
        stringifyMessage({
          id: 'sub "1"',
          type: MessageType.Next,
          payload: { data: result.data, errors: result.errors.map((error) => error.toJSON()) },
        }),
      ],
    ]);
  });

  it('writes a batch at once, skipping what the client has already seen', () => {
    const { socket, writes } = fakeSocket();
    const { client } = stream(socket, { after: 2n, limit: 10 });
    client.deliver(results(1, 2, 3, 4));
    client.deliver(results(4, 5));
    expect(writes.map((write) => write.map((message) => JSON.parse(message).payload.data))).toEqual([
      [3, 4],
      [5],
    ]);
  });

  it('cuts off a client with more than the limit of messages unsent, and not one that keeps up', async () => {
    const { socket, writes, flush } = fakeSocket();
    const { client, events } = stream(socket, { limit: 2 });
    client.deliver(results(1, 2));
    flush();
    client.deliver(results(3, 4));
    expect(events).toEqual([]);
    const next = client.next();
    client.deliver(results(5));
    await expect(next).rejects.toBeInstanceOf(QueueOverflowError);
    expect(events).toEqual(['overflow 2', 'close']);
    expect(writes.flat()).toHaveLength(4);
  });

  it('ends a pending next when graphql-ws returns it, and sends nothing after', async () => {
    const { socket, writes } = fakeSocket();
    const { client, events } = stream(socket);
    const next = client.next();
    await client.return();
    await expect(next).resolves.toEqual({ value: undefined, done: true });
    client.deliver(results(1));
    expect(writes).toEqual([]);
    expect(events).toEqual(['close']);
  });
});
