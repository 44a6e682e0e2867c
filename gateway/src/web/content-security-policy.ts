import type { PageName } from '@collexis/web';

/**
 * Everything a page may load comes from the gateway's own origin ('self', which covers its ws:// and
 * wss:// too): scripts, workers, styles, fonts, images and connections. No CDN, no other host, no inline
 * script, no eval, no frames.
 */
const ownOriginOnly = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'worker-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const;

type Directives = { [Directive in keyof typeof ownOriginOnly]: readonly string[] };

/**
 * GraphiQL's editor (Monaco) creates `<style>` elements at run time for its theme and writes `style="..."`
 * attributes into the HTML of each rendered line; CSP cannot allow those by nonce, so the IDE needs inline
 * styles (decision 0023). GraphiQL's stylesheet also carries its fonts and icons inline, as `data:` URLs.
 * None of these lets the page reach another origin, and scripts stay 'self' only.
 */
const byPage: Record<PageName, Directives> = {
  ide: {
    ...ownOriginOnly,
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
  },
  board: ownOriginOnly,
};

/** The Content-Security-Policy header of a page (and of the assets it loads, which workers inherit). */
export function contentSecurityPolicy(page: PageName): string {
  return Object.entries(byPage[page])
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}
