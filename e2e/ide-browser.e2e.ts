import { eventually, gatewayHeaders, viewers } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type GatewayOnlyPage, gatewayOnlyPage, launchChromium } from './support/browser';
import { loansWithCases, paymentInput, RECORD_PAYMENT } from './support/payments';

/** The bare token of a caller, as an analyst pastes it. */
const tokenOf = async (caller: (typeof viewers)[keyof typeof viewers]) =>
  ((await gatewayHeaders(caller)).authorization ?? '').replace(/^Bearer /, '');

describe("the analysts' IDE (GraphiQL served by the gateway) in Chromium", () => {
  let stack: TestStack;
  let browser: Browser;
  let ide: GatewayOnlyPage;

  beforeAll(async () => {
    stack = await startTestStack({ demo: { customers: 20 }, consumers: false });
    browser = await launchChromium();
    ide = await gatewayOnlyPage(browser, stack.gateway().url);
    await ide.page.goto(`${stack.gateway().url}#token=${await tokenOf(viewers.analyst)}`);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  afterEach(() => {
    expect(ide.foreignRequests).toEqual([]);
    expect(ide.policyViolations).toEqual([]);
  });

  it('opens the example operations as tabs and runs Customer 360', async () => {
    const { page } = ide;
    for (const tab of [
      'Customer360',
      'DelinquentLoans',
      'PortfolioAtRisk',
      'TeamPortfolio',
      'AgentWorklist',
      'LivePayments',
    ]) {
      await page.getByRole('tab', { name: tab }).waitFor();
    }
    await page.getByRole('button', { name: /history/i }).waitFor();
    await page.getByRole('button', { name: /GraphiQL Explorer/i }).waitFor();
    await page.getByRole('tab', { name: 'Customer360' }).click();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.result-window').getByText('"CIF00000001"').waitFor();
    await ide.screenshot('ide-customer-360');
  });

  it('says how to get a token when it has none', async () => {
    const signedOut = await gatewayOnlyPage(browser, stack.gateway().url);
    await signedOut.page.goto(stack.gateway().url);
    await signedOut.page.getByRole('note').getByText('run --silent token --role ANALYST').waitFor();
    expect(signedOut.foreignRequests).toEqual([]);
    await signedOut.context.close();
  });

  it('shows the documentation of Customer', async () => {
    const { page } = ide;
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    const search = page.locator('.graphiql-doc-explorer-search input');
    await search.fill('Customer');
    await page
      .locator('.graphiql-doc-explorer-search [role="option"]', { hasText: /^Customer$/ })
      .first()
      .click();
    await page.locator('.graphiql-doc-explorer-title', { hasText: /^Customer$/ }).waitFor();
    await page
      .locator('.graphiql-doc-explorer-content')
      .getByText('loans', { exact: true })
      .first()
      .waitFor();
    await ide.screenshot('ide-docs-customer');
  });

  it('streams a payment recorded while the live payments subscription runs', async () => {
    const { page } = ide;
    const [loan] = await loansWithCases(stack.sql, 1);
    if (!loan) throw new Error('the demo data has no loan with a case');
    await page.getByRole('tab', { name: 'LivePayments' }).click();
    await page.locator('.graphiql-execute-button').click();
    await eventually(() => stack.gateway().subscriptions.stats().subscribers === 1, 'the IDE subscribed');
    const input = paymentInput(loan, '321.00');
    const recorded = await stack.query(RECORD_PAYMENT, { input }, viewers.paymentProcessor);
    expect(recorded.errors).toBeUndefined();
    await page.locator('.result-window').getByText(`"${input.referenceNumber}"`).waitFor();
    await ide.screenshot('ide-live-payments');
  });
});
