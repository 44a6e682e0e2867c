import { toConnection } from '@collexis/platform/graphql';
import type { CustomerResolvers } from '../generated/resolvers-types';
import { timeCursor, timePage } from '../queries/pagination';

export const Customer: CustomerResolvers = {
  // bank-sync owns customers: the key is all this subgraph needs to resolve its fields.
  __resolveReference: ({ cif }) => ({ cif }),
  case: ({ cif }, _, { loaders }) => loaders.caseByCif.load(cif),
  actions: async ({ cif }, args, { loaders }) => {
    const page = timePage(args);
    return toConnection(await loaders.actionsByCif.load({ parent: cif, page }), page.limit, timeCursor);
  },
  caseActions: async ({ cif }, args, { loaders }) => {
    const page = timePage(args);
    return toConnection(await loaders.caseActionsByCif.load({ parent: cif, page }), page.limit, timeCursor);
  },
  assignments: ({ cif }, _, { loaders }) => loaders.assignmentsByCif.load(cif),
  currentAssignment: ({ cif }, _, { loaders }) => loaders.currentAssignmentByCif.load(cif),
};
