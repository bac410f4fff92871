/** Time left until a date, in whole days, hours and minutes (rounded down). */
export interface TimeLeft {
  days: number;
  hours: number;
  minutes: number;
  /** Milliseconds left; 0 once the date has passed. */
  ms: number;
}

const MINUTE = 60_000;

/**
 * Time left from `now` until `until` (an ISO string such as `holdEndDate`, or a Date), or `null`
 * when the date is missing or unreadable. Once the date has passed everything is 0.
 */
export function timeLeft(until: string | Date | undefined | null, now: number = Date.now()): TimeLeft | null {
  if (until == null || until === '') return null;
  const end = until instanceof Date ? until.getTime() : Date.parse(until);
  if (Number.isNaN(end)) return null;
  const ms = Math.max(0, end - now);
  const totalMinutes = Math.floor(ms / MINUTE);
  return { days: Math.floor(totalMinutes / 1440), hours: Math.floor(totalMinutes / 60) % 24, minutes: totalMinutes % 60, ms };
}
