/**
 * customer_cases and customer_case_actions. The case's five statuses are where its case actions lead:
 * the first action sets all five (initial assessment), later ones change some of them (null = unchanged),
 * so replaying the actions in date order gives exactly the case row. Targets follow the customer's
 * situation and the result of the last contact.
 */
import { type Assignment, assignmentOn } from './assignments';
import { localInstant, plusMinutes } from './dates';
import type { Rng } from './prng';
import type { ActionRecordRow, AgentRow, CustomerCaseActionRow, CustomerCaseRow } from './rows';
import type { Situation } from './situation';
import type {
  ActionResult,
  CaseCustomerStatus,
  CollateralStatus,
  LendingViolationStatus,
  ProcessingStateStatus,
  RecoveryAbilityStatus,
} from './vocabulary';

export interface CaseStatuses {
  customerStatus: CaseCustomerStatus;
  collateralStatus: CollateralStatus;
  processingStateStatus: ProcessingStateStatus;
  lendingViolationStatus: LendingViolationStatus;
  recoveryAbilityStatus: RecoveryAbilityStatus;
}

type StatusField = keyof CaseStatuses;
const OTHER_FIELDS: readonly Exclude<StatusField, 'customerStatus'>[] = [
  'collateralStatus',
  'processingStateStatus',
  'lendingViolationStatus',
  'recoveryAbilityStatus',
];

const CONTACT_TYPES = new Set(['CALL', 'VISIT']);

export interface CaseInput {
  cif: string;
  situation: Situation;
  assignments: readonly Assignment[];
  actions: readonly ActionRecordRow[];
  collateral: { any: boolean; vehicle: boolean };
  today: number;
}

function customerStatusAfter(rng: Rng, result: ActionResult | null, dpd: number): CaseCustomerStatus {
  switch (result) {
    case null:
      return 'NEW';
    case 'PROMISE_TO_PAY':
      return dpd > 30 && rng.chance(0.3) ? 'BROKEN_PROMISE' : 'PROMISE_TO_PAY';
    case 'PAID':
      return 'PAYING';
    case 'NO_ANSWER':
    case 'NOT_AT_HOME':
    case 'WRONG_NUMBER':
    case 'LEFT_MESSAGE':
      return rng.chance(0.5) ? 'UNREACHABLE' : 'CONTACTED';
    default:
      return 'CONTACTED';
  }
}

function collateralStatus(rng: Rng, input: CaseInput): CollateralStatus {
  const dpd = input.situation.maxDpd;
  if (!input.collateral.any) return 'NONE';
  if (dpd > 180 && rng.chance(0.15)) return 'SOLD';
  if (dpd > 90 && input.collateral.vehicle && rng.chance(0.4)) return 'REPOSSESSION';
  if (dpd > 30 && rng.chance(0.25)) return 'UNDER_REVIEW';
  return 'SECURED';
}

function recovery(rng: Rng, dpd: number): RecoveryAbilityStatus {
  if (dpd <= 30) return 'HIGH';
  if (dpd <= 60) return rng.chance(0.5) ? 'HIGH' : 'MEDIUM';
  if (dpd <= 90) return 'MEDIUM';
  if (dpd <= 180) return 'LOW';
  return rng.chance(0.5) ? 'LOW' : 'NONE';
}

export function targetStatuses(rng: Rng, input: CaseInput): CaseStatuses {
  const { situation } = input;
  const collateral = collateralStatus(rng, input);
  if (situation.kind === 'CURED') {
    const settled = rng.chance(0.3);
    return {
      customerStatus: settled ? 'SETTLED' : 'PAYING',
      collateralStatus: collateral,
      processingStateStatus: settled || rng.chance(0.4) ? 'CLOSED' : 'IN_PROGRESS',
      lendingViolationStatus: 'NONE',
      recoveryAbilityStatus: 'HIGH',
    };
  }
  const lastContact = [...input.actions].reverse().find((action) => CONTACT_TYPES.has(action.type));
  if (situation.kind === 'WATCH') {
    return {
      customerStatus: lastContact ? 'CONTACTED' : 'NEW',
      collateralStatus: collateral,
      processingStateStatus: 'NEW',
      lendingViolationStatus: 'NONE',
      recoveryAbilityStatus: 'HIGH',
    };
  }
  const dpd = situation.maxDpd;
  const violation = dpd > 90 && rng.chance(0.04) ? 'CONFIRMED' : rng.chance(0.09) ? 'SUSPECTED' : 'NONE';
  return {
    customerStatus: customerStatusAfter(rng, lastContact?.actionResult ?? null, dpd),
    collateralStatus: collateral,
    processingStateStatus:
      input.actions.length === 0
        ? 'NEW'
        : dpd <= 90
          ? 'IN_PROGRESS'
          : dpd <= 180 || rng.chance(0.4)
            ? 'ESCALATED'
            : 'LEGAL',
    lendingViolationStatus: violation,
    recoveryAbilityStatus: recovery(rng, dpd),
  };
}

function initialStatuses(target: CaseStatuses, input: CaseInput): CaseStatuses {
  return {
    customerStatus: 'NEW',
    collateralStatus: input.collateral.any ? 'SECURED' : 'NONE',
    processingStateStatus: 'NEW',
    lendingViolationStatus: 'NONE',
    recoveryAbilityStatus: input.situation.maxDpd > 30 ? 'MEDIUM' : target.recoveryAbilityStatus,
  };
}

type Change = Partial<CaseStatuses>;

/** Where a case usually passes on its way: reached, a promise, the promise broken. */
const INTERMEDIATE: readonly CaseCustomerStatus[] = ['CONTACTED', 'PROMISE_TO_PAY', 'BROKEN_PROMISE'];

function copy(statuses: CaseStatuses): Change {
  return {
    customerStatus: statuses.customerStatus,
    collateralStatus: statuses.collateralStatus,
    processingStateStatus: statuses.processingStateStatus,
    lendingViolationStatus: statuses.lendingViolationStatus,
    recoveryAbilityStatus: statuses.recoveryAbilityStatus,
  };
}

/** The status changes of 1-4 case actions, whose replay ends at `target`. */
function changes(rng: Rng, initial: CaseStatuses, target: CaseStatuses): Change[] {
  const count = rng.int(1, 4);
  if (count === 1) return [copy(target)];
  const steps: Change[] = [copy(initial)];
  for (let i = 1; i < count - 1; i++) steps.push({ customerStatus: INTERMEDIATE[i - 1] ?? 'CONTACTED' });
  steps.push({ customerStatus: target.customerStatus });
  for (const field of OTHER_FIELDS) {
    if (initial[field] === target[field]) continue;
    const step = steps[rng.int(1, count - 1)];
    if (step) Object.assign(step, { [field]: target[field] });
  }
  return steps;
}

const NOTES: Record<StatusField, string> = {
  customerStatus: 'customer status',
  collateralStatus: 'collateral',
  processingStateStatus: 'processing state',
  lendingViolationStatus: 'lending violation',
  recoveryAbilityStatus: 'recovery ability',
};

function noteFor(change: Change, first: boolean): string {
  if (first) return 'Initial assessment after assignment.';
  const fields = (Object.keys(change) as StatusField[]).map((field) => `${NOTES[field]} ${change[field]}`);
  return `Updated ${fields.join(', ')}.`;
}

export function caseRows(
  rng: Rng,
  input: CaseInput,
): { customerCase: CustomerCaseRow; customerCaseActions: CustomerCaseActionRow[] } {
  const { assignments, today, cif } = input;
  const first = assignments[0];
  const current = assignments[assignments.length - 1];
  if (!first || !current) throw new RangeError('a case needs an assignment');
  const target = targetStatuses(rng, input);
  const steps = changes(rng, initialStatuses(target, input), target);
  const opened = localInstant(first.start, rng.int(10 * 60, 11 * 60));
  const days = steps
    .map((_, i) => (i === 0 ? first.start : rng.int(first.start, today - 1)))
    .sort((a, b) => a - b);
  let previous = opened;
  const customerCaseActions = steps.map((change, i): CustomerCaseActionRow => {
    const day = days[i] ?? first.start;
    const assignment = assignmentOn(assignments, day);
    const agent: AgentRow = assignment.field && rng.chance(0.35) ? assignment.field : assignment.call;
    const proposed = localInstant(day, rng.int(12 * 60, 18 * 60));
    // Strictly increasing, so that replaying the actions by date is replaying them in order.
    const actionDate = proposed > previous ? proposed : plusMinutes(previous, rng.int(5, 60));
    previous = actionDate;
    const createdAt = plusMinutes(actionDate, rng.int(1, 10));
    return {
      id: rng.uuid(),
      cif,
      agentId: agent.id,
      actionDate,
      notes: noteFor(change, i === 0 && steps.length > 1),
      customerStatus: change.customerStatus ?? null,
      collateralStatus: change.collateralStatus ?? null,
      processingStateStatus: change.processingStateStatus ?? null,
      lendingViolationStatus: change.lendingViolationStatus ?? null,
      recoveryAbilityStatus: change.recoveryAbilityStatus ?? null,
      createdAt,
      updatedAt: createdAt,
      createdBy: agent.employeeId,
      updatedBy: agent.employeeId,
    };
  });
  const last = customerCaseActions[customerCaseActions.length - 1];
  const closed = target.processingStateStatus === 'CLOSED' || target.customerStatus === 'SETTLED';
  return {
    customerCase: {
      id: rng.uuid(),
      cif,
      assignedCallAgentId: current.call.id,
      assignedFieldAgentId: current.field?.id ?? null,
      fUpdate: closed ? null : localInstant(today + rng.int(0, 14), rng.int(9 * 60, 17 * 60)),
      customerStatus: target.customerStatus,
      collateralStatus: target.collateralStatus,
      processingStateStatus: target.processingStateStatus,
      lendingViolationStatus: target.lendingViolationStatus,
      recoveryAbilityStatus: target.recoveryAbilityStatus,
      createdAt: opened,
      updatedAt: last?.createdAt ?? opened,
    },
    customerCaseActions,
  };
}
