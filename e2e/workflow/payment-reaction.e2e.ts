/**
 * The workflow reacts to payments (seed 004 handlePaymentEvents) through the real stack: a payment recorded
 * through the gateway reaches the workflow's consumer over the payment subgraph's events API, and the customer's
 * case, read through the gateway, shows it.
 */
import { viewers } from '@collexis/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agents } from '../../subgraphs/workflow/src/db';
import { agentId, collectorAs, fixtureAgents } from '../../subgraphs/workflow/test/support/fixtures';
import { RECORD_CASE_ACTION } from '../../subgraphs/workflow/test/support/operations';
import { cifOf, loanOf } from './support/customers';
import { startWorkflowStack, type WorkflowStack } from './support/workflow-stack';

const RECORD_PAYMENT = /* GraphQL */ `
  mutation RecordPayment($input: RecordPaymentInput!) { recordPayment(input: $input) { event { sequence } } }
`;
const REVERSE_PAYMENT = /* GraphQL */ `
  mutation ReversePayment($input: ReversePaymentInput!) { reversePayment(input: $input) { event { sequence } } }
`;
const CUSTOMER_CASE = /* GraphQL */ `
  query CustomerCase($cif: String!) {
    customer(cif: $cif) { payments(first: 5) { nodes { referenceNumber status } } case { customerStatus fUpdate } }
  }
`;

const { admin, collector } = viewers;

describe('cases react to payments, through the gateway', () => {
  let stack: WorkflowStack;

  const caughtUp = async () => {
    const consumer = stack.subgraph('workflow').paymentConsumer;
    if (!consumer) throw new Error('workflow runs without a payment consumer');
    return consumer.caughtUp();
  };
  const customerCase = async () =>
    (
      await stack.query<{ customer: { case: unknown; payments: { nodes: unknown[] } } }>(
        CUSTOMER_CASE,
        { cif: cifOf(1) },
        collector,
      )
    ).data?.customer;

  beforeAll(async () => {
    stack = await startWorkflowStack({ customers: 2, payment: true, gateway: true });
    await stack.db.insert(agents).values(fixtureAgents);
    const opened = await stack.query(
      RECORD_CASE_ACTION,
      {
        input: {
          cif: cifOf(1),
          agentId: agentId(1),
          customerStatus: 'PROMISE_TO_PAY',
          collateralStatus: 'NONE',
          processingStateStatus: 'IN_PROGRESS',
          lendingViolationStatus: 'NONE',
          recoveryAbilityStatus: 'HIGH',
          fUpdate: '2026-12-01T02:00:00.000Z',
        },
      },
      collectorAs(1),
    );
    expect(opened.errors).toBeUndefined();
  });
  afterAll(() => stack?.stop());

  it('a payment received puts the case in PAYING and clears its follow-up', async () => {
    const paid = await stack.query(
      RECORD_PAYMENT,
      {
        input: {
          referenceNumber: 'GW-PAY-1',
          loanAccountNumber: loanOf(1),
          cif: cifOf(1),
          amount: '250.00',
          currency: 'VND',
          paymentDate: '2026-11-03T08:00:00.000Z',
          paymentMethod: 'CASH',
          sourceSystem: 'T24',
        },
      },
      viewers.paymentProcessor,
    );
    expect(paid.errors).toBeUndefined();
    await caughtUp();
    expect(await customerCase()).toEqual({
      payments: { nodes: [{ referenceNumber: 'GW-PAY-1', status: 'COMPLETED' }] },
      case: { customerStatus: 'PAYING', fUpdate: null },
    });
  });

  it('the payment reversed turns the case into BROKEN_PROMISE, audited as SYSTEM', async () => {
    const reversed = await stack.query(
      REVERSE_PAYMENT,
      { input: { referenceNumber: 'GW-PAY-1', reason: 'cheque returned' } },
      viewers.paymentProcessor,
    );
    expect(reversed.errors).toBeUndefined();
    await caughtUp();
    expect(await customerCase()).toMatchObject({ case: { customerStatus: 'BROKEN_PROMISE' } });
    const audit = await stack.query<{ workflowAuditLog: { nodes: { actor: string; operation: string }[] } }>(
      /* GraphQL */ `query { workflowAuditLog(entityType: "CustomerCase", entityKey: "${cifOf(1)}") { nodes { actor operation } } }`,
      {},
      admin,
    );
    expect(audit.data?.workflowAuditLog.nodes).toEqual([
      { actor: 'SYSTEM', operation: 'paymentReversed' },
      { actor: 'SYSTEM', operation: 'paymentReceived' },
      { actor: 'agent.minh', operation: 'recordCaseAction' },
    ]);
  });
});
