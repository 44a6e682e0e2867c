import { recordAction, setActionResult } from '../commands/actions';
import { createAgent, deactivateAgent, updateAgentFields } from '../commands/agents';
import { assignCustomer, bulkAssignCustomers, reassignCustomer } from '../commands/assignments';
import { recordCaseAction } from '../commands/cases';
import type { MutationResolvers } from '../generated/resolvers-types';

export const Mutation: MutationResolvers = {
  createAgent: async (_, { input }, context) => {
    return { agent: await createAgent(context, input) };
  },
  updateAgent: async (_, { input }, context) => {
    return { agent: await updateAgentFields(context, input) };
  },
  deactivateAgent: async (_, { input }, context) => {
    return { agent: await deactivateAgent(context, input) };
  },
  recordAction: async (_, { input }, context) => {
    return { action: await recordAction(context, input) };
  },
  updateActionResult: async (_, { input }, context) => {
    return { action: await setActionResult(context, input) };
  },
  assignCustomer: (_, { input }, context) => {
    return assignCustomer(context, input);
  },
  reassignCustomer: (_, { input }, context) => {
    return reassignCustomer(context, input);
  },
  bulkAssignCustomers: (_, { input }, context) => {
    return bulkAssignCustomers(context, input);
  },
  recordCaseAction: (_, { input }, context) => {
    return recordCaseAction(context, input);
  },
};
