import { decodeCursor, encodeCursor, isUuid, type PageArgs, pageSize } from '@collexis/platform/graphql';
import { BadUserInputError } from '../errors';

/** A validated page request: how many rows, and the sort position the previous page ended at. */
export interface Page<TPosition> {
  limit: number;
  after: TPosition | null;
}

/** Position in a newest-first list ordered by a timestamp, then id (both descending). */
export interface TimePosition {
  at: Date;
  id: string;
}

/** Position in the agent list ordered by name, then id. */
export interface NamePosition {
  name: string;
  id: string;
}

/** Position in a worklist ordered by CIF (unique among current assignments). */
export type CifPosition = string;

function notOurCursor(): BadUserInputError {
  return new BadUserInputError('after', 'after is not a cursor this field returned');
}

function readPage<TPosition>(args: PageArgs, decode: (cursor: string) => TPosition): Page<TPosition> {
  return { limit: pageSize(args.first), after: args.after == null ? null : decode(args.after) };
}

export function timePage(args: PageArgs): Page<TimePosition> {
  return readPage(args, (cursor) => {
    const [at, id] = decodeCursor(cursor, 2);
    if (typeof at !== 'string' || typeof id !== 'string' || !isUuid(id)) throw notOurCursor();
    const date = new Date(at);
    if (Number.isNaN(date.getTime())) throw notOurCursor();
    return { at: date, id };
  });
}

export function namePage(args: PageArgs): Page<NamePosition> {
  return readPage(args, (cursor) => {
    const [name, id] = decodeCursor(cursor, 2);
    if (typeof name !== 'string' || typeof id !== 'string' || !isUuid(id)) throw notOurCursor();
    return { name, id };
  });
}

export function cifPage(args: PageArgs): Page<CifPosition> {
  return readPage(args, (cursor) => {
    const [cif] = decodeCursor(cursor, 1);
    if (typeof cif !== 'string') throw notOurCursor();
    return cif;
  });
}

export const timeCursor = (row: { actionDate: Date; id: string }) =>
  encodeCursor([row.actionDate.toISOString(), row.id]);
export const nameCursor = (row: { name: string; id: string }) => encodeCursor([row.name, row.id]);
export const cifCursor = (row: { cif: string }) => encodeCursor([row.cif]);
