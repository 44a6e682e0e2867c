import { addDecimal, negateDecimal } from './decimal';

/** Count and amount of payments in one currency. */
export interface CurrencyTotal {
  currency: string;
  count: number;
  amount: string;
}

/** A row of `collectionsSummary`: one group (an hour, a method...) in one currency. */
export interface CollectionsGroup {
  key: string;
  currency: string;
  count: number;
  amount: string;
}

/** A payment event as the board selects it. */
export interface BoardEvent {
  sequence: string;
  cursor: string;
  type: 'PAYMENT_RECEIVED' | 'PAYMENT_FAILED' | 'PAYMENT_REVERSED';
  occurredAt: string;
  amount: string;
  currency: string;
  payment: {
    referenceNumber: string;
    paymentMethod: string;
    paymentDate: string;
    loan: { accountNumber: string } | null;
    customer: {
      cif: string;
      name: string;
      case: {
        assignedCallAgent: { name: string } | null;
        assignedFieldAgent: { name: string } | null;
      } | null;
    } | null;
  };
}

/** Groups keyed by a group key, then by currency. */
type Grouped = Map<string, Map<string, CurrencyTotal>>;

function add(groups: Grouped, key: string, currency: string, count: number, amount: string) {
  const byCurrency = groups.get(key) ?? new Map<string, CurrencyTotal>();
  groups.set(key, byCurrency);
  const current = byCurrency.get(currency) ?? { currency, count: 0, amount: '0' };
  byCurrency.set(currency, {
    currency,
    count: current.count + count,
    amount: addDecimal(current.amount, amount),
  });
}

/** The UTC hour a moment falls in, as collectionsSummary's HOUR keys ("2026-01-31T09:00:00.000Z"). */
export function hourKey(moment: string | Date): string {
  const hour = new Date(moment);
  hour.setUTCMinutes(0, 0, 0);
  return hour.toISOString();
}

/**
 * Today's collections (COMPLETED payments whose paymentDate is in the day, as collectionsSummary counts them),
 * by method and by hour, per currency: loaded from collectionsSummary, then kept up to date from the stream:
 * a payment received adds to them, a payment reversed takes away what it had added.
 */
export class TodaysCollections {
  readonly byMethod: Grouped = new Map();
  readonly byHour: Grouped = new Map();

  constructor(
    readonly from: Date,
    readonly to: Date,
  ) {}

  load(byMethod: readonly CollectionsGroup[], byHour: readonly CollectionsGroup[]): void {
    this.byMethod.clear();
    this.byHour.clear();
    for (const group of byMethod) add(this.byMethod, group.key, group.currency, group.count, group.amount);
    for (const group of byHour) add(this.byHour, group.key, group.currency, group.count, group.amount);
  }

  /** Applies one event; true when it changed the totals. */
  apply(event: BoardEvent): boolean {
    const paidAt = new Date(event.payment.paymentDate);
    if (paidAt < this.from || paidAt >= this.to) return false;
    const sign = event.type === 'PAYMENT_RECEIVED' ? 1 : event.type === 'PAYMENT_REVERSED' ? -1 : 0;
    if (sign === 0) return false;
    const amount = sign > 0 ? event.amount : negateDecimal(event.amount);
    add(this.byMethod, event.payment.paymentMethod, event.currency, sign, amount);
    add(this.byHour, hourKey(paidAt), event.currency, sign, amount);
    return true;
  }

  /** Totals of the day per currency, by currency code. */
  perCurrency(): CurrencyTotal[] {
    const totals: Grouped = new Map();
    for (const byCurrency of this.byMethod.values()) {
      for (const total of byCurrency.values()) add(totals, '', total.currency, total.count, total.amount);
    }
    return [...(totals.get('')?.values() ?? [])].sort((a, b) => a.currency.localeCompare(b.currency));
  }
}

/** The local day `now` falls in, as the half-open interval collectionsSummary takes. */
export function localDay(now: Date): { from: Date; to: Date } {
  const from = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const to = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return { from, to };
}
