/**
 * action_records: what the assigned agents did over the last 180 days. Calls, SMS, e-mails and letters
 * come from the call agent in charge that day, visits from the field agent (with coordinates near the
 * customer); the more a customer is behind, the more often they are worked.
 */

import { formatStreetAddress } from './addresses';
import { type Assignment, assignmentOn } from './assignments';
import { compactDay, formatDay, localInstant, plusMinutes } from './dates';
import { formatScaled, groupThousands } from './decimal';
import type { LoanPlan } from './loan-plan';
import { nearbyPoint } from './places';
import { type Rng, type WeightedTable, weighted } from './prng';
import type { CustomerProfile } from './profile';
import type { ActionRecordRow, AgentRow } from './rows';
import type { Situation } from './situation';
import type { ActionResult, ActionSubtype, ActionType } from './vocabulary';

/** Actions are only kept online for this long. */
export const ACTION_HISTORY_DAYS = 180;

/** Actions per customer by how far behind they are (severity 1-5), or by situation. */
const ACTION_COUNT: Record<string, readonly [number, number]> = {
  1: [3, 8],
  2: [5, 10],
  3: [6, 13],
  4: [7, 15],
  5: [6, 16],
  CURED: [2, 6],
  WATCH: [0, 2],
};

const RESULTS: Record<ActionSubtype, WeightedTable<ActionResult>> = {
  OUTBOUND_CALL: weighted<ActionResult>([
    ['NO_ANSWER', 30],
    ['PROMISE_TO_PAY', 20],
    ['CALLBACK_REQUESTED', 12],
    ['LEFT_MESSAGE', 10],
    ['REFUSED', 8],
    ['WRONG_NUMBER', 4],
    ['DISPUTE', 3],
    ['PAID', 3],
  ]),
  INBOUND_CALL: weighted<ActionResult>([
    ['PROMISE_TO_PAY', 40],
    ['PAID', 20],
    ['CALLBACK_REQUESTED', 15],
    ['DISPUTE', 10],
    ['REFUSED', 5],
  ]),
  FIELD_VISIT: weighted<ActionResult>([
    ['NOT_AT_HOME', 35],
    ['PROMISE_TO_PAY', 30],
    ['REFUSED', 15],
    ['PAID', 10],
    ['DISPUTE', 5],
    ['CALLBACK_REQUESTED', 5],
  ]),
  OFFICE_VISIT: weighted<ActionResult>([
    ['PROMISE_TO_PAY', 50],
    ['PAID', 35],
    ['DISPUTE', 15],
  ]),
  PAYMENT_REMINDER: weighted<ActionResult>([
    ['LEFT_MESSAGE', 92],
    ['WRONG_NUMBER', 8],
  ]),
  DEMAND_LETTER: weighted<ActionResult>([
    ['LEFT_MESSAGE', 80],
    ['NOT_AT_HOME', 20],
  ]),
};

const REMOTE_ACTIONS = weighted<readonly [ActionType, ActionSubtype]>([
  [['CALL', 'OUTBOUND_CALL'], 60],
  [['CALL', 'INBOUND_CALL'], 10],
  [['SMS', 'PAYMENT_REMINDER'], 17],
  [['EMAIL', 'PAYMENT_REMINDER'], 6],
  [['LETTER', 'DEMAND_LETTER'], 7],
]);

/** Local working hours (minutes of the day) by action type. */
const HOURS: Record<ActionType, readonly [number, number]> = {
  CALL: [8 * 60, 19 * 60 + 30],
  VISIT: [8 * 60 + 30, 17 * 60],
  SMS: [9 * 60, 9 * 60 + 30],
  EMAIL: [9 * 60, 11 * 60],
  LETTER: [14 * 60, 16 * 60],
};

const VISIT_SHARE = 0.3;
const NOTE_SHARE = 0.75;

function note(rng: Rng, subtype: ActionSubtype, result: ActionResult, loan: LoanPlan, day: number): string {
  if (subtype === 'PAYMENT_REMINDER') {
    return result === 'WRONG_NUMBER' ? 'Reminder undelivered.' : 'Payment reminder sent.';
  }
  if (subtype === 'DEMAND_LETTER') {
    return result === 'NOT_AT_HOME'
      ? 'Letter returned: nobody at the address.'
      : 'Demand letter sent by registered post.';
  }
  const amount = `${groupThousands(loan.dueAmount > 0 ? loan.dueAmount : loan.installment)} ${loan.currency}`;
  switch (result) {
    case 'PROMISE_TO_PAY':
      return `Customer promised to pay ${amount} by ${formatDay(day + rng.int(2, 10))}.`;
    case 'PAID':
      return rng.pick([
        `Customer says ${amount} was paid; awaiting confirmation.`,
        'Payment confirmed with customer.',
      ]);
    case 'NO_ANSWER':
      return rng.pick(['No answer.', 'Phone switched off.', 'Rang out, no voicemail.']);
    case 'LEFT_MESSAGE':
      return rng.pick(['Left a message with a family member.', 'Voicemail left.']);
    case 'WRONG_NUMBER':
      return rng.pick(['Number belongs to someone else.', 'Number not in service.']);
    case 'REFUSED':
      return rng.pick([
        'Customer refuses to pay until income resumes.',
        'Customer refused to discuss the debt.',
      ]);
    case 'NOT_AT_HOME':
      return rng.pick([
        'Nobody at the address; neighbour says customer works away.',
        'House locked, card left.',
      ]);
    case 'CALLBACK_REQUESTED':
      return `Customer asked to be called back on ${formatDay(day + rng.int(1, 5))}.`;
    case 'DISPUTE':
      return rng.pick([
        'Customer disputes the penalty amount.',
        'Customer disputes an installment already paid.',
      ]);
  }
}

interface ActionInput {
  profile: CustomerProfile;
  situation: Situation;
  assignments: readonly Assignment[];
  today: number;
}

function severityKey(situation: Situation): string {
  if (situation.kind !== 'DELINQUENT') return situation.kind;
  const dpd = situation.maxDpd;
  return String(dpd <= 30 ? 1 : dpd <= 60 ? 2 : dpd <= 90 ? 3 : dpd <= 180 ? 4 : 5);
}

function kindFor(
  rng: Rng,
  assignment: Assignment,
  situation: Situation,
): readonly [ActionType, ActionSubtype] {
  if (assignment.field && rng.chance(VISIT_SHARE)) {
    return rng.chance(0.85) ? ['VISIT', 'FIELD_VISIT'] : ['VISIT', 'OFFICE_VISIT'];
  }
  const kind = rng.draw(REMOTE_ACTIONS);
  if (kind[0] === 'LETTER' && situation.maxDpd <= 30) return ['CALL', 'OUTBOUND_CALL'];
  return kind;
}

function actionRow(rng: Rng, input: ActionInput, day: number, assignment: Assignment): ActionRecordRow {
  const { profile, situation } = input;
  const [type, subtype] = kindFor(rng, assignment, situation);
  const agent: AgentRow = type === 'VISIT' && assignment.field ? assignment.field : assignment.call;
  const loan = rng.pick(situation.loans);
  const result = rng.draw(RESULTS[subtype]);
  const [open, close] = HOURS[type];
  const actionDate = localInstant(day, rng.int(open, close));
  const createdAt = plusMinutes(actionDate, rng.int(1, 15));
  const visit = type === 'VISIT' ? nearbyPoint(rng, profile.place) : null;
  return {
    id: rng.uuid(),
    cif: profile.cif,
    loanAccountNumber: loan.accountNumber,
    agentId: agent.id,
    type,
    subtype,
    actionResult: result,
    actionDate,
    notes: rng.chance(NOTE_SHARE) ? note(rng, subtype, result, loan, day) : null,
    callTraceId: type === 'CALL' ? `CT${compactDay(day)}${rng.digits(8)}` : null,
    visitLatitude: visit ? formatScaled(visit.latitude, 8) : null,
    visitLongitude: visit ? formatScaled(visit.longitude, 8) : null,
    visitAddress:
      subtype === 'FIELD_VISIT'
        ? formatStreetAddress(profile.primaryAddress)
        : subtype === 'OFFICE_VISIT'
          ? `Collexis Bank ${profile.place.city} branch`
          : null,
    createdAt,
    updatedAt: createdAt,
    createdBy: agent.employeeId,
    updatedBy: agent.employeeId,
  };
}

export function actionRecordRows(rng: Rng, input: ActionInput): ActionRecordRow[] {
  const { assignments, today, situation } = input;
  const first = assignments[0];
  if (!first) return [];
  const from = Math.max(first.start, today - ACTION_HISTORY_DAYS);
  if (from > today - 1) return [];
  const [low, high] = ACTION_COUNT[severityKey(situation)] ?? [0, 0];
  const days = Array.from({ length: rng.int(low, high) }, () => rng.int(from, today - 1)).sort(
    (a, b) => a - b,
  );
  return days.map((day) => actionRow(rng, input, day, assignmentOn(assignments, day)));
}
