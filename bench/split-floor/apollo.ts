/**
 * The split floor with an Apollo Server in each process, as the architecture has one in the gateway and in
 * each subgraph (the platform's `startSubgraphServer`, as the floor uses): the front serves the floor's schema
 * with one resolver, each part one field whose JSON value is its whole share of the answer. What four
 * processes cost when each runs a GraphQL request but does no more work than the plain split floor.
 */

import type { RunningServer } from '@collexis/platform/http';
import { startSubgraphServer } from '@collexis/platform/subgraph';
import { GraphQLScalarType, parse } from 'graphql';
import { typeDefs as floorTypeDefs } from '../floor/schema';
import { type CallPart, customer360, type StartFront } from './front';
import { type PartProtocol, partClient } from './part-client';
import { type PartInput, readPart, type StartPart } from './parts';

const partTypeDefs = parse(/* GraphQL */ `
  scalar JSON
  type Query {
    part(cif: String, accountNumbers: [String!]): JSON
  }
`);

const PART_QUERY =
  'query Part($cif: String, $accountNumbers: [String!]) { part(cif: $cif, accountNumbers: $accountNumbers) }';

/** A part's JSON goes out as the field's value, untouched. */
const JSONScalar = new GraphQLScalarType({ name: 'JSON', serialize: (value) => value });

const apolloProtocol: PartProtocol = {
  body: (input) => JSON.stringify({ query: PART_QUERY, variables: input }),
  answer: (json) => {
    const { data, errors } = json as { data?: { part?: unknown }; errors?: unknown[] };
    if (errors?.length || !data) throw new Error('a part answered with errors');
    return data.part;
  },
};

async function withStop(server: Promise<RunningServer>, onStop: () => Promise<void>): Promise<RunningServer> {
  const running = await server;
  return {
    ...running,
    stop: async () => {
      await running.stop();
      await onStop();
    },
  };
}

export const startApolloPart: StartPart = (name, port, verifier, sql, onStop) =>
  withStop(
    startSubgraphServer<object>({
      typeDefs: partTypeDefs,
      resolvers: {
        JSON: JSONScalar,
        Query: { part: (_: unknown, input: PartInput) => readPart(name, sql, input) },
      },
      port,
      credentials: verifier,
      context: async () => ({}),
    }),
    onStop,
  );

interface FrontContext {
  call: CallPart;
}

export const startApolloFront: StartFront = (port, verifier, parts) => {
  const client = partClient(parts, apolloProtocol);
  return withStop(
    startSubgraphServer<FrontContext>({
      typeDefs: floorTypeDefs,
      resolvers: {
        Query: {
          customer: (_: unknown, args: { cif: string }, { call }: FrontContext) =>
            customer360(args.cif, call),
        },
      },
      port,
      credentials: verifier,
      context: async (_viewer, request) => ({ call: client.caller(String(request.headers.authorization)) }),
    }),
    async () => client.close(),
  );
};
