import { decodeCursor } from '@collexis/platform/graphql';
import { BadUserInputError } from '../errors';

/** A cursor this field did not hand out. */
export function foreignCursor(): BadUserInputError {
  return new BadUserInputError('after', 'after is not a cursor this field returned');
}

/** The single number a cursor carries (an error or audit entry id). */
export function decodeIdCursor(after: string | null | undefined): number | null {
  if (after == null) return null;
  const [id] = decodeCursor(after, 1);
  if (typeof id !== 'number') throw foreignCursor();
  return id;
}

/** The strings a cursor carries (a natural key, a start time and an id). */
export function decodeStringCursor(after: string, arity: number): string[] {
  const values = decodeCursor(after, arity);
  return values.map((value) => {
    if (typeof value !== 'string') throw foreignCursor();
    return value;
  });
}
