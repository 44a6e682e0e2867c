import { GraphQLError } from 'graphql';
import { MessageType, stringifyMessage } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import { type ClientSocket, ClientStream, QueueOverflowError } from './client-stream';

/** A socket that records what is sent and hands messages to the kernel only when told to. */
function fakeSocket() {
  const sent: string[] = [];
  const pending: (() => void)[] = [];
  const socket: ClientSocket = {
    send: (message, done) => {
      sent.push(message);
      pending.push(() => done());
    },
    isOpen: () => true,
  };
  return { socket, sent, flush: () => pending.splice(0).forEach((done) => done()) };
}

function stream(socket: ClientSocket, limit = 3) {
  const events: string[] = [];
  const client = new ClientStream({
    socket,
    subscriptionId: 'sub "1"',
    limit,
    onClose: () => events.push('close'),
    onOverflow: (error) => events.push(`overflow ${error.limit}`),
  });
  return { client, events };
}

describe('ClientStream', () => {
  it("writes graphql-ws's own next message, byte for byte, errors included", () => {
    const { socket, sent } = fakeSocket();
    const { client } = stream(socket);
    const result = { data: { a: 'é"\n' }, errors: [new GraphQLError('partial', { path: ['a'] })] };
    client.deliver(JSON.stringify(result));
    expect(sent).toEqual([
      stringifyMessage({
        id: 'sub "1"',
        type: MessageType.Next,
        payload: { data: result.data, errors: result.errors.map((error) => error.toJSON()) },
      }),
    ]);
  });

  it('cuts off a client with more than the limit of messages unsent, and not one that keeps up', async () => {
    const { socket, sent, flush } = fakeSocket();
    const { client, events } = stream(socket, 2);
    client.deliver('{"data":1}');
    client.deliver('{"data":2}');
    flush();
    client.deliver('{"data":3}');
    client.deliver('{"data":4}');
    expect(events).toEqual([]);
    const next = client.next();
    client.deliver('{"data":5}');
    await expect(next).rejects.toBeInstanceOf(QueueOverflowError);
    expect(events).toEqual(['overflow 2', 'close']);
    expect(sent).toHaveLength(4);
  });

  it('ends a pending next when graphql-ws returns it, and sends nothing after', async () => {
    const { socket, sent } = fakeSocket();
    const { client, events } = stream(socket);
    const next = client.next();
    await client.return();
    await expect(next).resolves.toEqual({ value: undefined, done: true });
    client.deliver('{"data":1}');
    expect(sent).toEqual([]);
    expect(events).toEqual(['close']);
  });
});
