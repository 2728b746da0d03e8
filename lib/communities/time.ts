// Meeting times: forms speak London wall-clock time ("2026-11-26T16:00"), the database UTC.
import { isCalendarDay } from "@/lib/validation/fields";

const LONDON = "Europe/London";

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: LONDON,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function londonFields(d: Date) {
  const get = (type: string) => Number(parts.formatToParts(d).find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute") };
}

/** Minutes London is ahead of UTC at that instant (0 in winter, 60 in summer). */
function londonOffset(d: Date): number {
  const f = londonFields(d);
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute);
  return Math.round((wall - Math.floor(d.getTime() / 60_000) * 60_000) / 60_000);
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/;

/** A datetime-local value read as London time, or null when malformed. */
export function londonLocalToUtc(local: string): Date | null {
  const m = LOCAL.exec(local.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (!isCalendarDay(local.slice(0, 10)) || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at the guessed instant can differ across a clock change: one correction settles it.
  let t = wall - londonOffset(new Date(wall)) * 60_000;
  t = wall - londonOffset(new Date(t)) * 60_000;
  return new Date(t);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A UTC instant as a datetime-local value in London time. */
export function utcToLondonLocal(d: Date): string {
  const f = londonFields(d);
  return `${f.year}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}`;
}

/** The London calendar day of an instant, as a UTC midnight (what a `date` column holds). */
export function londonDay(d: Date): Date {
  const f = londonFields(d);
  return new Date(Date.UTC(f.year, f.month - 1, f.day));
}

const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: LONDON,
});

export const formatDateTime = (d: Date) => dateTimeFormat.format(d);

/** "1 h 30 min", "2 h", "45 min". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h && m) return `${h} h ${m} min`;
  return h ? `${h} h` : `${m} min`;
}

/** Hours with one decimal, e.g. "12.5". */
export const hours = (minutes: number) => (Math.round(minutes / 6) / 10).toLocaleString("en-GB");

/** The schedule form's default: a week today at 4 pm, London time. */
export function suggestedStart(now: Date = new Date()): string {
  return `${utcToLondonLocal(new Date(now.getTime() + 7 * 86_400_000)).slice(0, 11)}16:00`;
}
