import { requireRole } from '@collexis/platform/graphql';
import { Roles } from '../authorization';
import type { MutationResolvers } from '../generated/resolvers-types';
import { fileRunRequest, pushRequest } from '../inputs/sync-requests';

export const Mutation: MutationResolvers = {
  runSync: async (_, { input }, { sync, viewer }) => {
    requireRole(viewer, Roles.sync, 'runSync');
    return { run: await sync.runFiles(fileRunRequest(input), viewer) };
  },
  pushSyncBatch: async (_, { input }, { sync, viewer }) => {
    requireRole(viewer, Roles.sync, 'pushSyncBatch');
    return { run: await sync.pushBatch(pushRequest(input), viewer) };
  },
};
