import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RunningGateway, startGateway } from '@collexis/gateway';
import { freePort } from '@collexis/platform/http';
import { gatewayHeaders, readerCaller } from '@collexis/platform/testing';
import { testGatewayAuth } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** What a fake subgraph answers: status, content type and body. */
interface FakeAnswer {
  status: number;
  contentType: string;
  body: string;
}

const LEAKY_TEXT =
  'ERROR: relation "bank_sync_service.customers" at http://10.1.2.3:5432 SELECT * FROM customers';

/** A subgraph stand-in on an ephemeral port that answers every request with `answer`, which tests change. */
async function startFakeSubgraph(initial: FakeAnswer) {
  const fake = { answer: initial, url: '', server: createServer() as Server };
  fake.server.on('request', (req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(fake.answer.status, { 'content-type': fake.answer.contentType }).end(fake.answer.body);
    });
  });
  await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}/graphql`;
  return fake;
}

const jsonAnswer = (body: unknown, status = 200): FakeAnswer => ({
  status,
  contentType: 'application/json',
  body: JSON.stringify(body),
});

const CUSTOMERS = '{ customers(first: 1) { nodes { cif } } }';
const CUSTOMER_PAYMENTS = '{ customers(first: 1) { nodes { cif payments(first: 1) { nodes { amount } } } } }';

interface Failure {
  name: string;
  answer: FakeAnswer;
  code: string;
  message: string;
}

const bankSyncFailures: Failure[] = [
  {
    name: 'HTTP 413 with a GraphQL body',
    answer: jsonAnswer({ errors: [{ message: 'Request body limit of 1048576 bytes exceeded.' }] }, 413),
    code: 'SUBGRAPH_ERROR',
    message: 'The bank-sync service answered HTTP 413 Payload Too Large.',
  },
  {
    name: 'HTTP 500 with an HTML page',
    answer: { status: 500, contentType: 'text/html', body: `<html><body>${LEAKY_TEXT}</body></html>` },
    code: 'SUBGRAPH_ERROR',
    message: 'The bank-sync service answered HTTP 500 Internal Server Error.',
  },
  {
    name: 'HTTP 200 with a body that is not JSON',
    answer: { status: 200, contentType: 'text/plain', body: LEAKY_TEXT },
    code: 'SUBGRAPH_ERROR',
    message: 'A service behind the gateway answered with something other than a GraphQL result.',
  },
  {
    name: 'HTTP 200 with JSON that does not parse',
    answer: { status: 200, contentType: 'application/json', body: `{"data": ${LEAKY_TEXT}` },
    code: 'SUBGRAPH_ERROR',
    message: 'A service behind the gateway answered with something other than a GraphQL result.',
  },
  {
    name: 'a GraphQL error it did not mask',
    answer: jsonAnswer({
      data: null,
      errors: [{ message: LEAKY_TEXT, extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    }),
    code: 'INTERNAL_SERVER_ERROR',
    message: 'Internal server error',
  },
];

function expectNothingInternal(text: string): void {
  expect(text).not.toContain('http://');
  expect(text).not.toContain('127.0.0.1');
  expect(text).not.toContain('10.1.2.3');
  expect(text).not.toContain('SELECT');
  expect(text).not.toContain('bank_sync_service');
}

describe.each(['differential', 'stock'] as const)(
  "a subgraph's failure reaches the client coded, without internals (%s executor)",
  (executor) => {
    let bankSync: Awaited<ReturnType<typeof startFakeSubgraph>>;
    let payment: Awaited<ReturnType<typeof startFakeSubgraph>>;
    let gateway: RunningGateway;

    const ask = async (query: string) => {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await gatewayHeaders(readerCaller)) },
        body: JSON.stringify({ query }),
      });
      const text = await response.text();
      const body = JSON.parse(text) as {
        errors?: { message: string; extensions?: Record<string, unknown> }[];
      };
      return { text, body };
    };

    beforeAll(async () => {
      bankSync = await startFakeSubgraph(jsonAnswer({ data: null }));
      payment = await startFakeSubgraph(jsonAnswer({ data: null }));
      const nobodyListens = `http://127.0.0.1:${await freePort()}/graphql`;
      gateway = await startGateway({
        port: 0,
        executor,
        supergraphSdl: await readFile(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8'),
        subgraphs: { 'bank-sync': bankSync.url, payment: payment.url, workflow: nobodyListens },
        auth: await testGatewayAuth(),
      });
    });
    afterAll(async () => {
      await gateway?.stop();
      for (const fake of [bankSync, payment]) await new Promise((resolve) => fake?.server.close(resolve));
    });

    it.each(bankSyncFailures)('bank-sync answering $name', async (failure) => {
      bankSync.answer = failure.answer;
      const { text, body } = await ask(CUSTOMERS);
      expectNothingInternal(text);
      expect(body.errors?.map(({ message, extensions }) => ({ message, code: extensions?.code }))).toEqual([
        { message: failure.message, code: failure.code },
      ]);
      expect(gateway.executorMismatches).toEqual([]);
    });

    it('an entity fetch to payment answering HTTP 502, beside the data bank-sync gave', async () => {
      bankSync.answer = jsonAnswer({
        data: { customers: { nodes: [{ __typename: 'Customer', cif: 'C1' }] } },
      });
      payment.answer = { status: 502, contentType: 'text/html', body: `<html>${LEAKY_TEXT}</html>` };
      const { text, body } = await ask(CUSTOMER_PAYMENTS);
      expectNothingInternal(text);
      expect(body.errors?.[0]).toMatchObject({
        message: 'The payment service answered HTTP 502 Bad Gateway.',
        extensions: { code: 'SUBGRAPH_ERROR', serviceName: 'payment', status: 502 },
      });
      expect(gateway.executorMismatches).toEqual([]);
    });

    it('workflow refusing the connection', async () => {
      const { text, body } = await ask('{ agents(first: 1) { nodes { name } } }');
      expectNothingInternal(text);
      expect(body.errors?.map(({ message, extensions }) => ({ message, code: extensions?.code }))).toEqual([
        { message: 'the workflow subgraph is unavailable', code: 'SERVICE_UNAVAILABLE' },
      ]);
      expect(gateway.executorMismatches).toEqual([]);
    });
  },
);
