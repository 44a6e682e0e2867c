import type { CustomerCaseActionResolvers } from '../generated/resolvers-types';

export const CustomerCaseAction: CustomerCaseActionResolvers = {
  agent: (caseAction, _, { loaders }) => loaders.agentById.load(caseAction.agentId),
  customer: (caseAction) => ({ cif: caseAction.cif }),
};
