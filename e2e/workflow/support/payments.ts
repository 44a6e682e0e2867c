import { type GraphQLResponse, postGraphQL } from '@collexis/platform/http';
import { subgraphHeaders, viewers } from '@collexis/platform/testing';

const processorHeaders = () => subgraphHeaders(viewers.paymentProcessor, 'payment');

import { cifOf, loanOf } from './customers';

const RECORD_PAYMENT = /* GraphQL */ `
  mutation RecordPayment($input: RecordPaymentInput!) { recordPayment(input: $input) { event { sequence } } }
`;
const REVERSE_PAYMENT = /* GraphQL */ `
  mutation ReversePayment($input: ReversePaymentInput!) { reversePayment(input: $input) { event { sequence } } }
`;

interface EventPayload {
  [mutation: string]: { event: { sequence: string } | null };
}

async function eventOf(response: Promise<GraphQLResponse<EventPayload>>) {
  const { data, errors } = await response;
  const event = data && Object.values(data)[0]?.event;
  if (!event) throw new Error(`the payment subgraph wrote no event: ${JSON.stringify(errors)}`);
  return event.sequence;
}

/** Records a payment of customer n on its loan through the payment subgraph; returns the event's sequence. */
export async function pay(
  paymentUrl: string,
  reference: string,
  n: number,
  status: 'COMPLETED' | 'FAILED' = 'COMPLETED',
) {
  const input = {
    referenceNumber: reference,
    loanAccountNumber: loanOf(n),
    cif: cifOf(n),
    amount: '100.00',
    currency: 'VND',
    paymentDate: '2026-11-02T08:00:00.000Z',
    paymentMethod: 'BANK_TRANSFER',
    status,
    sourceSystem: 'T24',
  };
  return eventOf(postGraphQL<EventPayload>(paymentUrl, RECORD_PAYMENT, { input }, await processorHeaders()));
}

/** Takes a completed payment back through the payment subgraph; returns the event's sequence. */
export async function reverse(paymentUrl: string, reference: string) {
  return eventOf(
    postGraphQL<EventPayload>(
      paymentUrl,
      REVERSE_PAYMENT,
      { input: { referenceNumber: reference, reason: 'returned' } },
      await processorHeaders(),
    ),
  );
}
