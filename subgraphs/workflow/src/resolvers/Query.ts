import { findEventsAfter, headSequence } from '@collexis/events/publish';
import { parseUuid, toConnection } from '@collexis/platform/graphql';
import type { QueryResolvers } from '../generated/resolvers-types';
import { nameCursor, namePage } from '../queries/pagination';
import { agentPerformance, agentWorkload } from '../queries/reports';
import {
  eventCursor,
  eventPageSize,
  parseWorkflowEventCursor,
  workflowEventSelection,
} from '../queries/workflow-event-args';
import { findAgentsPage } from '../repository/agents';
import { findAuditPage } from '../repository/audit-log';
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
  workflowAuditLog: (_, args, { db }) => {
    return findAuditPage(db, args);
  },
  workflowEvents: async (_, { after, first, filter }, { db }) => {
    const size = eventPageSize(first);
    const rows = await findEventsAfter(db, workflowOutbox, {
      after: parseWorkflowEventCursor(after) ?? 0n,
      where: workflowEventSelection(filter).where,
      take: size + 1,
    });
    return toConnection(rows, size, eventCursor);
  },
  workflowEventsHead: async (_, _args, { db }) => String(await headSequence(db, workflowOutbox)),
};
