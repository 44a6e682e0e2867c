/**
 * collectionsAtHead through the gateway: each grouping answers what collectionsSummary would (checked against
 * SQL the test computes itself), with the cursor of the newest payment event it counts; a payment recorded
 * afterwards moves both together. Bad groupings and periods are coded errors.
 */
import { DisposalStack, viewers } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loansWithCases, paymentInput, RECORD_PAYMENT } from '../support/payments';
import { type CollectionsRow, expectedCollections } from './support/expected';

const AT_HEAD_QUERY = /* GraphQL */ `query AtHead($from: DateTime!, $to: DateTime!, $groupBy: [CollectionsGroupBy!]!) {
  collectionsAtHead(from: $from, to: $to, groupBy: $groupBy) {
    cursor
    summaries { groupBy groups { key currency count amount } }
  }
}`;

interface AtHead {
  cursor: string;
  summaries: { groupBy: string; groups: CollectionsRow[] }[];
}

describe('collectionsAtHead through the gateway', () => {
  const disposal = new DisposalStack();
  let stack: TestStack;
  /** The year up to tomorrow, which the demo payments and a payment recorded now both fall in. */
  let year: { from: string; to: string };

  const atHead = (variables: Record<string, unknown>) =>
    stack.query<{ collectionsAtHead: AtHead }>(AT_HEAD_QUERY, variables, viewers.supervisor);

  async function expected() {
    const { rows } = await stack.sql.query<{ head: string }>(
      'select coalesce(max(sequence), 0)::text as head from payment_service.payment_events',
    );
    return {
      cursor: rows[0]?.head,
      summaries: [
        { groupBy: 'METHOD', groups: await expectedCollections(stack.sql, 'payment_method', year, false) },
        {
          groupBy: 'DAY',
          groups: await expectedCollections(stack.sql, `to_char(payment_date, 'YYYY-MM-DD')`, year, false),
        },
      ],
    };
  }

  beforeAll(async () => {
    stack = disposal.use(await startTestStack({ demo: { customers: 100 } }));
    const now = Date.now();
    year = {
      from: new Date(now - 365 * 86_400_000).toISOString(),
      to: new Date(now + 86_400_000).toISOString(),
    };
  });
  afterAll(() => disposal.dispose());

  it('answers each grouping in the order asked, with the newest event it counts, and moves with a payment', async () => {
    const first = await atHead({ ...year, groupBy: ['METHOD', 'DAY'] });
    expect(first.errors).toBeUndefined();
    expect(first.data?.collectionsAtHead).toEqual(await expected());

    const [loan] = await loansWithCases(stack.sql, 1);
    if (!loan) throw new Error('the demo data has no loan with a case');
    const paid = await stack.query(
      RECORD_PAYMENT,
      { input: paymentInput(loan, '45.67') },
      viewers.paymentProcessor,
    );
    expect(paid.errors).toBeUndefined();

    const second = await atHead({ ...year, groupBy: ['METHOD', 'DAY'] });
    expect(second.data?.collectionsAtHead).toEqual(await expected());
    expect(BigInt(second.data?.collectionsAtHead.cursor ?? 0)).toBeGreaterThan(
      BigInt(first.data?.collectionsAtHead.cursor ?? 0),
    );
  });

  it('bad groupings are BAD_USER_INPUT naming groupBy; bad periods name to', async () => {
    for (const groupBy of [[], ['METHOD', 'METHOD']]) {
      const response = await atHead({ ...year, groupBy });
      expect(response.data, JSON.stringify(groupBy)).toBeNull();
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupBy' });
    }
    const response = await atHead({ ...year, groupBy: ['DAY', 'HOUR'] });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});
