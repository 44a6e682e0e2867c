import { validateInput } from '@collexis/platform/graphql';
import { BadUserInputError } from '../errors';
import { uuid } from '../inputs/common';

/** Longest period `agentPerformance` covers. */
const PERFORMANCE_MAX_DAYS = 366;

const DAY_MS = 86_400_000;

/** The agent id argument of a report, checked as a mutation's input is. */
export const reportAgentId = (agentId: string): string => validateInput(uuid, agentId, 'agentId');

/** A period of whole days (the Date scalar has checked each end): `to` not before `from`, at most a year long. */
export function checkPeriod(from: string, to: string): void {
  if (to < from) throw new BadUserInputError('to', `to: must not be before from (${from})`);
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
  if (days > PERFORMANCE_MAX_DAYS) {
    throw new BadUserInputError(
      'to',
      `to: the period spans at most ${PERFORMANCE_MAX_DAYS} days; got ${days}`,
    );
  }
}

/** Days after a promise to pay within which a payment keeps it, unless the caller asks otherwise. */
export const DEFAULT_PROMISE_WINDOW_DAYS = 10;
const MAX_PROMISE_WINDOW_DAYS = 60;

export function checkPromiseWindow(days: number): number {
  if (days < 1 || days > MAX_PROMISE_WINDOW_DAYS) {
    throw new BadUserInputError(
      'promiseWindowDays',
      `promiseWindowDays: must be 1 to ${MAX_PROMISE_WINDOW_DAYS}; got ${days}`,
    );
  }
  return days;
}
