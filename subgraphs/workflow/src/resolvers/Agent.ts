import { toConnection } from '@collexis/platform/graphql';
import type { AgentResolvers } from '../generated/resolvers-types';
import { cifCursor, cifPage } from '../queries/pagination';

export const Agent: AgentResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.agentById.load(id),
  assignedCustomers: async (agent, { first, after }, { loaders }) => {
    const page = cifPage({ first, after });
    const rows = await loaders.worklistByAgent.load({ parent: agent.id, page });
    const { edges, pageInfo } = toConnection(rows, page.limit, cifCursor);
    return {
      edges: edges.map(({ node, cursor }) => ({ node: { cif: node.cif }, cursor, assignment: node })),
      nodes: edges.map(({ node }) => ({ cif: node.cif })),
      pageInfo,
    };
  },
};
