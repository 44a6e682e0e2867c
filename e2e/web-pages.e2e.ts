import type { RunningGateway } from '@collexis/gateway';
import { gatewayHeaders, viewers } from '@collexis/platform/testing';
import { readSupergraphSdl } from '@collexis/stack';
import { startTestGateway } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const asBrowser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('the gateway serves its pages beside /graphql, and GraphQL clients as before', () => {
  let gateway: RunningGateway;
  let origin: string;

  beforeAll(async () => {
    // The pages need no subgraph: the gateway is started over the supergraph's URLs, never called.
    gateway = await startTestGateway({ supergraphSdl: await readSupergraphSdl() });
    origin = new URL(gateway.url).origin;
  });
  afterAll(() => gateway?.stop());

  it("serves GraphiQL to a browser's GET of /graphql, with a same-origin CSP on the page and its assets", async () => {
    const page = await fetch(gateway.url, { headers: asBrowser });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("connect-src 'self';");
    expect(policy).not.toMatch(/https?:|\*/);
    const html = await page.text();
    const script = /src="(\/assets\/ide-[A-Z0-9]{8}\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect(html).not.toMatch(/https?:\/\//);
    const asset = await fetch(`${origin}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-security-policy')).toBe(policy);
  });

  it('serves the board on /board under a CSP without inline styles', async () => {
    const page = await fetch(`${origin}/board`, { headers: asBrowser });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(await page.text()).toMatch(/src="\/assets\/board-[A-Z0-9]{8}\.js"/);
  });

  it('keeps CSRF prevention for a POST that is not JSON, and answers a non-browser GET as GraphQL', async () => {
    const headers = await gatewayHeaders(viewers.analyst);
    const simple = await fetch(gateway.url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'text/plain' },
      body: '{"query":"{ __typename }"}',
    });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toContain('Cross-Site Request Forgery');
    const client = await fetch(gateway.url, { headers: { ...headers, accept: 'application/json' } });
    expect(client.headers.get('content-type')).not.toMatch(/^text\/html/);
  });

  it('serves only the built assets', async () => {
    for (const path of [
      '/assets/../package.json',
      '/assets/%2e%2e%2fpackage.json',
      '/assets/ide-AAAAAAAA.js',
    ]) {
      expect((await fetch(`${origin}${path}`)).status).toBe(404);
    }
  });
});
