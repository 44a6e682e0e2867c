/** A valid RecordPaymentInput: payment n of a small universe, COMPLETED unless overridden. */
export function paymentInput(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    referenceNumber: `FT${String(n).padStart(8, '0')}`,
    loanAccountNumber: `LN${String(n % 3).padStart(8, '0')}`,
    cif: `CIF${String(n % 2).padStart(7, '0')}`,
    amount: `${100 + n}.50`,
    currency: 'VND',
    paymentDate: new Date(Date.UTC(2026, 0, 15, 9, 0, n)).toISOString(),
    paymentMethod: 'BANK_TRANSFER',
    status: 'COMPLETED',
    sourceSystem: 'T24',
    ...overrides,
  };
}

export const RECORD_PAYMENT = /* GraphQL */ `
  mutation Record($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      created
      payment { referenceNumber amount status statusReason createdBy updatedBy isEditable lastSyncedAt }
      event { sequence cursor type status amount paymentReferenceNumber }
    }
  }
`;

export interface RecordPaymentData {
  recordPayment: {
    created: boolean;
    payment: {
      referenceNumber: string;
      amount: string;
      status: string;
      statusReason: string | null;
      createdBy: string;
    };
    event: { sequence: string; cursor: string; type: string; status: string } | null;
  };
}

/** A result of the `paymentEvents` subscription: the event, with the fields the test selected. */
export interface EventResult<T> {
  paymentEvents: T;
}

/** The events of subscription results, in order. */
export const eventsOf = <T>(results: readonly EventResult<T>[]): T[] =>
  results.map((result) => result.paymentEvents);
