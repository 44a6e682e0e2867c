import { requireRole } from '@collexis/platform/graphql';
import { Roles } from '../authorization';
import { recordAction, setActionResult } from '../commands/actions';
import { createAgent, deactivateAgent, updateAgentFields } from '../commands/agents';
import { assignCustomer, bulkAssignCustomers, reassignCustomer } from '../commands/assignments';
import { recordCaseAction } from '../commands/cases';
import type { MutationResolvers } from '../generated/resolvers-types';

export const Mutation: MutationResolvers = {
  createAgent: async (_, { input }, context) => {
    requireRole(context.viewer, Roles.supervision, 'createAgent');
    return { agent: await createAgent(context, input) };
  },
  updateAgent: async (_, { input }, context) => {
    requireRole(context.viewer, Roles.supervision, 'updateAgent');
    return { agent: await updateAgentFields(context, input) };
  },
  deactivateAgent: async (_, { input }, context) => {
    requireRole(context.viewer, Roles.supervision, 'deactivateAgent');
    return { agent: await deactivateAgent(context, input) };
  },
  recordAction: async (_, { input }, context) => {
    requireRole(context.viewer, Roles.collection, 'recordAction');
    return { action: await recordAction(context, input) };
  },
  updateActionResult: async (_, { input }, context) => {
    requireRole(context.viewer, Roles.collection, 'updateActionResult');
    return { action: await setActionResult(context, input) };
  },
  assignCustomer: (_, { input }, context) => {
    requireRole(context.viewer, Roles.supervision, 'assignCustomer');
    return assignCustomer(context, input);
  },
  reassignCustomer: (_, { input }, context) => {
    requireRole(context.viewer, Roles.supervision, 'reassignCustomer');
    return reassignCustomer(context, input);
  },
  bulkAssignCustomers: (_, { input }, context) => {
    requireRole(context.viewer, Roles.supervision, 'bulkAssignCustomers');
    return bulkAssignCustomers(context, input);
  },
  recordCaseAction: (_, { input }, context) => {
    requireRole(context.viewer, Roles.collection, 'recordCaseAction');
    return recordCaseAction(context, input);
  },
};
