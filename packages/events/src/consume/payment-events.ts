import { type EventSource, EventsApiError, isRecord, oneOf, stringField } from './source';

/** What happened to a payment. */
export type PaymentEventType = 'PAYMENT_RECEIVED' | 'PAYMENT_FAILED' | 'PAYMENT_REVERSED';

/** Where a payment stands in its life cycle. */
export type PaymentStatus = 'PENDING' | 'COMPLETED' | 'FAILED' | 'REVERSED';

/** One entry of the payment outbox, as the payment subgraph's events API serves it. */
export interface PaymentEvent {
  /** Position in the outbox, strictly increasing in commit order; a decimal string. */
  sequence: string;
  /** Resume cursor; equal to `sequence`, so a consumer may store either. */
  cursor: string;
  type: PaymentEventType;
  /** ISO-8601 UTC. */
  occurredAt: string;
  paymentReferenceNumber: string;
  loanAccountNumber: string;
  cif: string;
  /** Exact decimal string ("1234.50"); never a float. */
  amount: string;
  currency: string;
  /** Status of the payment after this event. */
  status: PaymentStatus;
}

/** Narrows events server-side; every given condition must hold. */
export interface PaymentEventFilter {
  cif?: string;
  loanAccountNumber?: string;
  types?: PaymentEventType[];
  /** Decimal string. */
  minAmount?: string;
}

const eventTypes = ['PAYMENT_RECEIVED', 'PAYMENT_FAILED', 'PAYMENT_REVERSED'] as const;
const statuses = ['PENDING', 'COMPLETED', 'FAILED', 'REVERSED'] as const;

/** Checks one event of a response field by field, so that consumers get exactly the declared type. */
export function parsePaymentEvent(value: unknown): PaymentEvent {
  if (!isRecord(value)) throw new EventsApiError('payment event is not an object');
  return {
    sequence: stringField(value, 'sequence'),
    cursor: stringField(value, 'cursor'),
    type: oneOf(value, 'type', eventTypes),
    occurredAt: stringField(value, 'occurredAt'),
    paymentReferenceNumber: stringField(value, 'paymentReferenceNumber'),
    loanAccountNumber: stringField(value, 'loanAccountNumber'),
    cif: stringField(value, 'cif'),
    amount: stringField(value, 'amount'),
    currency: stringField(value, 'currency'),
    status: oneOf(value, 'status', statuses),
  };
}

/** The payment subgraph's events API (`Query.paymentEvents`, `Subscription.paymentEvents`). */
export const paymentEvents: EventSource<PaymentEvent, PaymentEventFilter> = {
  name: 'payment events',
  field: 'paymentEvents',
  filterType: 'PaymentEventFilter',
  selection:
    'sequence cursor type occurredAt paymentReferenceNumber loanAccountNumber cif amount currency status',
  parse: parsePaymentEvent,
};
