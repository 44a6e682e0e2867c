import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium, which `.ci/run` installs. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where the browser tests save their screenshots (gitignored). */
export const SCREENSHOTS_DIR = fileURLToPath(new URL('../screenshots/', import.meta.url));

export function launchChromium(): Promise<Browser> {
  // The tests run as root in CI, where Chromium's sandbox cannot start.
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

/** A page of a fresh browser context that may reach only the gateway; what else it tried is recorded. */
export interface GatewayOnlyPage {
  page: Page;
  context: BrowserContext;
  /** Requests (and WebSockets) to another origin, aborted. */
  foreignRequests: string[];
  /** Console messages about a Content-Security-Policy violation. */
  policyViolations: string[];
  screenshot(name: string): Promise<void>;
}

/**
 * Every request to a host other than the gateway's is aborted and recorded (the page must work from the
 * gateway alone: no CDN), and so is any Content-Security-Policy violation the page reports.
 */
export async function gatewayOnlyPage(browser: Browser, gatewayUrl: string): Promise<GatewayOnlyPage> {
  const origin = new URL(gatewayUrl).origin;
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const foreignRequests: string[] = [];
  const policyViolations: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('websocket', (socket) => {
    if (new URL(socket.url()).host !== new URL(origin).host) foreignRequests.push(socket.url());
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) policyViolations.push(message.text().slice(0, 300));
  });
  return {
    page,
    context,
    foreignRequests,
    policyViolations,
    screenshot: async (name) => {
      await mkdir(SCREENSHOTS_DIR, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`) });
    },
  };
}
