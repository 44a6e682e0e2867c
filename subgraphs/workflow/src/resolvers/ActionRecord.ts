import type { ActionRecordResolvers } from '../generated/resolvers-types';

export const ActionRecord: ActionRecordResolvers = {
  agent: (action, _, { loaders }) => loaders.agentById.load(action.agentId),
  customer: (action) => ({ cif: action.cif }),
  loan: (action) => ({ accountNumber: action.loanAccountNumber }),
};
