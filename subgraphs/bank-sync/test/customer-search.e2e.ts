import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customers } from '../src/db';
import { type BankSyncHarness, startBankSync } from './support/harness';
import { readAllPages } from './support/pages';
import { insertPortfolio, type Portfolio } from './support/portfolio';

const CUSTOMERS = /* GraphQL */ `
  query Customers($filter: CustomerFilter, $first: Int, $after: String) {
    customers(filter: $filter, first: $first, after: $after) {
      edges { cursor node { cif } }
      nodes { cif }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

describe('customer search', () => {
  let bankSync: BankSyncHarness;
  let portfolio: Portfolio;

  const search = async (filter: Record<string, unknown>) => {
    const response = await bankSync.query<{ customers: { nodes: { cif: string }[] } }>(CUSTOMERS, {
      filter,
      first: 100,
    });
    expect(response.errors).toBeUndefined();
    return response.data?.customers.nodes.map((node) => node.cif);
  };
  const cifsWhere = (keep: (customer: Portfolio['customers'][number]) => boolean) =>
    portfolio.customers.filter(keep).map((customer) => customer.cif);

  beforeAll(async () => {
    bankSync = await startBankSync();
    portfolio = await insertPortfolio(bankSync.db, 45);
    await bankSync.db.insert(customers).values([
      {
        cif: 'CIF900001',
        type: 'INDIVIDUAL',
        name: 'Tran 100%_Real',
        segment: 'RETAIL',
        status: 'ACTIVE',
        sourceSystem: 'CRM',
        createdBy: 'crm',
        updatedBy: 'crm',
      },
      {
        cif: null,
        type: 'INDIVIDUAL',
        name: 'Customer Number without CIF',
        segment: 'RETAIL',
        status: 'ACTIVE',
        sourceSystem: 'OTHER',
        createdBy: 'other',
        updatedBy: 'other',
      },
    ]);
  });
  afterAll(() => bankSync?.stop());

  it('pages through every customer with a CIF, ordered by CIF, without duplicates or gaps', async () => {
    const { nodes, pages } = await readAllPages<{ cif: string }>(bankSync, 'customers', CUSTOMERS, {
      first: 10,
    });

    expect(pages).toBe(5);
    expect(nodes.map((node) => node.cif)).toEqual([...cifsWhere(() => true), 'CIF900001']);
  });

  it('pages by 20 customers when first is omitted', async () => {
    const response = await bankSync.query<{
      customers: { nodes: unknown[]; pageInfo: { hasNextPage: boolean } };
    }>(CUSTOMERS);

    expect(response.data?.customers.nodes).toHaveLength(20);
    expect(response.data?.customers.pageInfo.hasNextPage).toBe(true);
  });

  it('finds customers by part of an individual or company name, ignoring case', async () => {
    expect(await search({ name: 'number 1' })).toEqual(
      cifsWhere((c) => c.name?.startsWith('Customer Number 1') ?? false),
    );
    expect(await search({ name: 'TRADING' })).toEqual(cifsWhere((c) => c.type === 'ORGANIZATION'));
    expect(await search({ name: '4 trading' })).toEqual(
      cifsWhere((c) => c.companyName?.includes('4 Trading') ?? false),
    );
  });

  it('leaves out customers without a CIF, which no query could address', async () => {
    expect(await search({ name: 'without CIF' })).toEqual([]);
  });

  it('reads % and _ in a name literally', async () => {
    expect(await search({ name: '100%_' })).toEqual(['CIF900001']);
    expect(await search({ name: '%' })).toEqual(['CIF900001']);
  });

  it('filters by exact CIF, national ID, registration number, segment, status and type, combined', async () => {
    expect(await search({ cif: 'CIF000007' })).toEqual(['CIF000007']);
    expect(await search({ cif: 'CIF00000' })).toEqual([]);
    expect(await search({ nationalId: '079085000013' })).toEqual(['CIF000013']);
    expect(await search({ registrationNumber: '0301000012' })).toEqual(['CIF000012']);
    expect(await search({ segment: 'SME' })).toEqual(cifsWhere((c) => c.segment === 'SME'));
    expect(await search({ status: 'INACTIVE' })).toEqual(cifsWhere((c) => c.status === 'INACTIVE'));
    expect(await search({ type: 'ORGANIZATION', status: 'ACTIVE', segment: 'RETAIL' })).toEqual(
      cifsWhere((c) => c.type === 'ORGANIZATION' && c.status === 'ACTIVE' && c.segment === 'RETAIL'),
    );
  });

  it('filters by the system the customer came from (findBySourceSystem)', async () => {
    expect(await search({ sourceSystem: 'CRM' })).toEqual(['CIF900001']);
    expect(await search({ sourceSystem: 'W4' })).toEqual([]);
    expect(await search({ sourceSystem: 'T24', segment: 'SME' })).toEqual(
      cifsWhere((c) => c.segment === 'SME'),
    );
  });

  it('continues a filtered search from its cursor', async () => {
    const { nodes } = await readAllPages<{ cif: string }>(bankSync, 'customers', CUSTOMERS, {
      filter: { status: 'ACTIVE' },
      first: 7,
    });

    expect(nodes.map((node) => node.cif)).toEqual([...cifsWhere((c) => c.status === 'ACTIVE'), 'CIF900001']);
  });

  it('rejects a page larger than 100 with BAD_USER_INPUT on first', async () => {
    const response = await bankSync.query(CUSTOMERS, { first: 101 });

    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('rejects a cursor it did not hand out with BAD_USER_INPUT on after', async () => {
    const response = await bankSync.query(CUSTOMERS, { after: 'not-a-cursor' });

    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
