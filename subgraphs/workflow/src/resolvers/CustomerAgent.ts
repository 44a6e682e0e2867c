import type { CustomerAgentResolvers } from '../generated/resolvers-types';
import { loadAgent } from './load-agent';

export const CustomerAgent: CustomerAgentResolvers = {
  customer: (assignment) => ({ cif: assignment.cif }),
  assignedCallAgent: (assignment, _, context) => loadAgent(context, assignment.assignedCallAgentId),
  assignedFieldAgent: (assignment, _, context) => loadAgent(context, assignment.assignedFieldAgentId),
};
