/**
 * Calendar arithmetic on "epoch days" (whole days since 1970-01-01), the bank's local calendar.
 * Timestamps are made from a local day and a local time in Vietnam (UTC+7, no daylight saving) and
 * returned as UTC `Date`s, which is how the TIMESTAMP columns store them.
 */

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;
/** Vietnam is UTC+7 all year. */
export const LOCAL_UTC_OFFSET_MINUTES = 7 * 60;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses 'YYYY-MM-DD' strictly (a day that does not exist, like 2026-02-30, is rejected). */
export function parseDay(text: string): number {
  const match = DAY_PATTERN.exec(text);
  if (!match) throw new RangeError(`expected a date as YYYY-MM-DD, got '${text}'`);
  const day = dayFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
  if (formatDay(day) !== text) throw new RangeError(`'${text}' is not a calendar date`);
  return day;
}

/** Epoch day of a calendar date; month is 1-12. */
export function dayFromParts(year: number, month: number, dayOfMonth: number): number {
  return Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY;
}

export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

export function dayOfMonth(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCDate();
}

/** Adds calendar months, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(day: number, months: number): number {
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) / MS_PER_DAY;
}

/** The instant of a local (UTC+7) day and minute of that day. */
export function localInstant(day: number, minuteOfDay: number): Date {
  return new Date((day * 1440 + minuteOfDay - LOCAL_UTC_OFFSET_MINUTES) * MS_PER_MINUTE);
}

/** The same instant plus some minutes. */
export function plusMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * MS_PER_MINUTE);
}

/** The later of two instants (a new Date, never one of the arguments). */
export function later(first: Date, second: Date): Date {
  return new Date(Math.max(first.getTime(), second.getTime()));
}

/** 'YYMMDD' of a local day, for identifiers such as call trace ids. */
export function compactDay(day: number): string {
  const text = formatDay(day);
  return text.slice(2, 4) + text.slice(5, 7) + text.slice(8, 10);
}

/** The day `dom` of the month containing `day` (dom must exist in that month). */
export function withDayOfMonth(day: number, dom: number): number {
  const date = new Date(day * MS_PER_DAY);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), dom) / MS_PER_DAY;
}
