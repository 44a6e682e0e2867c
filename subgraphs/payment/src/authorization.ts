/** Seed 004's access-control matrix for the payment service: the roles each kind of operation needs. */
export const Roles = {
  /** Recording payments and moving them along their life cycle: paymentService write. */
  payments: ['SYSTEM', 'ADMIN', 'PAYMENT_PROCESSOR'],
  /** The audit log. */
  audit: ['ADMIN'],
} as const satisfies Record<string, readonly string[]>;
