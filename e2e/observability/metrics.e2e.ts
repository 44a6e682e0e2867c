/**
 * Every service answers Prometheus text on /metrics without a token: a query through the gateway moves the
 * gateway's request counter and latency histogram under its operation name, the gateway's subgraph fetch
 * histogram, and the subgraph's own request counter; pools report their connections; open subscriptions and
 * sockets are counted. Labels hold operation names only, never variables, and unvalidated names are not labels.
 */
import { DisposalStack, eventually, gatewayHeaders, subscribe, viewers } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleTotal, sampleValue, scrape } from './support/metrics';

const CUSTOMER = /* GraphQL */ `
  query CustomerForMetrics($cif: String!) { customer(cif: $cif) { cif payments(first: 1) { nodes { amount } } } }
`;
const MARKER = 'METRICSMARKER42';

describe('Prometheus metrics on every service', () => {
  const disposal = new DisposalStack();
  let stack: TestStack;

  beforeAll(async () => {
    stack = disposal.use(await startTestStack());
  });
  afterAll(() => disposal.dispose());

  it('answers /metrics on the gateway and each subgraph without a token, as Prometheus text', async () => {
    for (const url of [stack.gateway().url, ...Object.values(stack.subgraphUrls())]) {
      const response = await fetch(url.replace(/\/graphql$/, '/metrics'));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/plain');
      const text = await response.text();
      expect(text).toContain('# TYPE collexis_graphql_requests_total counter');
      expect(text).toContain('process_resident_memory_bytes');
    }
  });

  it('a query moves its request counter and latency histogram, and the subgraph fetch histogram', async () => {
    const gateway = stack.gateway().url;
    const ok = { operation: 'CustomerForMetrics', outcome: 'ok' };
    const before = await scrape(gateway);
    const bankSyncBefore = await scrape(stack.subgraph('bank-sync').url);

    const response = await stack.query(CUSTOMER, { cif: MARKER }, viewers.supervisor);
    expect(response.errors).toBeUndefined();

    const after = await scrape(gateway);
    const count = (text: string, name: string, labels: Record<string, string> = ok) =>
      sampleValue(text, name, labels) ?? 0;
    expect(
      count(after, 'collexis_graphql_requests_total') - count(before, 'collexis_graphql_requests_total'),
    ).toBe(1);
    expect(
      count(after, 'collexis_graphql_request_duration_seconds_count') -
        count(before, 'collexis_graphql_request_duration_seconds_count'),
    ).toBe(1);
    expect(
      count(after, 'collexis_graphql_request_duration_seconds_bucket', { ...ok, le: '+Inf' }),
    ).toBeGreaterThan(0);
    const fetches = { subgraph: 'bank-sync', outcome: 'ok' };
    expect(
      count(after, 'collexis_gateway_subgraph_fetch_duration_seconds_count', fetches) -
        count(before, 'collexis_gateway_subgraph_fetch_duration_seconds_count', fetches),
    ).toBeGreaterThanOrEqual(1);
    // The subgraph counts the fetch it served, under the name of the operation the gateway sent it (summed over
    // operations: workflow's sync-event consumer asks bank-sync too).
    const bankSyncAfter = await scrape(stack.subgraph('bank-sync').url);
    const served = (text: string) => sampleTotal(text, 'collexis_graphql_requests_total', { outcome: 'ok' });
    expect(served(bankSyncAfter)).toBeGreaterThan(served(bankSyncBefore));
    expect(after).not.toContain(MARKER);
    expect(bankSyncAfter).not.toContain(MARKER);
  });

  it('counts refused requests without the name their invalid document gave', async () => {
    const gateway = stack.gateway().url;
    const refused = { operation: 'unknown', outcome: 'refused' };
    const before = sampleValue(await scrape(gateway), 'collexis_graphql_requests_total', refused) ?? 0;

    const response = await stack.query('query InvalidNamedOperation { noSuchField }');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const after = await scrape(gateway);
    expect(sampleValue(after, 'collexis_graphql_requests_total', refused)).toBe(before + 1);
    expect(after).not.toContain('InvalidNamedOperation');
  });

  it('reports each pool of a subgraph: connections in use and idle, requests waiting', async () => {
    const text = await scrape(stack.subgraph('payment').url);
    // How many connections are idle depends on what ran in the last 10 s (pg's idle timeout): present is what
    // holds on a loaded machine too.
    for (const pool of ['payment', 'payment-live', 'payment-lookups', 'payment-writes']) {
      expect(sampleValue(text, 'collexis_db_pool_connections_in_use', { pool })).toBeGreaterThanOrEqual(0);
      expect(sampleValue(text, 'collexis_db_pool_connections_idle', { pool })).toBeGreaterThanOrEqual(0);
      expect(sampleValue(text, 'collexis_db_pool_waiting_requests', { pool })).toBe(0);
    }
  });

  it('counts open subscriptions and sockets while they are open', async () => {
    const gateway = stack.gateway().url;
    const active = async () => {
      const text = await scrape(gateway);
      return [
        sampleValue(text, 'collexis_gateway_subscriptions_active'),
        sampleValue(text, 'collexis_gateway_websocket_connections_active'),
      ].join(' ');
    };
    const subscription = subscribe(gateway, 'subscription { paymentEvents { sequence } }', {}, () =>
      gatewayHeaders(viewers.supervisor),
    );
    disposal.defer(() => subscription.close());
    await subscription.connected;
    await eventually(async () => (await active()) === '1 1', 'the subscription and its socket are counted');
    await subscription.close();
    await eventually(async () => (await active()) === '0 0', 'the closed subscription is no longer counted');
  });
});
