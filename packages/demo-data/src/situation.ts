/**
 * Where a customer stands for the collection team, read off the loan plans: in arrears now, cured
 * recently, on a watch list (pre-due reminders), or of no interest.
 */
import { installmentDate, type LoanPlan } from './loan-plan';
import type { Rng } from './prng';

export type SituationKind = 'DELINQUENT' | 'CURED' | 'WATCH';

export interface Situation {
  kind: SituationKind;
  /** Highest dpd over the open loans (0 unless DELINQUENT). */
  maxDpd: number;
  /** The day the customer fell behind (DELINQUENT, CURED) or was put on the watch list. */
  since: number;
  /** The loans the team works on. */
  loans: LoanPlan[];
}

const WATCH_SHARE = 0.25;

export function situationOf(rng: Rng, plans: readonly LoanPlan[], today: number): Situation | null {
  const open = plans.filter((plan) => plan.closed === null);
  const delinquent = open.filter((plan) => plan.dpd > 0);
  if (delinquent.length > 0) {
    const maxDpd = Math.max(...delinquent.map((plan) => plan.dpd));
    return { kind: 'DELINQUENT', maxDpd, since: today - maxDpd, loans: delinquent };
  }
  const cured = open.find((plan) => plan.cure !== null);
  if (cured?.cure) {
    return { kind: 'CURED', maxDpd: 0, since: installmentDate(cured, cured.cure.lateFrom), loans: [cured] };
  }
  if (open.length > 0 && rng.chance(WATCH_SHARE)) {
    return { kind: 'WATCH', maxDpd: 0, since: today - rng.int(10, 400), loans: open };
  }
  return null;
}
