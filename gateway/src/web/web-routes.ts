import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { type PageName, type WebAssets, webAssets } from '@collexis/web';
import { contentSecurityPolicy } from './content-security-policy';
import { ASSETS_PATH, pageHtml } from './pages';

type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

const contentTypes: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Asset names are esbuild's `[name]-[hash].ext`: no folders, nothing to climb out with. */
const ASSET_NAME = /^[\w.-]+-[A-Z0-9]{8}\.[a-z0-9]+$/;

/** A browser navigating to the URL (Accept: text/html), not a GraphQL client; a GET with a query is a client. */
const wantsPage = (req: IncomingMessage, url: URL) =>
  req.method === 'GET' && !url.searchParams.has('query') && (req.headers.accept ?? '').includes('text/html');

const securityHeaders = (page: PageName) => ({
  'content-security-policy': contentSecurityPolicy(page),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
});

async function sendAsset(res: ServerResponse, assets: WebAssets, name: string): Promise<boolean> {
  const type = contentTypes[extname(name)];
  if (!type || !ASSET_NAME.test(name)) return false;
  const path = join(assets.dir, name);
  const file = await stat(path).catch(() => null);
  if (!file?.isFile()) return false;
  res.writeHead(200, {
    'content-type': type,
    'content-length': file.size,
    // The name changes with the content.
    'cache-control': 'public, max-age=31536000, immutable',
    // A worker runs under the policy its script is served with.
    ...securityHeaders(name.startsWith('board-') ? 'board' : 'ide'),
  });
  createReadStream(path)
    .on('error', () => res.destroy())
    .pipe(res);
  return true;
}

/**
 * The gateway's pages in front of its GraphQL handler: GraphiQL on a browser's GET of /graphql, the live
 * payments board on /board, and their bundled assets on /assets/; every other request goes to `graphql`
 * unchanged (so a POST without a JSON content type still meets Apollo's CSRF prevention). The assets are
 * built on the first page request, or at start (`webAssets`).
 */
export function withWebPages(graphql: RequestHandler): RequestHandler {
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const page: PageName | null =
      url.pathname === '/graphql' && wantsPage(req, url)
        ? 'ide'
        : url.pathname === '/board' && req.method === 'GET'
          ? 'board'
          : null;
    const asset = url.pathname.startsWith(ASSETS_PATH) && req.method === 'GET';
    if (!page && !asset) return graphql(req, res);
    let assets: WebAssets;
    try {
      assets = await webAssets();
    } catch (error) {
      console.error(`the web pages could not be built: ${error instanceof Error ? error.message : error}`);
      res
        .writeHead(503, { 'content-type': 'text/plain' })
        .end('The web pages could not be built; see the gateway log.');
      return;
    }
    if (page) {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        ...securityHeaders(page),
      });
      res.end(pageHtml(page, assets));
      return;
    }
    if (!(await sendAsset(res, assets, url.pathname.slice(ASSETS_PATH.length)))) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  };
}
