import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { enforceAccess, maskPersonalData } from './access';

const typeDefs = parse(`
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@authenticated", "@requiresScopes", "@composeDirective"])
    @link(url: "https://collexis.dev/personal-data/v0.1", import: ["@personalData"])
    @composeDirective(name: "@personalData")
  directive @personalData on FIELD_DEFINITION
  type Query @authenticated {
    customer: Customer
    auditLog: [String!] @requiresScopes(scopes: [["ADMIN"]])
  }
  type Customer @key(fields: "cif") {
    cif: String!
    nationalId: String @personalData
    dateOfBirth: String @personalData
    phones: [String!]! @personalData
  }
`);
const schema = enforceAccess(
  buildSubgraphSchema({
    typeDefs,
    resolvers: {
      Query: {
        customer: () => ({
          cif: 'C1',
          nationalId: '19850312-5521',
          dateOfBirth: '1985',
          phones: ['+46701234567'],
        }),
        auditLog: () => ['entry'],
      },
    },
  }),
  typeDefs,
);

const run = (roles: string[], query: string, id = 'someone') =>
  graphql({ schema, source: query, contextValue: { viewer: { id, roles } } });

describe('enforceAccess', () => {
  it('refuses a field to a caller without its role and to an anonymous caller', async () => {
    const agent = await run(['AGENT'], '{ auditLog }');
    expect(agent.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await run([], '{ customer { cif } }', 'anonymous');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await run(['ADMIN'], '{ auditLog }')).data).toEqual({ auditLog: ['entry'] });
  });

  it('masks personal data for an analyst, to at most its last 4 characters', async () => {
    const analyst = await run(['ANALYST'], '{ customer { cif nationalId dateOfBirth phones } }');
    expect(analyst.data).toEqual({
      customer: { cif: 'C1', nationalId: '••••5521', dateOfBirth: '••••', phones: ['••••4567'] },
    });
    const agent = await run(['AGENT'], '{ customer { nationalId } }');
    expect(agent.data).toEqual({ customer: { nationalId: '19850312-5521' } });
  });

  it('never shows more than the last 4 characters of a short value', () => {
    expect(maskPersonalData('12345678')).toBe('••••');
    expect(maskPersonalData('Anna')).toBe('••••');
  });
});
