import type { CustomerCaseResolvers } from '../generated/resolvers-types';
import { loadAgent } from './load-agent';

export const CustomerCase: CustomerCaseResolvers = {
  customer: (customerCase) => ({ cif: customerCase.cif }),
  assignedCallAgent: (customerCase, _, context) => loadAgent(context, customerCase.assignedCallAgentId),
  assignedFieldAgent: (customerCase, _, context) => loadAgent(context, customerCase.assignedFieldAgentId),
};
