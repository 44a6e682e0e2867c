import { anonymousViewer } from '@collexis/platform/graphql';
import { describe, expect, it } from 'vitest';
import { callerOf, costLimitOf, hasIdentity } from './caller';

const limits = { maxCost: 10_000, maxCostByRole: { ANALYST: 100_000, AUDITOR: 50_000, INTERN: 1_000 } };

describe('the caller', () => {
  it('is anonymous when the context names nobody, and has no identity then', () => {
    expect(callerOf({})).toBe(anonymousViewer);
    expect(hasIdentity(callerOf({}))).toBe(false);
    expect(hasIdentity({ id: 'agent-1', roles: [] })).toBe(true);
  });

  it('gets the highest cost limit of their roles that are listed, else the default', () => {
    expect(costLimitOf({ id: 'a', roles: ['AGENT'] }, limits)).toBe(10_000);
    expect(costLimitOf({ id: 'a', roles: ['AGENT', 'AUDITOR', 'ANALYST'] }, limits)).toBe(100_000);
    expect(costLimitOf({ id: 'a', roles: ['INTERN'] }, limits)).toBe(1_000);
    expect(costLimitOf(anonymousViewer, limits)).toBe(10_000);
  });
});
