import type { PageName, WebAssets } from '@collexis/web';

/** Where the gateway serves the built assets. */
export const ASSETS_PATH = '/assets/';

const titles: Record<PageName, string> = {
  ide: 'Collexis graph: GraphiQL',
  board: 'Collexis graph: live payments',
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** The HTML of a page: its bundled stylesheet and script from the gateway, nothing inline. */
export function pageHtml(page: PageName, assets: WebAssets): string {
  const { script, stylesheet } = assets.pages[page];
  const workers = Object.fromEntries(
    Object.entries(assets.workers).map(([name, file]) => [name, `${ASSETS_PATH}${file}`]),
  );
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(titles[page])}</title>`,
    stylesheet ? `<link rel="stylesheet" href="${ASSETS_PATH}${stylesheet}">` : '',
    `<script type="module" src="${ASSETS_PATH}${script}"></script>`,
    '</head>',
    '<body>',
    page === 'ide'
      ? `<div id="root" data-workers="${escapeHtml(JSON.stringify(workers))}"></div>`
      : '<div id="root"></div>',
    '</body>',
    '</html>',
  ].join('\n');
}
