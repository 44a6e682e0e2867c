/**
 * With tracing on, one request through the gateway is one trace: the gateway's server span, a client span per
 * subgraph fetch, the subgraph's server span as its child (W3C trace context), and a span per SQL statement
 * under it. Spans are recorded in memory, in this process; tracing starts before the stack loads `pg`, which is
 * why the stack is imported after it.
 */
import { type RecordedSpans, recordSpans } from '@collexis/platform/observability';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CUSTOMER_360 = /* GraphQL */ `
  query TracedCustomer($cif: String!) { customer(cif: $cif) { cif payments(first: 1) { nodes { amount } } } }
`;

type Stack = Awaited<ReturnType<typeof import('@collexis/testkit')['startTestStack']>>;

describe('one trace per request, gateway to SQL', () => {
  let tracing: RecordedSpans;
  let stack: Stack;

  beforeAll(async () => {
    tracing = await recordSpans();
    const { startTestStack } = await import('@collexis/testkit');
    stack = await startTestStack({ consumers: false });
    const { viewers } = await import('@collexis/platform/testing');
    const pushed = await stack.query(
      'mutation Push($input: PushSyncBatchInput!) { pushSyncBatch(input: $input) { run { status } } }',
      {
        input: {
          sourceSystem: 'T24',
          entityType: 'CUSTOMERS',
          records: [
            { cif: 'TRACE000001', type: 'INDIVIDUAL', name: 'Traced', segment: 'RETAIL', status: 'ACTIVE' },
          ],
        },
      },
      viewers.coreSystem,
    );
    expect(pushed.errors).toBeUndefined();
  });
  afterAll(async () => {
    await stack?.stop();
    await tracing?.shutdown();
  });

  it('links the gateway, each subgraph it fetched from, and their SQL statements in one trace', async () => {
    const { viewers } = await import('@collexis/platform/testing');
    const response = await stack.query(CUSTOMER_360, { cif: 'TRACE000001' }, viewers.supervisor);
    expect(response.errors).toBeUndefined();

    const spans = tracing.spans();
    const gatewaySpan = spans.find(
      (span) =>
        span.attributes['collexis.service'] === 'gateway' &&
        span.attributes['graphql.operation.name'] === 'TracedCustomer',
    );
    if (!gatewaySpan) throw new Error('no gateway span for the operation');
    const { traceId } = gatewaySpan.spanContext();
    const inTrace = spans.filter((span) => span.spanContext().traceId === traceId);
    const byId = new Map(inTrace.map((span) => [span.spanContext().spanId, span]));
    const parentOf = (span: ReadableSpan) => byId.get(span.parentSpanContext?.spanId ?? '');

    const fetches = inTrace.filter((span) => span.attributes['collexis.subgraph'] !== undefined);
    expect(new Set(fetches.map((span) => span.attributes['collexis.subgraph']))).toEqual(
      new Set(['bank-sync', 'payment']),
    );
    for (const fetch of fetches) expect(parentOf(fetch)).toBe(gatewaySpan);

    const subgraphSpans = inTrace.filter(
      (span) => span.attributes['collexis.service'] && span.attributes['collexis.service'] !== 'gateway',
    );
    expect(new Set(subgraphSpans.map((span) => span.attributes['collexis.service']))).toEqual(
      new Set(['bank-sync', 'payment']),
    );
    for (const span of subgraphSpans) expect(fetches).toContain(parentOf(span));

    const statements = inTrace.filter((span) => span.name.startsWith('pg.query'));
    expect(statements.length).toBeGreaterThanOrEqual(2);
    for (const statement of statements) {
      // A statement's span hangs under the subgraph request that ran it (through pg's pool spans, if any).
      let ancestor = parentOf(statement);
      while (ancestor && !subgraphSpans.includes(ancestor)) ancestor = parentOf(ancestor);
      expect(ancestor).toBeDefined();
    }
  });

  it("continues the caller's trace when its request carries a W3C traceparent", async () => {
    const { viewers } = await import('@collexis/platform/testing');
    const { postGraphQL } = await import('@collexis/platform/http');
    const callerTrace = '4bf92f3577b34da6a3ce929d0e0e4736';
    const headers = await stack.headersOf(viewers.supervisor);
    await postGraphQL(stack.gateway().url, '{ paymentEventsHead }', undefined, {
      ...headers,
      traceparent: `00-${callerTrace}-00f067aa0ba902b7-01`,
    });

    const inTrace = tracing.spans().filter((span) => span.spanContext().traceId === callerTrace);
    expect(inTrace.map((span) => span.attributes['collexis.service']).filter(Boolean)).toEqual(
      expect.arrayContaining(['gateway', 'payment']),
    );
  });
});
