/**
 * The floor of the fan-out: a bare `ws` server that speaks just enough graphql-ws (connection_init and ack,
 * subscribe, complete, ping) and sends each event to every subscriber of its stream as the gateway would:
 * the same result bytes (a sampled result of the gateway's, with only reference, cursor and time changed),
 * serialized once per event and spliced into each client's `next` message. No schema, no execution, no
 * upstream: what is left is the cost of the sockets, the floor any gateway pays.
 */
import { createServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { type WebSocket, WebSocketServer } from 'ws';
import { type FromFloor, type ToFloor, toFloor } from './floor-protocol';
import { restamp, STREAM_KINDS, STREAMS, type StreamKind } from './streams';

interface Subscriber {
  socket: WebSocket;
  id: string;
}

const subscribers: Record<StreamKind, Subscriber[]> = { payment: [], workflow: [] };
const samples = new Map<StreamKind, unknown>();
const prefix = `L${Date.now().toString(36)}`;
let sequence = 0;

const kindOf = (query: string): StreamKind | null =>
  STREAM_KINDS.find((kind) => query.includes(STREAMS[kind].field)) ?? null;

function onMessage(socket: WebSocket, raw: string) {
  const message: unknown = JSON.parse(raw);
  if (typeof message !== 'object' || message === null) return;
  const type = Reflect.get(message, 'type');
  const id = Reflect.get(message, 'id');
  if (type === 'connection_init') socket.send('{"type":"connection_ack"}');
  else if (type === 'ping') socket.send('{"type":"pong"}');
  else if (type === 'subscribe' && typeof id === 'string') {
    const query = Reflect.get(Reflect.get(message, 'payload') ?? {}, 'query');
    const kind = typeof query === 'string' ? kindOf(query) : null;
    if (kind) subscribers[kind].push({ socket, id });
  } else if (type === 'complete') {
    for (const kind of STREAM_KINDS) {
      subscribers[kind] = subscribers[kind].filter((one) => one.socket !== socket || one.id !== id);
    }
  }
}

/** One event to every subscriber of the stream; what the bench measures from. */
function emit(kind: StreamKind) {
  const sample = samples.get(kind);
  if (sample === undefined) throw new Error(`no sample of the ${kind} stream`);
  sequence += 1;
  const committedAt = Date.now();
  const reference = `${prefix}${sequence}`;
  const data = restamp(kind, sample, {
    reference,
    cursor: String(sequence),
    occurredAt: new Date(committedAt).toISOString(),
  });
  const payload = JSON.stringify({ data });
  for (const { socket, id } of subscribers[kind]) {
    socket.send(`{"id":${JSON.stringify(id)},"type":"next","payload":${payload}}`);
  }
  return { reference, sentAt: committedAt, committedAt };
}

async function runAt(kind: StreamKind, rate: number, seconds: number) {
  const commits = [];
  let maxLagMs = 0;
  const start = performance.now();
  for (let index = 0; index < Math.round(rate * seconds); index += 1) {
    const due = start + (index * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    maxLagMs = Math.max(maxLagMs, performance.now() - due);
    commits.push(emit(kind));
  }
  return { commits, maxLagMs };
}

async function handle(message: ToFloor): Promise<FromFloor> {
  switch (message.kind) {
    case 'sample':
      samples.set(message.stream, message.data);
      return { kind: 'done', id: message.id, commits: [], maxLagMs: 0 };
    case 'one':
      return { kind: 'done', id: message.id, commits: [emit(message.stream)], maxLagMs: 0 };
    case 'run':
      return {
        kind: 'done',
        id: message.id,
        ...(await runAt(message.stream, message.rate, message.seconds)),
      };
  }
}

const server = createServer((_request, response) => response.writeHead(404).end());
const sockets = new WebSocketServer({
  server,
  handleProtocols: (protocols) => (protocols.has('graphql-transport-ws') ? 'graphql-transport-ws' : false),
});
sockets.on('connection', (socket) => {
  socket.on('message', (raw) => onMessage(socket, String(raw)));
  socket.on('close', () => {
    for (const kind of STREAM_KINDS) {
      subscribers[kind] = subscribers[kind].filter((one) => one.socket !== socket);
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('the floor listens on no port');
  const { port } = address;
  const listening: FromFloor = { kind: 'listening', url: `http://127.0.0.1:${port}/graphql` };
  process.send?.(listening);
});
process.on('message', (raw) => {
  void handle(toFloor.parse(raw)).then((reply) => process.send?.(reply));
});
// The bench went away: the floor has no one to serve.
process.on('disconnect', () => process.exit(0));
