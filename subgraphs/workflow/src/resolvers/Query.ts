import { parseUuid, toConnection } from '@collexis/platform/graphql';
import type { QueryResolvers } from '../generated/resolvers-types';
import { nameCursor, namePage } from '../queries/pagination';
import { agentPerformance, agentWorkload } from '../queries/reports';
import { findAgentsPage } from '../repository/agents';
import { findAuditPage } from '../repository/audit-log';

export const Query: QueryResolvers = {
  agent: (_, { id }, { loaders }) => loaders.agentById.load(parseUuid('id', id)),
  agents: async (_, { filter, first, after }, { db }) => {
    const page = namePage({ first, after });
    return toConnection(await findAgentsPage(db, filter ?? {}, page), page.limit, nameCursor);
  },
  customerCase: (_, { cif }, { loaders }) => loaders.caseByCif.load(cif),
  agentWorkload: (_, { agentId }, { db }) => agentWorkload(db, agentId),
  agentPerformance: (_, args, { db }) => agentPerformance(db, args),
  workflowAuditLog: (_, args, { db }) => {
    return findAuditPage(db, args);
  },
};
