import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { postGraphQL } from '@collexis/platform/http';
import { gatewayHeaders, readerCaller, testKeys } from '@collexis/platform/testing';
import { identityEnv, type ServiceProcess, startServiceProcess, stopProcesses } from '@collexis/stack';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileRequests, sendRaw } from './support/hostile-requests';

const NORMAL = /* GraphQL */ `{ customers(first: 5) { nodes { cif name loans { accountNumber dpd } } } }`;
const MEGABYTE = 1024 * 1024;

/** The process's resident set (VmRSS in /proc/<pid>/status), in bytes. */
async function residentBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kilobytes = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  if (kilobytes === undefined) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(kilobytes) * 1024;
}

describe('a gateway process keeps its memory through the hostile requests', () => {
  let stack: TestStack;
  let gateway: ServiceProcess;

  beforeAll(async () => {
    stack = await startTestStack({ demo: { customers: 10 }, consumers: false });
    const urls = stack.subgraphUrls();
    gateway = await startServiceProcess(
      'gateway',
      fileURLToPath(new URL('../gateway/src/main.ts', import.meta.url)),
      {
        PORT: '0',
        LOG_LEVEL: 'warn',
        GATEWAY_EXECUTOR: 'differential',
        SUPERGRAPH: 'schema/supergraph.graphql',
        ...identityEnv(await testKeys()).gateway,
        SUBGRAPH_URL_BANK_SYNC: urls['bank-sync'],
        SUBGRAPH_URL_PAYMENT: urls.payment,
        SUBGRAPH_URL_WORKFLOW: urls.workflow,
      },
    );
  });
  afterAll(async () => {
    if (gateway) await stopProcesses([gateway]);
    await stack?.stop();
  });

  it('ends the table within 50 MB of where it started, answering a normal client throughout', async () => {
    const pid = gateway.child.pid;
    if (pid === undefined) throw new Error('the gateway process has no pid');
    const reader = await gatewayHeaders(readerCaller);
    const warm = await postGraphQL(gateway.url, NORMAL, {}, reader);
    expect(warm.errors).toBeUndefined();
    const before = await residentBytes(pid);
    for (const hostile of hostileRequests) {
      const [refusal, normal] = await Promise.all([
        sendRaw(gateway.url, hostile.body(), reader),
        postGraphQL<{ customers: { nodes: unknown[] } }>(gateway.url, NORMAL, {}, reader),
      ]);
      expect(refusal.status, hostile.name).toBe(hostile.status);
      expect(refusal.body.errors?.[0]?.extensions?.code, hostile.name).toBe(hostile.code);
      expect(normal.data?.customers.nodes, hostile.name).toHaveLength(5);
    }
    const after = await residentBytes(pid);
    console.log(
      `gateway RSS ${(before / MEGABYTE).toFixed(1)} MB before the table, ${(after / MEGABYTE).toFixed(1)} MB after`,
    );
    expect(after - before).toBeLessThan(50 * MEGABYTE);
  });
});
