import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentId, cifOf, fillFixtures, fixtureActions, loanOf } from './support/fixtures';
import { type Harness, startHarness } from './support/harness';

const NEWEST_ACTION = /* GraphQL */ `
  query NewestAction($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Customer {
        actions(first: 1) {
          nodes {
            id cif loanAccountNumber agentId type subtype actionResult actionDate notes callTraceId
            visitLatitude visitLongitude visitAddress createdAt updatedAt createdBy updatedBy
          }
        }
        currentAssignment { startDate endDate createdAt }
        assignments { startDate endDate }
      }
    }
  }
`;

describe('Decimal, Date and DateTime values', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(fillFixtures);
  });
  afterAll(() => harness?.stop());

  it('come back exactly as stored: decimals as strings with every digit, dates as YYYY-MM-DD, times in ISO UTC', async () => {
    const response = await harness.query(NEWEST_ACTION, {
      representations: [{ __typename: 'Customer', cif: cifOf(1) }],
    });
    const visit = fixtureActions.find((action) => action.cif === cifOf(1) && action.type === 'VISIT');
    expect(response).toEqual({
      data: {
        _entities: [
          {
            actions: {
              nodes: [
                {
                  id: visit?.id,
                  cif: cifOf(1),
                  loanAccountNumber: loanOf(1, 0),
                  agentId: agentId(1),
                  type: 'VISIT',
                  subtype: 'FIELD_VISIT',
                  actionResult: 'PROMISE_TO_PAY',
                  actionDate: '2026-01-31T09:30:00.000Z',
                  notes: 'note 0',
                  callTraceId: null,
                  visitLatitude: '10.12345678',
                  visitLongitude: '106.70000001',
                  visitAddress: '1 Le Loi, District 1',
                  createdAt: '2025-01-01T00:00:00.000Z',
                  updatedAt: '2025-01-01T00:00:00.000Z',
                  createdBy: 'fixture',
                  updatedBy: 'fixture',
                },
              ],
            },
            currentAssignment: {
              startDate: '2026-01-31',
              endDate: null,
              createdAt: '2025-01-01T00:00:00.000Z',
            },
            assignments: [
              { startDate: '2026-01-31', endDate: null },
              { startDate: '2025-04-01', endDate: '2026-01-30' },
              { startDate: '2025-01-01', endDate: '2025-03-31' },
            ],
          },
        ],
      },
    });
  });
});
