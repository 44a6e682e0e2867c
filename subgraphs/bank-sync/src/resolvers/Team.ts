import type { TeamResolvers } from '../generated/resolvers-types';
import { delinquencyBuckets, portfolioAtRisk } from '../queries/portfolio';
import { teamReference } from '../queries/team-portfolio';

export const Team: TeamResolvers = {
  __resolveReference: (representation) => teamReference(representation),
  delinquencyBuckets: ({ customerCifs }, args, { db }) =>
    delinquencyBuckets(db, { ...args, cifs: customerCifs }),
  portfolioAtRisk: ({ customerCifs }, args, { db }) => portfolioAtRisk(db, { ...args, cifs: customerCifs }),
};
