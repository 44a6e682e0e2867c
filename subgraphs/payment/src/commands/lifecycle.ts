import type { PaymentEventType, PaymentStatus } from '../generated/resolvers-types';

/**
 * A payment's life cycle: PENDING -> COMPLETED -> REVERSED, or PENDING -> FAILED. A payment first seen in a
 * later status is taken to have passed through the earlier ones (a payment synced as REVERSED was received,
 * then reversed), so that consumers always see PAYMENT_RECEIVED before PAYMENT_REVERSED.
 */
const predecessor: Record<PaymentStatus, PaymentStatus | null> = {
  PENDING: null,
  COMPLETED: 'PENDING',
  FAILED: 'PENDING',
  REVERSED: 'COMPLETED',
};

/** The only status a payment can enter `status` from; null for PENDING, where every payment starts. */
export function previousStatus(status: PaymentStatus): PaymentStatus | null {
  return predecessor[status];
}

/** The event a payment emits on entering a status; PENDING emits none. */
const eventOnEntering: Record<PaymentStatus, PaymentEventType | null> = {
  PENDING: null,
  COMPLETED: 'PAYMENT_RECEIVED',
  FAILED: 'PAYMENT_FAILED',
  REVERSED: 'PAYMENT_REVERSED',
};

/** The statuses from PENDING up to `status`, in order: PENDING, COMPLETED, REVERSED for REVERSED. */
function lineOf(status: PaymentStatus): PaymentStatus[] {
  const line: PaymentStatus[] = [];
  for (let current: PaymentStatus | null = status; current !== null; current = predecessor[current]) {
    line.unshift(current);
  }
  return line;
}

/**
 * The statuses a payment enters to go from `from` to `to`, in order; null when `to` cannot follow `from`
 * (COMPLETED after FAILED, or a step back). `from` null is a payment not recorded yet.
 */
export function stepsBetween(from: PaymentStatus | null, to: PaymentStatus): PaymentStatus[] | null {
  const line = lineOf(to);
  if (from === null) return line;
  const position = line.indexOf(from);
  return position === -1 ? null : line.slice(position + 1);
}

/** Whether a payment in `stored` status has already been through `reported`: news older than what is stored. */
export function isBehind(reported: PaymentStatus, stored: PaymentStatus): boolean {
  return reported !== stored && lineOf(stored).includes(reported);
}

/** The events of entering each step, in order. */
export function eventsOfSteps(
  steps: readonly PaymentStatus[],
): { type: PaymentEventType; status: PaymentStatus }[] {
  return steps.flatMap((status) => {
    const type = eventOnEntering[status];
    return type === null ? [] : [{ type, status }];
  });
}
