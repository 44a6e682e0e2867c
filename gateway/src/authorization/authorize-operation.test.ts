import { accessRulesOf } from '@collexis/platform/graphql';
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { authorizeOperation } from './authorize-operation';
import { answerWithDenials } from './denied-answers';

const sdl = `
  directive @authenticated on FIELD_DEFINITION | OBJECT
  directive @requiresScopes(scopes: [[String!]!]!) on FIELD_DEFINITION | OBJECT
  type Query @authenticated {
    customer(cif: String!): Customer
    auditLog: [AuditEntry!]
  }
  type AuditEntry @requiresScopes(scopes: [["ADMIN"]]) { id: ID! }
  type Customer { cif: String! loans: [Loan!]! secret: String! @requiresScopes(scopes: [["ADMIN"], ["SYSTEM"]]) }
  type Loan { accountNumber: String! note: String @requiresScopes(scopes: [["ADMIN"]]) }
  type Mutation { recordPayment(amount: String!): Payment! @requiresScopes(scopes: [["SYSTEM"], ["PAYMENT_PROCESSOR"]]) }
  type Payment { referenceNumber: String! }
`;
const schema = buildSchema(sdl);
const rules = accessRulesOf(parse(sdl));
const agent = { authenticated: true, roles: ['AGENT'] };
const admin = { authenticated: true, roles: ['ADMIN'] };

const authorize = (subject: typeof agent, query: string) =>
  authorizeOperation(schema, rules, subject, parse(query), undefined);

describe('authorizeOperation', () => {
  it('leaves an operation the caller may see whole untouched', () => {
    expect(authorize(agent, '{ customer(cif: "1") { cif loans { accountNumber } } }')).toBeNull();
    expect(authorize(admin, '{ customer(cif: "1") { secret loans { note } } auditLog { id } }')).toBeNull();
  });

  it('removes denied fields, inside fragments too, and says what each needs', () => {
    const authorized = authorize(
      agent,
      `query Q { customer(cif: "1") { cif ...Hidden loans { accountNumber note } } auditLog { id } }
       fragment Hidden on Customer { secret }`,
    );
    expect(
      authorized?.denied.map((field) => [field.steps.map((step) => step.key).join('.'), field.code]),
    ).toEqual([
      ['customer.secret', 'FORBIDDEN'],
      ['customer.loans.note', 'FORBIDDEN'],
      ['auditLog', 'FORBIDDEN'],
    ]);
    expect(authorized?.denied[0]?.message).toBe('Customer.secret needs the role ADMIN or SYSTEM');
  });

  it('refuses everything under an authenticated type to an anonymous caller', () => {
    const authorized = authorize({ authenticated: false, roles: [] }, '{ customer(cif: "1") { cif } }');
    expect(authorized?.denied.map((field) => field.code)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('answerWithDenials', () => {
  it('answers a denied nullable field as null and bubbles a non-null one to its nearest nullable parent', () => {
    const authorized = authorize(agent, '{ customer(cif: "1") { cif secret loans { note accountNumber } } }');
    const answer = answerWithDenials(
      { data: { customer: { cif: '1', loans: [{ accountNumber: 'L1' }, { accountNumber: 'L2' }] } } },
      authorized?.denied ?? [],
    );
    expect(answer.data).toEqual({ customer: null });
    expect(answer.errors?.map((error) => error.path)).toEqual([
      ['customer', 'secret'],
      ['customer', 'loans', 'note'],
    ]);
  });

  it('keeps the rest of the answer beside a denied field', () => {
    const authorized = authorize(
      agent,
      '{ customer(cif: "1") { loans { note accountNumber } } auditLog { id } }',
    );
    const answer = answerWithDenials(
      { data: { customer: { loans: [{ accountNumber: 'L1' }] } } },
      authorized?.denied ?? [],
    );
    expect(answer.data).toEqual({
      customer: { loans: [{ accountNumber: 'L1', note: null }] },
      auditLog: null,
    });
  });

  it('answers a forbidden non-null mutation with no data, having asked nothing of any subgraph', () => {
    const authorized = authorize(agent, 'mutation { recordPayment(amount: "1") { referenceNumber } }');
    expect(authorized?.document.definitions).toHaveLength(1);
    const answer = answerWithDenials({ data: { __collexis_denied: 'Mutation' } }, authorized?.denied ?? []);
    expect(answer.data).toBeNull();
    expect(answer.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
