import { fetchEvents, syncEvents } from '@collexis/events/consume';
import { viewers } from '@collexis/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BankSyncHarness, startBankSync } from './support/harness';

const PUSH = /* GraphQL */ `
  mutation Push($input: PushSyncBatchInput!) {
    pushSyncBatch(input: $input) { run { status errors { nodes { field reason } } } }
  }
`;

const loan = (dpd: number, bucket: string) => ({
  account_number: 'SRC-LN-1',
  cif: 'SRC-CIF-1',
  product_type: 'AUTO_LOAN',
  original_amount: '1000.00',
  currency: 'VND',
  disbursement_date: '2024-03-01',
  maturity_date: '2029-03-01',
  interest_rate: '9.7500',
  term: 60,
  payment_frequency: 'MONTHLY',
  next_payment_date: '2026-03-01',
  outstanding: '900.00',
  remaining_amount: '950.00',
  due_amount: '10.00',
  dpd,
  delinquency_status: bucket,
  status: 'OPEN',
});

describe('the syncEvents source: what a consumer of sync events reads over HTTP', () => {
  let bankSync: BankSyncHarness;
  const push = async (entityType: string, record: Record<string, unknown>) => {
    const input = { sourceSystem: 'T24', entityType, records: [record] };
    const response = await bankSync.query(PUSH, { input }, viewers.coreSystem);
    expect(response).toMatchObject({ data: { pushSyncBatch: { run: { status: 'SUCCEEDED' } } } });
  };

  beforeAll(async () => {
    bankSync = await startBankSync();
    await push('CUSTOMERS', {
      cif: 'SRC-CIF-1',
      type: 'INDIVIDUAL',
      name: 'Source',
      segment: 'RETAIL',
      status: 'ACTIVE',
    });
    await push('LOANS', loan(10, 'BUCKET_1'));
    await push('LOANS', loan(45, 'BUCKET_2'));
  });
  afterAll(() => bankSync?.stop());

  it('pages the events after a cursor as SYSTEM, each parsed with its loan changes', async () => {
    const headers = () => bankSync.headersOf(viewers.coreSystem);
    const page = await fetchEvents(syncEvents, bankSync.url, { after: '2', first: 10 }, { headers });

    expect(page.hasNextPage).toBe(false);
    expect(page.events.map((event) => [event.sequence, event.type, event.entityType])).toEqual([
      ['3', 'ENTITY_UPDATED', 'LOANS'],
      ['4', 'SYNC_COMPLETED', null],
      ['5', 'ENTITY_UPDATED', 'LOANS'],
      ['6', 'SYNC_COMPLETED', null],
    ]);
    expect(page.events[2]?.loanChanges).toEqual([
      {
        accountNumber: 'SRC-LN-1',
        cif: 'SRC-CIF-1',
        status: 'OPEN',
        previousStatus: 'OPEN',
        delinquencyStatus: 'BUCKET_2',
        previousDelinquencyStatus: 'BUCKET_1',
      },
    ]);
  });
});
