/**
 * Every service logs JSON lines: one access line per request (request id, trace id, operation name, duration,
 * outcome, caller id), with the request id a client sends (or one made up) echoed back and carried to every
 * subgraph; and errors, a database error included, are logged without SQL parameters or personal data: after a
 * set of requests full of a customer's national id, phone and name, none of them is in any log line.
 */
import { postGraphQL } from '@collexis/platform/http';
import { type Caller, DisposalStack, viewers } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLogs } from './support/log-capture';

const NATIONAL_ID = '079301234567';
const PHONE = '0912345678';
const NAME = 'Tran Thi Redactme';
const PERSONAL = [NATIONAL_ID, PHONE, NAME, 'Redactme'];

const PUSH = /* GraphQL */ `
  mutation PushForLogs($input: PushSyncBatchInput!) {
    pushSyncBatch(input: $input) { run { status errors { nodes { field code } } } }
  }
`;
const CUSTOMER = /* GraphQL */ `
  query CustomerForLogs($cif: String!) { customer(cif: $cif) { cif payments(first: 1) { nodes { amount } } } }
`;
const customer = (cif: string) => ({
  cif,
  type: 'INDIVIDUAL',
  name: NAME,
  segment: 'RETAIL',
  status: 'ACTIVE',
  national_id: NATIONAL_ID,
});

const asCore = { caller: viewers.coreSystem };

describe('structured logs', () => {
  const disposal = new DisposalStack();
  const logs = captureLogs('debug');
  let stack: TestStack;

  const accessLines = (requestId: string) =>
    logs.lines().filter((line) => line.msg === 'request' && line.requestId === requestId);
  const send = async (
    query: string,
    variables: Record<string, unknown>,
    { requestId, caller = viewers.supervisor }: { requestId?: string; caller?: Caller } = {},
  ) => {
    const headers = await stack.headersOf(caller);
    const response = await fetch(stack.gateway().url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...headers,
        ...(requestId ? { 'x-request-id': requestId } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { requestId: response.headers.get('x-request-id'), body: await response.json() };
  };

  beforeAll(async () => {
    stack = disposal.use(await startTestStack({ consumers: false, loggerFor: logs.loggerFor }));
  });
  afterAll(() => disposal.dispose());

  it("echoes the client's request id and logs it on the gateway's and each subgraph's access line", async () => {
    const { requestId } = await send(CUSTOMER, { cif: 'LOGS000001' }, { requestId: 'req-logs-0001' });
    expect(requestId).toBe('req-logs-0001');

    const lines = accessLines('req-logs-0001');
    // The customer does not exist: bank-sync is asked, and nothing follows from payment.
    expect(new Set(lines.map((line) => line.service))).toEqual(new Set(['gateway', 'bank-sync']));
    expect(lines.find((line) => line.service === 'gateway')).toMatchObject({
      operation: 'CustomerForLogs',
      outcome: 'ok',
      status: 200,
      durationMs: expect.any(Number),
      callerId: viewers.supervisor.id,
    });
    for (const line of lines) expect(Object.keys(line)).not.toContain('variables');
  });

  it('makes up a request id when the client sends none or one that is not sane', async () => {
    const made = await send(CUSTOMER, { cif: 'LOGS000002' });
    const replaced = await send(CUSTOMER, { cif: 'LOGS000003' }, { requestId: 'not "sane" at all' });

    for (const { requestId } of [made, replaced]) {
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(accessLines(requestId ?? '').length).toBeGreaterThanOrEqual(2);
    }
  });

  it('logs a database error without its parameters, and no log line holds personal data', async () => {
    // A rule the database enforces and the input checks do not know: the insert fails in PostgreSQL, whose
    // error (and drizzle's wrapper of it) names the row and the statement's parameters.
    await stack.sql.query(
      `ALTER TABLE bank_sync_service.customers ADD CONSTRAINT logs_test_refused CHECK (national_id <> '${NATIONAL_ID}')`,
    );
    disposal.defer(() =>
      stack.sql.query('ALTER TABLE bank_sync_service.customers DROP CONSTRAINT logs_test_refused'),
    );
    await send(
      PUSH,
      {
        input: { sourceSystem: 'T24', entityType: 'CUSTOMERS', records: [customer('LOG000001')] },
      },
      asCore,
    );
    // Failing writes: a rejected record, a phone for no customer, and input the schema refuses.
    await send(
      PUSH,
      {
        input: {
          sourceSystem: 'T24',
          entityType: 'CUSTOMERS',
          records: [{ ...customer('LOG000002'), segment: null }],
        },
      },
      asCore,
    );
    await send(
      PUSH,
      {
        input: {
          sourceSystem: 'T24',
          entityType: 'PHONES',
          records: [{ cif: 'LOG000003', type: 'MOBILE', number: PHONE, is_primary: true, owner_name: NAME }],
        },
      },
      asCore,
    );
    await send(
      PUSH,
      {
        input: { sourceSystem: 'T24', entityType: 'NO_SUCH_TYPE', records: [customer('LOG000004')] },
      },
      asCore,
    );
    await send(CUSTOMER, { cif: NATIONAL_ID });
    await postGraphQL(stack.subgraph('bank-sync').url, CUSTOMER, { cif: NAME });

    const failed = logs.lines().find((line) => {
      const err = line.err as { code?: string; cause?: { code?: string } } | undefined;
      return err?.code === '23514' || err?.cause?.code === '23514';
    });
    expect(failed, 'the database error is logged').toBeDefined();
    const text = logs.raw.join('');
    for (const value of PERSONAL) expect(text).not.toContain(value);
  });

  it('wrote every line as one JSON object with its time, level, service and message', () => {
    expect(logs.raw.length).toBeGreaterThan(0);
    for (const line of logs.lines()) {
      expect(line).toMatchObject({
        time: expect.any(String),
        level: expect.any(String),
        msg: expect.any(String),
      });
      expect(['gateway', 'bank-sync', 'payment', 'workflow']).toContain(line.service);
    }
  });
});
