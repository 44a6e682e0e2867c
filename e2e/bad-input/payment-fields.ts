/** A valid payment, and the bad-input classes of its own fields, each as a change to it (see payment.cases.ts). */

export const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
export const tooLong = 'X'.repeat(21);

export const payment = {
  referenceNumber: 'BAD-NEW-1',
  loanAccountNumber: 'LN-BAD',
  cif: 'CIF-BAD',
  amount: '100.00',
  currency: 'VND',
  paymentDate: '2026-03-10T09:30:00Z',
  paymentMethod: 'CASH',
  status: 'COMPLETED',
  sourceSystem: 'T24',
};
export const { sourceSystem: _batchWide, ...syncRecord } = payment;

export const withField = (input: Record<string, unknown>, field: string, value: unknown) => ({
  ...input,
  [field]: value,
});
export const without = (input: Record<string, unknown>, field: string) =>
  Object.fromEntries(Object.entries(input).filter(([key]) => key !== field));

/** The bad-input classes of a payment's own fields, each as a change to a valid payment. */
export const paymentProblems: {
  problem: string;
  change(input: Record<string, unknown>): Record<string, unknown>;
  field: string;
  via: 'zod' | 'graphql';
  mentions?: string;
}[] = [
  {
    problem: 'a missing amount',
    change: (input) => without(input, 'amount'),
    field: 'amount',
    via: 'graphql',
    mentions: 'Field "amount" of required type "Decimal!" was not provided',
  },
  {
    problem: 'an unknown field',
    change: (input) => withField(input, 'discount', '1.00'),
    field: 'discount',
    via: 'graphql',
    mentions: 'Field "discount" is not defined by type',
  },
  {
    problem: 'a negative amount',
    change: (input) => withField(input, 'amount', '-5.00'),
    field: 'amount',
    via: 'zod',
  },
  {
    problem: 'a zero amount',
    change: (input) => withField(input, 'amount', '0.00'),
    field: 'amount',
    via: 'zod',
  },
  {
    problem: 'a non-numeric amount',
    change: (input) => withField(input, 'amount', 'ten'),
    field: 'amount',
    via: 'graphql',
  },
  {
    problem: 'an amount as a JSON number',
    change: (input) => withField(input, 'amount', 10.5),
    field: 'amount',
    via: 'graphql',
  },
  {
    problem: 'an amount with 3 decimals',
    change: (input) => withField(input, 'amount', '10.125'),
    field: 'amount',
    via: 'zod',
  },
  {
    problem: 'an amount beyond DECIMAL(18,2)',
    change: (input) => withField(input, 'amount', '12345678901234567.00'),
    field: 'amount',
    via: 'graphql',
  },
  {
    problem: 'an unknown currency code',
    change: (input) => withField(input, 'currency', 'XYZ'),
    field: 'currency',
    via: 'zod',
  },
  {
    problem: 'a lower-case currency code',
    change: (input) => withField(input, 'currency', 'vnd'),
    field: 'currency',
    via: 'zod',
  },
  {
    problem: 'a reference number longer than 20',
    change: (input) => withField(input, 'referenceNumber', tooLong),
    field: 'referenceNumber',
    via: 'zod',
  },
  {
    problem: 'an empty reference number',
    change: (input) => withField(input, 'referenceNumber', ''),
    field: 'referenceNumber',
    via: 'zod',
  },
  {
    problem: 'a loan account number longer than 20',
    change: (input) => withField(input, 'loanAccountNumber', tooLong),
    field: 'loanAccountNumber',
    via: 'zod',
  },
  {
    problem: 'a CIF longer than 20',
    change: (input) => withField(input, 'cif', tooLong),
    field: 'cif',
    via: 'zod',
  },
  {
    problem: 'a payment method longer than 20',
    change: (input) => withField(input, 'paymentMethod', 'BANK_TRANSFER_ONLINE_X'),
    field: 'paymentMethod',
    via: 'zod',
  },
  {
    problem: 'a status reason longer than 500',
    change: (input) => withField(input, 'statusReason', 'x'.repeat(501)),
    field: 'statusReason',
    via: 'zod',
  },
  {
    problem: 'an unparsable payment date',
    change: (input) => withField(input, 'paymentDate', '10/03/2026'),
    field: 'paymentDate',
    via: 'graphql',
  },
  {
    problem: 'a payment date in the future',
    change: (input) => withField(input, 'paymentDate', tomorrow),
    field: 'paymentDate',
    via: 'zod',
  },
  {
    problem: 'a status that is no PaymentStatus',
    change: (input) => withField(input, 'status', 'PAID'),
    field: 'status',
    via: 'graphql',
  },
];
