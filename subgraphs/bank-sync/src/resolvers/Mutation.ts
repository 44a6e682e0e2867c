import type { MutationResolvers } from '../generated/resolvers-types';
import { fileRunRequest, pushRequest } from '../inputs/sync-requests';

export const Mutation: MutationResolvers = {
  runSync: async (_, { input }, { sync, viewer }) => {
    return { run: await sync.runFiles(fileRunRequest(input), viewer) };
  },
  pushSyncBatch: async (_, { input }, { sync, viewer }) => {
    return { run: await sync.pushBatch(pushRequest(input), viewer) };
  },
};
