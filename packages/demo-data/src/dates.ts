/**
 * Calendar arithmetic on "epoch days" (whole days since 1970-01-01), the bank's local calendar.
 * Timestamps are made from a local day and a local time in Vietnam (UTC+7, no daylight saving) and
 * returned as UTC `Date`s, which is how the TIMESTAMP columns store them.
 */

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

/**
 * Epoch day of a calendar date (month 1-12), by Howard Hinnant's days_from_civil: plain arithmetic,
 * because the generator does this millions of times and Date objects are slow to create.
 */
export function dayFromParts(year: number, month: number, dayOfMonth: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + dayOfMonth - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * Year, month (1-12) and day of month of an epoch day (Hinnant's civil_from_days), packed into one
 * integer as year·512 + month·32 + day so that no array is allocated per call.
 */
function civil(day: number): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return year * 512 + month * 32 + dayOfMonth;
}

const yearPart = (packed: number): number => Math.floor(packed / 512);
const monthPart = (packed: number): number => Math.floor(packed / 32) % 16;
const dayPart = (packed: number): number => packed % 32;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Formatted days are few (a few decades) and asked for millions of times: keep them. */
const formatted = new Map<number, string>();

export function formatDay(day: number): string {
  let text = formatted.get(day);
  if (text === undefined) {
    const packed = civil(day);
    const year = String(yearPart(packed)).padStart(4, '0');
    text = `${year}-${String(monthPart(packed)).padStart(2, '0')}-${String(dayPart(packed)).padStart(2, '0')}`;
    formatted.set(day, text);
  }
  return text;
}

export function yearOf(day: number): number {
  return yearPart(civil(day));
}

export function dayOfMonth(day: number): number {
  return dayPart(civil(day));
}

/** Adds calendar months, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(day: number, months: number): number {
  const packed = civil(day);
  const total = yearPart(packed) * 12 + (monthPart(packed) - 1) + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = total - targetYear * 12 + 1;
  return dayFromParts(
    targetYear,
    targetMonth,
    Math.min(dayPart(packed), daysInMonth(targetYear, targetMonth)),
  );
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
  const packed = civil(day);
  return dayFromParts(yearPart(packed), monthPart(packed), dom);
}
