import { BadUserInputError, toConnection } from '@collexis/platform/graphql';
import { auditPage } from '../audit-page';
import { Roles, requireRole } from '../authorization';
import { agentPerformance, agentWorkload } from '../commands/reports';
import type { QueryResolvers } from '../generated/resolvers-types';
import { isUuid } from '../ids';
import { nameCursor, namePage } from '../pagination';
import { findAgentsPage } from '../repository/agents';

export const Query: QueryResolvers = {
  agent: (_, { id }, { loaders }) => {
    if (!isUuid(id)) throw new BadUserInputError('id', `id must be a UUID; got ${JSON.stringify(id)}`);
    return loaders.agentById.load(id);
  },
  agents: async (_, { filter, first, after }, { db }) => {
    const page = namePage({ first, after });
    return toConnection(await findAgentsPage(db, filter ?? {}, page), page.limit, nameCursor);
  },
  customerCase: (_, { cif }, { loaders }) => loaders.caseByCif.load(cif),
  agentWorkload: (_, { agentId }, { db }) => agentWorkload(db, agentId),
  agentPerformance: (_, args, { db }) => agentPerformance(db, args),
  workflowAuditLog: (_, args, { db, viewer }) => {
    requireRole(viewer, Roles.audit, 'workflowAuditLog');
    return auditPage(db, args);
  },
};
