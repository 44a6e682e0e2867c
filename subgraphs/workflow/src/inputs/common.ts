import { isUuid } from '@collexis/platform/graphql';
import { z } from 'zod';

/** Most characters of a TEXT column the API accepts: notes. */
const NOTES_MAX = 10_000;

/** A key of another domain (CIF, loan account number): VARCHAR(20) there and here. */
export const naturalKey = (what: string) =>
  z
    .string()
    .min(1, `${what} must not be empty`)
    .max(20, `${what} has at most 20 characters`)
    .regex(/^\S+$/, `${what} must not contain spaces`);

export const uuid = z.string().refine(isUuid, 'must be a UUID, like "0a1b2c3d-0000-4000-8000-000000000001"');

/** An upper-case code of an open vocabulary (team, action result, case status), as long as its column allows. */
export const code = (max: number) =>
  z
    .string()
    .max(max, `has at most ${max} characters`)
    .regex(/^[A-Z][A-Z0-9_]*$/, 'must be an upper-case code of letters, digits and _, like PROMISE_TO_PAY');

export const notes = z.string().max(NOTES_MAX, `has at most ${NOTES_MAX} characters`);

/** Tolerated clock difference between the caller and this server for "not in the future". */
const CLOCK_SKEW_MS = 5 * 60_000;

/** A past moment (the DateTime scalar has already parsed it). */
export const pastMoment = z
  .date()
  .refine((moment) => moment.getTime() <= Date.now() + CLOCK_SKEW_MS, 'must not be in the future');

export const today = () => new Date().toISOString().slice(0, 10);

/** A calendar date (the Date scalar has already checked it) that is not after today (UTC). */
export const pastDate = z.string().refine((date) => date <= today(), 'must not be after today (UTC)');

/** A field that may be omitted but not set to null: it has no empty value. */
export const noNull = <T extends z.ZodType>(schema: T) =>
  z
    .union([schema, z.undefined()], {
      error: (issue) =>
        issue.input === null ? 'must not be null; omit it to keep the current value' : undefined,
    })
    .optional();
