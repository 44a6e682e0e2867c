import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentId, CUSTOMERS_WITH_CASE, cifOf, fillFixtures, fixtureCases } from './support/fixtures';
import { type Harness, startHarness } from './support/harness';

const CUSTOMER_CASE = /* GraphQL */ `
  query CustomerCase($cif: String!) {
    customerCase(cif: $cif) {
      id cif assignedCallAgentId assignedFieldAgentId fUpdate customerStatus collateralStatus
      processingStateStatus lendingViolationStatus recoveryAbilityStatus createdAt updatedAt
      customer { cif }
      assignedCallAgent { id name }
      assignedFieldAgent { id name }
    }
  }
`;

describe('customerCase(cif)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(fillFixtures);
  });
  afterAll(() => harness?.stop());

  it('returns every column of the case with its customer and assigned agents', async () => {
    const response = await harness.query(CUSTOMER_CASE, { cif: cifOf(6) });
    expect(fixtureCases.find((c) => c.cif === cifOf(6))?.id).toBeDefined();
    expect(response).toEqual({
      data: {
        customerCase: {
          id: fixtureCases.find((c) => c.cif === cifOf(6))?.id,
          cif: cifOf(6),
          assignedCallAgentId: agentId(1),
          assignedFieldAgentId: agentId(4),
          fUpdate: '2026-02-15T02:00:00.000Z',
          customerStatus: 'PROMISE_TO_PAY',
          collateralStatus: 'NONE',
          processingStateStatus: 'IN_PROGRESS',
          lendingViolationStatus: 'NONE',
          recoveryAbilityStatus: 'MEDIUM',
          createdAt: '2025-01-01T00:00:00.000Z',
          updatedAt: '2025-01-01T00:00:00.000Z',
          customer: { cif: cifOf(6) },
          assignedCallAgent: { id: agentId(1), name: 'Alice Nguyen' },
          assignedFieldAgent: { id: agentId(4), name: 'Dung Pham' },
        },
      },
    });
  });

  it('returns null assigned agents where the case names none', async () => {
    const response = await harness.query<{ customerCase: Record<string, unknown> }>(CUSTOMER_CASE, {
      cif: cifOf(1),
    });
    expect(response.data?.customerCase).toMatchObject({
      fUpdate: null,
      assignedFieldAgentId: null,
      assignedFieldAgent: null,
    });
  });

  it('returns null for a customer without a case', async () => {
    const response = await harness.query(CUSTOMER_CASE, { cif: cifOf(CUSTOMERS_WITH_CASE + 1) });
    expect(response).toEqual({ data: { customerCase: null } });
  });
});
