import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BankSyncHarness, startBankSync } from './support/harness';
import { accountNumberOf, cifOf, collateralNumberOf, insertPortfolio } from './support/portfolio';

const ENTITIES_WITH_CHILDREN = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Customer {
        cif
        phones { number }
        addresses { city }
        emails { address }
        referenceCustomers { refCif }
        collaterals { collateralNumber loans { accountNumber } }
        loans {
          accountNumber
          customer { cif }
          collaterals { collateralNumber customer { cif } }
          collateralLinks { loan { dpd } collateral { value } }
          dueSegmentations { dueDate }
        }
      }
      ... on Loan {
        accountNumber
        customer { cif phones { number } }
        collaterals { collateralNumber }
        dueSegmentations { dueDate }
      }
      ... on Collateral {
        collateralNumber
        loans { accountNumber }
        customer { cif }
      }
    }
  }
`;

/** `count` references of each entity type, interleaved as the gateway may send them. */
function representations(count: number) {
  return Array.from({ length: count }, (_, i) => [
    { __typename: 'Customer', cif: cifOf(i + 1) },
    { __typename: 'Loan', accountNumber: accountNumberOf(count - i, 2) },
    { __typename: 'Collateral', collateralNumber: collateralNumberOf(i + 1) },
  ]).flat();
}

describe('entity batching', () => {
  let bankSync: BankSyncHarness;

  const statementsFor = async (count: number) => {
    bankSync.statements.reset();
    const response = await bankSync.query<{ _entities: unknown[] }>(ENTITIES_WITH_CHILDREN, {
      representations: representations(count),
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities).toHaveLength(count * 3);
    expect(response.data?._entities).not.toContain(null);
    return bankSync.statements.count();
  };

  beforeAll(async () => {
    bankSync = await startBankSync();
    await insertPortfolio(bankSync.db, 50);
  });
  afterAll(() => bankSync?.stop());

  it('sends as many SQL statements for 50 references of each entity, with their child lists, as for 5', async () => {
    const forFive = await statementsFor(5);
    const forFifty = await statementsFor(50);

    expect(forFifty).toBe(forFive);
    // One statement per loader batch: three reference lookups plus a handful of child lists, never per parent.
    expect(forFive).toBeLessThanOrEqual(16);
  });
});
