/** The loan balances a series of payments and reversals should leave, computed in whole cents, never floats. */

const cents = (amount: string) => {
  const [whole = '0', fraction = ''] = amount.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
};
const amountOf = (value: bigint) => `${value / 100n}.${String(value % 100n).padStart(2, '0')}`;

interface Balances {
  outstanding: bigint;
  remaining: bigint;
  due: bigint;
}

/** What every loan should owe: a payment lowers all three balances, the due one never below zero; a reversal gives back what was taken. */
export class Ledger {
  private readonly loans = new Map<string, Balances>();
  private readonly taken = new Map<string, { loan: string } & Balances>();

  open(loan: string, balances: { outstanding: string; remaining: string; due: string }) {
    this.loans.set(loan, {
      outstanding: cents(balances.outstanding),
      remaining: cents(balances.remaining),
      due: cents(balances.due),
    });
  }

  receive(reference: string, loan: string, amount: string) {
    const balances = this.loans.get(loan);
    if (!balances) throw new Error(`ledger: no loan ${loan}`);
    const paid = cents(amount);
    // biome-ignore lint/complexity/useMathMinMax: Math.min does not take bigints
    const due = balances.due < paid ? balances.due : paid;
    balances.outstanding -= paid;
    balances.remaining -= paid;
    balances.due -= due;
    this.taken.set(reference, { loan, outstanding: paid, remaining: paid, due });
  }

  reverse(reference: string) {
    const taken = this.taken.get(reference);
    const balances = taken && this.loans.get(taken.loan);
    if (!taken || !balances) throw new Error(`ledger: ${reference} was never received`);
    balances.outstanding += taken.outstanding;
    balances.remaining += taken.remaining;
    balances.due += taken.due;
    this.taken.delete(reference);
  }

  expected() {
    return Object.fromEntries(
      [...this.loans].map(([loan, b]) => [
        loan,
        {
          outstanding: amountOf(b.outstanding),
          remaining_amount: amountOf(b.remaining),
          due_amount: amountOf(b.due),
        },
      ]),
    );
  }
}
