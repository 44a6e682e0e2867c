/** A customer's workflow rows: assignments, actions and the case, for customers the team works on. */
import { actionRecordRows } from './actions';
import type { AgentPools } from './agents';
import { customerAgentRows, planAssignments } from './assignments';
import { caseRows } from './cases';
import type { LoanPlan } from './loan-plan';
import type { Rng } from './prng';
import type { CustomerProfile } from './profile';
import type { CollateralRow } from './rows';
import { situationOf } from './situation';
import type { WorkflowRows } from './types';

export function addWorkflowRows(
  rows: WorkflowRows,
  rng: Rng,
  profile: CustomerProfile,
  plans: readonly LoanPlan[],
  collaterals: readonly CollateralRow[],
  pools: AgentPools,
  today: number,
): void {
  const situation = situationOf(rng, plans, today);
  if (situation === null) return;
  const assignments = planAssignments(rng, situation, pools, profile.place.region, today);
  rows.customerAgents.push(...customerAgentRows(rng, profile.cif, assignments));
  const actions = actionRecordRows(rng, { profile, situation, assignments, today });
  rows.actionRecords.push(...actions);
  const { customerCase, customerCaseActions } = caseRows(rng, {
    cif: profile.cif,
    situation,
    assignments,
    actions,
    collateral: {
      any: collaterals.length > 0,
      vehicle: collaterals.some((collateral) => collateral.type === 'VEHICLE'),
    },
    today,
  });
  rows.customerCases.push(customerCase);
  rows.customerCaseActions.push(...customerCaseActions);
}
