import type { TeamResolvers } from '../generated/resolvers-types';
import { findTeam } from '../queries/teams';
import { countTeamCustomers, findTeamCustomerCifs } from '../repository/teams';

export const Team: TeamResolvers = {
  __resolveReference: ({ name }, { db }) => findTeam(db, name),
  customerCount: ({ name }, _args, { db }) => countTeamCustomers(db, name),
  customerCifs: ({ name }, _args, { db }) => findTeamCustomerCifs(db, name),
};
