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

/** The event fields every client operation of this package selects. */
export const PAYMENT_EVENT_FIELDS = /* GraphQL */ `
  sequence cursor type occurredAt paymentReferenceNumber loanAccountNumber cif amount currency status
`;

/** A failure of the events API: an HTTP error, a GraphQL error, or a response of the wrong shape. */
export class PaymentEventsError extends Error {
  constructor(
    message: string,
    /** `extensions.code` of the first GraphQL error, when the server sent one. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'PaymentEventsError';
  }
}

const eventTypes: readonly string[] = ['PAYMENT_RECEIVED', 'PAYMENT_FAILED', 'PAYMENT_REVERSED'];
const statuses: readonly string[] = ['PENDING', 'COMPLETED', 'FAILED', 'REVERSED'];

/** A JSON object, whatever its keys. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isEventType(value: unknown): value is PaymentEventType {
  return typeof value === 'string' && eventTypes.includes(value);
}

function isStatus(value: unknown): value is PaymentStatus {
  return typeof value === 'string' && statuses.includes(value);
}

function stringField(source: Record<string, unknown>, name: string): string {
  const value = source[name];
  if (typeof value !== 'string') throw new PaymentEventsError(`payment event without a string ${name}`);
  return value;
}

/** Checks one event of a response field by field, so that consumers get exactly the declared type. */
export function parsePaymentEvent(value: unknown): PaymentEvent {
  if (!isRecord(value)) throw new PaymentEventsError('payment event is not an object');
  const { type, status } = value;
  if (!isEventType(type)) throw new PaymentEventsError(`unknown payment event type ${JSON.stringify(type)}`);
  if (!isStatus(status)) throw new PaymentEventsError(`unknown payment status ${JSON.stringify(status)}`);
  return {
    sequence: stringField(value, 'sequence'),
    cursor: stringField(value, 'cursor'),
    type,
    occurredAt: stringField(value, 'occurredAt'),
    paymentReferenceNumber: stringField(value, 'paymentReferenceNumber'),
    loanAccountNumber: stringField(value, 'loanAccountNumber'),
    cif: stringField(value, 'cif'),
    amount: stringField(value, 'amount'),
    currency: stringField(value, 'currency'),
    status,
  };
}

/** The first GraphQL error of a response as a PaymentEventsError; undefined when there is none. */
export function responseError(errors: unknown): PaymentEventsError | undefined {
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  const [first] = errors;
  const message = isRecord(first) && typeof first.message === 'string' ? first.message : 'unknown error';
  const extensions = isRecord(first) && isRecord(first.extensions) ? first.extensions : {};
  const code = typeof extensions.code === 'string' ? extensions.code : undefined;
  return new PaymentEventsError(`payment events API: ${message}`, code);
}
