/**
 * What this machine charges for the two things the stack does most: hand a message to another process, and
 * run JavaScript. The same code measured 2.5 times slower on one kind of virtual machine than on another
 * (bench/README.md, "Machines"): a process woken from idle cost there about 0.2 ms of CPU. A report carries
 * these figures so that runs from different machines are not compared as if they were alike.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';

export interface MachineProbe {
  /** Round trips timed for each figure. */
  roundTrips: number;
  /** CPU µs both processes spend on one 200-byte TCP round trip when each side had been idle 5 ms. */
  idleRoundTripCpuMicros: number;
  /** Median wall µs of such a round trip. */
  idleRoundTripMicros: number;
  /** CPU µs of both processes per round trip when they follow each other with no pause. */
  busyRoundTripCpuMicros: number;
  /** CPU ms of a fixed JavaScript workload: JSON of a 200-row page, 500 times there and back. */
  computeMs: number;
}

/** Echoes every chunk back; tells its own CPU time when asked over IPC. */
const ECHO_SERVER = `
const server = require('node:net').createServer((socket) => {
  socket.setNoDelay(true);
  socket.on('data', (chunk) => socket.write(chunk));
}).listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
process.on('message', () => {
  const used = process.cpuUsage();
  process.send({ cpuMicros: used.user + used.system });
});
process.on('disconnect', () => process.exit(0));
`;

const cpuMicros = () => {
  const used = process.cpuUsage();
  return used.user + used.system;
};

async function ask<T>(child: ChildProcess, message?: string): Promise<T> {
  const answer = once(child, 'message') as Promise<[T]>;
  if (message !== undefined) child.send(message);
  return (await answer)[0];
}

async function roundTrip(socket: Socket, payload: Buffer): Promise<void> {
  const echoed = once(socket, 'data');
  socket.write(payload);
  await echoed;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** CPU µs of both processes per round trip, and the median wall µs of one. */
async function timeRoundTrips(child: ChildProcess, socket: Socket, count: number, pauseMs: number) {
  const payload = Buffer.alloc(200, 1);
  const walls: number[] = [];
  const serverBefore = (await ask<{ cpuMicros: number }>(child, 'cpu')).cpuMicros;
  const before = cpuMicros();
  for (let index = 0; index < count; index += 1) {
    if (pauseMs > 0) await pause(pauseMs);
    const started = performance.now();
    await roundTrip(socket, payload);
    walls.push((performance.now() - started) * 1000);
  }
  const own = cpuMicros() - before;
  const server = (await ask<{ cpuMicros: number }>(child, 'cpu')).cpuMicros - serverBefore;
  walls.sort((a, b) => a - b);
  return {
    cpuMicros: (own + server) / count,
    medianMicros: walls[Math.floor(walls.length / 2)] ?? Number.NaN,
  };
}

function computeMs(): number {
  const page = Array.from({ length: 200 }, (_, index) => ({
    accountNumber: `LN${String(index).padStart(8, '0')}`,
    outstanding: `${index * 1234}.56`,
    dpd: index % 120,
    dueSegmentations: [{ dueDate: '2026-12-01', principalAmount: '100.00', interestAmount: '1.50' }],
  }));
  const before = cpuMicros();
  for (let round = 0; round < 500; round += 1) JSON.parse(JSON.stringify(page));
  return (cpuMicros() - before) / 1000;
}

export async function probeMachine(roundTrips = 400): Promise<MachineProbe> {
  const child = spawn(process.execPath, ['-e', ECHO_SERVER], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  try {
    const { port } = await ask<{ port: number }>(child);
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    socket.setNoDelay(true);
    try {
      await timeRoundTrips(child, socket, Math.ceil(roundTrips / 4), 0);
      const idle = await timeRoundTrips(child, socket, roundTrips, 5);
      const busy = await timeRoundTrips(child, socket, roundTrips, 0);
      computeMs();
      return {
        roundTrips,
        idleRoundTripCpuMicros: idle.cpuMicros,
        idleRoundTripMicros: idle.medianMicros,
        busyRoundTripCpuMicros: busy.cpuMicros,
        computeMs: computeMs(),
      };
    } finally {
      socket.destroy();
    }
  } finally {
    child.kill();
  }
}
