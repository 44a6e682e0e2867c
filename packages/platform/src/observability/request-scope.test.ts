import { describe, expect, it } from 'vitest';
import { requestIdOf } from './request-scope';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('requestIdOf', () => {
  it("keeps a caller's sane request id", () => {
    expect(requestIdOf('req-1.2:abc_D')).toBe('req-1.2:abc_D');
  });

  it('makes up one for none, or for one too long, with spaces, quotes or several values', () => {
    for (const header of [undefined, 'x'.repeat(65), 'a b', 'a"b', '', ['a', 'b']]) {
      expect(requestIdOf(header)).toMatch(UUID);
    }
  });
});
