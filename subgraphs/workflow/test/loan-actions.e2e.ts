import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillFixtures, fixtureActions, loanOf, newestFirst } from './support/fixtures';
import { type Harness, startHarness } from './support/harness';

const LOAN_ENTITIES = /* GraphQL */ `
  query LoanEntities($representations: [_Any!]!, $first: Int, $after: String) {
    _entities(representations: $representations) {
      ... on Loan {
        accountNumber
        actions(first: $first, after: $after) { nodes { id loanAccountNumber } pageInfo { hasNextPage endCursor } }
      }
    }
  }
`;

interface LoanActions {
  accountNumber: string;
  actions: {
    nodes: { id: string; loanAccountNumber: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const loan = (accountNumber: string) => ({ __typename: 'Loan', accountNumber });

describe('_entities for the Loan stub: actions', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(fillFixtures);
  });
  afterAll(() => harness?.stop());

  async function loans(accountNumbers: string[], page: { first?: number; after?: string | null } = {}) {
    const response = await harness.query<{ _entities: LoanActions[] }>(LOAN_ENTITIES, {
      representations: accountNumbers.map(loan),
      ...page,
    });
    expect(response.errors).toBeUndefined();
    return response.data?._entities ?? [];
  }

  it("answers in the order of the representations, each with its own loan's actions", async () => {
    const [second, unknown, first] = await loans([loanOf(5, 1), 'LN_UNKNOWN', loanOf(5, 0)]);
    expect(second?.accountNumber).toBe(loanOf(5, 1));
    expect(second?.actions.nodes.every((action) => action.loanAccountNumber === loanOf(5, 1))).toBe(true);
    expect(first?.actions.nodes.every((action) => action.loanAccountNumber === loanOf(5, 0))).toBe(true);
    expect(unknown).toEqual({
      accountNumber: 'LN_UNKNOWN',
      actions: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } },
    });
  });

  it("pages a loan's actions newest first via endCursor, without duplicates or gaps", async () => {
    const accountNumber = loanOf(9, 0);
    const expected = newestFirst(fixtureActions.filter((a) => a.loanAccountNumber === accountNumber)).map(
      (a) => a.id,
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const [page] = await loans([accountNumber], { first: 2, after });
      if (!page) throw new Error('no loan');
      seen.push(...page.actions.nodes.map((node) => node.id));
      if (!page.actions.pageInfo.hasNextPage) break;
      after = page.actions.pageInfo.endCursor;
    }
    expect(expected).toHaveLength(3);
    expect(seen).toEqual(expected);
  });
});
