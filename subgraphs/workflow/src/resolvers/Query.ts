import { findEventsPage, headSequence } from '@collexis/events/publish';
import { parseUuid, toConnection } from '@collexis/platform/graphql';
import type { QueryResolvers } from '../generated/resolvers-types';
import { nameCursor, namePage } from '../queries/pagination';
import { agentPerformance, agentWorkload } from '../queries/reports';
import { findTeam } from '../queries/teams';
import { workflowEventSelection } from '../queries/workflow-event-args';
import { findAgentsPage } from '../repository/agents';
import { findAuditPage } from '../repository/audit-log';
import { findTeamSummaries } from '../repository/teams';
import { workflowOutbox } from '../repository/workflow-events';

export const Query: QueryResolvers = {
  agent: (_, { id }, { loaders }) => loaders.agentById.load(parseUuid('id', id)),
  agents: async (_, { filter, first, after }, { db }) => {
    const page = namePage({ first, after });
    return toConnection(await findAgentsPage(db, filter ?? {}, page), page.limit, nameCursor);
  },
  customerCase: (_, { cif }, { loaders }) => loaders.caseByCif.load(cif),
  agentWorkload: (_, { agentId }, { db }) => agentWorkload(db, agentId),
  agentPerformance: (_, args, { db }) => agentPerformance(db, args),
  team: (_, { name }, { db }) => findTeam(db, name),
  teams: (_, _args, { db }) => findTeamSummaries(db),
  workflowAuditLog: (_, args, { db }) => {
    return findAuditPage(db, args);
  },
  workflowEvents: (_, { after, first, filter }, { db }) =>
    findEventsPage(db, workflowOutbox, {
      after,
      first,
      where: workflowEventSelection(filter).where,
      what: 'workflow event',
    }),
  workflowEventsHead: async (_, _args, { db }) => String(await headSequence(db, workflowOutbox)),
};
