import { postGraphQL } from '@collexis/platform/http';
import { DisposalStack, gatewayHeaders, subgraphHeaders, viewers } from '@collexis/platform/testing';
import { readSupergraphSdl } from '@collexis/stack';
import {
  type RestartableGateway,
  startRestartableTestGateway,
  startTestStack,
  type TestStack,
} from '@collexis/testkit';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type GatewayOnlyPage, gatewayOnlyPage, launchChromium } from './support/browser';
import { type LoanRef, loansWithCases, paymentInput, RECORD_PAYMENT } from './support/payments';

describe('the live payments board in Chromium', () => {
  const disposal = new DisposalStack();
  let stack: TestStack;
  let gateway: RestartableGateway;
  let browser: Browser;
  let board: GatewayOnlyPage;
  let loan: LoanRef;

  beforeAll(async () => {
    stack = disposal.use(await startTestStack({ demo: { customers: 20 }, consumers: false, gateway: false }));
    gateway = disposal.use(
      await startRestartableTestGateway({
        supergraphSdl: await readSupergraphSdl(),
        subgraphs: stack.subgraphUrls(),
      }),
    );
    browser = await launchChromium();
    disposal.defer(() => browser.close());
    [loan] = (await loansWithCases(stack.sql, 1)) as [LoanRef];
    const token = ((await gatewayHeaders(viewers.supervisor)).authorization ?? '').replace(/^Bearer /, '');
    board = await gatewayOnlyPage(browser, gateway.url);
    await board.page.goto(`${new URL(gateway.url).origin}/board#token=${token}`);
    await board.page.locator('#stream-status[data-state="live"]').waitFor();
  });
  afterAll(() => disposal.dispose());
  afterEach(() => {
    expect(board.foreignRequests).toEqual([]);
    expect(board.policyViolations).toEqual([]);
  });

  /** Records a COMPLETED payment straight at the payment subgraph, so that it is written with no gateway up. */
  async function pay(amount: string): Promise<string> {
    const input = paymentInput(loan, amount);
    const response = await postGraphQL(
      stack.subgraph('payment').url,
      RECORD_PAYMENT,
      { input },
      await subgraphHeaders(viewers.paymentProcessor, 'payment'),
    );
    expect(response.errors).toBeUndefined();
    return input.referenceNumber;
  }

  /** Today's count and amount in the loan's currency, as the board shows them. */
  async function total() {
    const row = board.page.locator(`#totals tr[data-currency="${loan.currency}"]`);
    if ((await row.count()) === 0) return { count: 0, amount: 0 };
    return {
      count: Number(await row.locator('.count').textContent()),
      amount: Number(await row.locator('.amount').textContent()),
    };
  }

  const feedItem = (reference: string) => board.page.locator(`#feed li[data-reference="${reference}"]`);

  it('shows a new payment within a second of its commit, and adds it to the totals', async () => {
    // The stream's first event also pays for the gateway's first entity fetches (connections, credentials,
    // plans); a board runs for hours, so the second one is timed.
    await feedItem(await pay('1.00')).waitFor();
    const before = await total();
    const started = Date.now();
    const reference = await pay('1250.50');
    await feedItem(reference).waitFor();
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect.poll(total).toEqual({ count: before.count + 1, amount: before.amount + 1250.5 });
    await expect.poll(() => feedItem(reference).locator('.agent').textContent()).not.toBe('no agent');
    await board.screenshot('board-live');
  });

  it('shows the interruption when the gateway restarts, then resumes from its cursor with nothing missed or repeated', async () => {
    const before = await total();
    const whileDown: string[] = [];
    await gateway.restart(async () => {
      await board.page.locator('#stream-status[data-state="interrupted"]').waitFor();
      await board.screenshot('board-interrupted');
      for (const amount of ['10.00', '20.00', '30.00']) whileDown.push(await pay(amount));
    });
    await board.page.locator('#stream-status[data-state="live"]').waitFor();
    for (const reference of whileDown) await feedItem(reference).waitFor();
    for (const reference of whileDown) expect(await feedItem(reference).count()).toBe(1);
    const newestFirst = await board.page
      .locator('#feed li')
      .evaluateAll((items) => items.slice(0, 3).map((item) => item.getAttribute('data-reference')));
    expect(newestFirst).toEqual([...whileDown].reverse());
    await expect.poll(total).toEqual({ count: before.count + 3, amount: before.amount + 60 });
    await board.screenshot('board-resumed');
  });
});
