import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agentId,
  CUSTOMERS_WITH_CASE,
  cifOf,
  fillFixtures,
  fixtureActions,
  fixtureAssignments,
  fixtureCaseActions,
  newestFirst,
} from './support/fixtures';
import { type Harness, startHarness } from './support/harness';

const CUSTOMER_ENTITIES = /* GraphQL */ `
  query CustomerEntities($representations: [_Any!]!, $first: Int, $after: String) {
    _entities(representations: $representations) {
      ... on Customer {
        cif
        case { id cif customerStatus assignedCallAgent { id } assignedFieldAgent { id } customer { cif } }
        assignments { id isCurrent startDate endDate }
        currentAssignment { id isCurrent assignedCallAgent { id } }
        actions(first: $first, after: $after) {
          edges { cursor node { id } }
          nodes { id }
          pageInfo { hasNextPage endCursor }
        }
        caseActions(first: $first, after: $after) {
          nodes { id }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }
`;

interface PageOfIds {
  nodes: { id: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface CustomerWorkflow {
  cif: string;
  case: { id: string; cif: string; customerStatus: string; customer: { cif: string } } | null;
  assignments: { id: string; isCurrent: boolean; startDate: string; endDate: string | null }[];
  currentAssignment: { id: string; isCurrent: boolean; assignedCallAgent: { id: string } | null } | null;
  actions: PageOfIds & { edges: { cursor: string; node: { id: string } }[] };
  caseActions: PageOfIds;
}

const customer = (cif: string) => ({ __typename: 'Customer', cif });

describe('_entities for the Customer stub: case, assignments and actions', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(fillFixtures);
  });
  afterAll(() => harness?.stop());

  async function customers(cifs: string[], page: { first?: number; after?: string | null } = {}) {
    const response = await harness.query<{ _entities: CustomerWorkflow[] }>(CUSTOMER_ENTITIES, {
      representations: cifs.map(customer),
      ...page,
    });
    expect(response.errors).toBeUndefined();
    return response.data?._entities ?? [];
  }

  it('answers in the order of the representations, with the workflow of each customer', async () => {
    const [second, first] = await customers([cifOf(2), cifOf(1)]);
    expect(second?.cif).toBe(cifOf(2));
    expect(first?.cif).toBe(cifOf(1));
    expect(second?.case).toMatchObject({
      cif: cifOf(2),
      customerStatus: 'PROMISE_TO_PAY',
      customer: { cif: cifOf(2) },
    });
    expect(first?.case).toMatchObject({ cif: cifOf(1), customerStatus: 'CONTACTED' });
    expect(second?.currentAssignment).toMatchObject({
      isCurrent: true,
      assignedCallAgent: { id: agentId(1) },
    });
    expect(first?.currentAssignment).toMatchObject({
      isCurrent: true,
      assignedCallAgent: { id: agentId(3) },
    });
  });

  it('gives a customer the workflow has never seen an empty workflow, not an error', async () => {
    const [unknown] = await customers(['CIF_UNKNOWN']);
    expect(unknown).toEqual({
      cif: 'CIF_UNKNOWN',
      case: null,
      assignments: [],
      currentAssignment: null,
      actions: { edges: [], nodes: [], pageInfo: { hasNextPage: false, endCursor: null } },
      caseActions: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } },
    });
  });

  it('returns no case for a customer without one', async () => {
    const [withoutCase] = await customers([cifOf(CUSTOMERS_WITH_CASE + 1)]);
    expect(withoutCase?.case).toBeNull();
    expect(withoutCase?.assignments).toHaveLength(3);
  });

  it('lists the full assignment history, newest start date first', async () => {
    const [found] = await customers([cifOf(7)]);
    const expected = fixtureAssignments
      .filter((assignment) => assignment.cif === cifOf(7))
      .sort((a, b) => b.startDate.localeCompare(a.startDate))
      .map(({ id, isCurrent, startDate, endDate }) => ({ id, isCurrent, startDate, endDate }));
    expect(found?.assignments).toEqual(expected);
    expect(found?.assignments[0]?.isCurrent).toBe(true);
  });

  it('pages actions and case actions newest first (ties by id) via endCursor, without duplicates or gaps', async () => {
    const cif = cifOf(3);
    const expectedActions = newestFirst(fixtureActions.filter((action) => action.cif === cif)).map(
      (a) => a.id,
    );
    const expectedCaseActions = newestFirst(fixtureCaseActions.filter((action) => action.cif === cif)).map(
      (a) => a.id,
    );
    const actions: string[] = [];
    let after: string | null = null;
    for (;;) {
      const [page] = await customers([cif], { first: 4, after });
      if (!page) throw new Error('no customer');
      actions.push(...page.actions.nodes.map((node) => node.id));
      expect(page.actions.edges.map((edge) => edge.node.id)).toEqual(
        page.actions.nodes.map((node) => node.id),
      );
      if (after === null) {
        expect(page.caseActions.nodes.map((node) => node.id)).toEqual(expectedCaseActions);
        expect(page.caseActions.pageInfo.hasNextPage).toBe(false);
      }
      if (!page.actions.pageInfo.hasNextPage) break;
      after = page.actions.pageInfo.endCursor;
    }
    expect(actions).toEqual(expectedActions);

    const firstTwo = await customers([cif], { first: 2 });
    const caseActionsCursor = firstTwo[0]?.caseActions.pageInfo.endCursor;
    const rest = await harness.query<{ _entities: CustomerWorkflow[] }>(CUSTOMER_ENTITIES, {
      representations: [customer(cif)],
      first: 10,
      after: caseActionsCursor,
    });
    expect(rest.data?._entities[0]?.caseActions.nodes.map((node) => node.id)).toEqual(
      expectedCaseActions.slice(2),
    );
  });

  it('refuses first over 100 on actions as BAD_USER_INPUT naming `first`', async () => {
    const response = await harness.query(CUSTOMER_ENTITIES, {
      representations: [customer(cifOf(1))],
      first: 101,
    });
    const codes = response.errors?.map((error) => error.extensions);
    expect(codes).toContainEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
