import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { acceptedRoles, accessRulesOf, satisfies } from './access-rules';

const rules = accessRulesOf(
  parse(/* GraphQL */ `
    type Query {
      customer: Customer @requiresScopes(scopes: [["AGENT"], ["ANALYST"]])
      me: String @authenticated
    }
    type Customer @requiresScopes(scopes: [["AGENT"], ["ANALYST"], ["SYSTEM"]]) {
      cif: String
      name: String @requiresScopes(scopes: [["AGENT"], ["ANALYST"]])
      secret: String @requiresScopes(scopes: [["ADMIN", "AGENT"]])
    }
  `),
);

const subject = (...roles: string[]) => ({ authenticated: true, roles });

describe('access rules read from SDL', () => {
  it("combines a field's rule with its type's and the type it returns, keeping only the simplest alternatives", () => {
    const name = rules.requirement('Customer', 'name', 'String');
    expect(name && acceptedRoles(name)).toEqual(['AGENT', 'ANALYST']);
    const customer = rules.requirement('Query', 'customer', 'Customer');
    expect(customer && acceptedRoles(customer)).toEqual(['AGENT', 'ANALYST']);
    const secret = rules.requirement('Customer', 'secret', 'String');
    expect(secret && acceptedRoles(secret)).toEqual(['AGENT+ADMIN']);
  });

  it('lets a caller through when one alternative is met whole', () => {
    const cif = rules.requirement('Customer', 'cif', 'String');
    const name = rules.requirement('Customer', 'name', 'String');
    const secret = rules.requirement('Customer', 'secret', 'String');
    if (!cif || !name || !secret) throw new Error('rules missing');
    expect(satisfies(subject('SYSTEM'), cif)).toBe(true);
    expect(satisfies(subject('SYSTEM'), name)).toBe(false);
    expect(satisfies(subject('AGENT'), secret)).toBe(false);
    expect(satisfies(subject('AGENT', 'ADMIN'), secret)).toBe(true);
    expect(satisfies({ authenticated: false, roles: [] }, cif)).toBe(false);
  });

  it('needs only a signed-in caller for @authenticated, and nothing for an unmarked field', () => {
    const me = rules.requirement('Query', 'me', 'String');
    expect(me).toEqual({ authenticated: true, scopes: null });
    expect(rules.requirement('Query', 'other', 'String')).toBeNull();
  });
});
