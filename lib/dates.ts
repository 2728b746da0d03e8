// Dates and hours, one home for the whole portal. Pure (no `server-only`): client components,
// the seed and the benchmark import it too.
// The database holds instants in UTC and days as UTC midnights (`date` columns); people read and
// type London wall-clock time, so every calendar question ("which day", "which academic year",
// "which term") is answered in Europe/London, never by UTC fields, which are an hour behind in
// summer. Academic years run 1 September to 31 August and are labelled "2025/26".

const LONDON = "Europe/London";

const fieldsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: LONDON,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** London wall-clock fields of an instant (month 1–12). */
function londonFields(d: Date) {
  const f: Record<string, number> = {};
  for (const p of fieldsFormat.formatToParts(d)) if (p.type !== "literal") f[p.type] = Number(p.value);
  return { year: f.year!, month: f.month!, day: f.day!, hour: f.hour!, minute: f.minute! };
}

const pad = (n: number) => String(n).padStart(2, "0");

// ---- Days ----

/** True when "yyyy-mm-dd" names a day that exists (no 30 February, no month 13). */
export function isCalendarDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // Date.UTC would read years 0–99 as 1900–1999
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The London calendar day of an instant, as a UTC midnight (what a `date` column holds). */
export function londonDay(d: Date): Date {
  const f = londonFields(d);
  return new Date(Date.UTC(f.year, f.month - 1, f.day));
}

/** Today in London, as a UTC midnight. */
export const londonToday = (now: Date = new Date()) => londonDay(now);

/** yyyy-mm-dd of a UTC-midnight day (form values and CSV). */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The UTC-midnight Date of a yyyy-mm-dd day (a form's date field as a @db.Date value): isoDay's inverse. */
export const fromIsoDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** isoDay of an optional day (a visit not yet dated is null, not an empty string). */
export const isoDayOrNull = (d: Date | null) => (d ? isoDay(d) : null);

/** Shifts a "yyyy-mm-dd" day by whole years (for a window such as "at most five years ahead"). */
export function addYears(day: string, years: number): string {
  return `${String(Number(day.slice(0, 4)) + years).padStart(4, "0")}${day.slice(4)}`;
}

// ---- London wall-clock time ⇄ UTC (datetime-local form values) ----

/** Minutes London is ahead of UTC at that instant (0 in winter, 60 in summer). */
export function londonOffsetMinutes(d: Date): number {
  const f = londonFields(d);
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute);
  return Math.round((wall - Math.floor(d.getTime() / 60_000) * 60_000) / 60_000);
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/;

/**
 * A datetime-local value read as London time, or null when malformed. A time the spring clock
 * change skips (01:30 on the last Sunday of March) lands an hour later; one the autumn change
 * repeats (01:30 on the last Sunday of October) is read as the second, winter-time, 01:30.
 */
export function londonLocalToUtc(local: string): Date | null {
  const m = LOCAL.exec(local.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (!isCalendarDay(local.trim().slice(0, 10)) || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at the guessed instant can differ across a clock change: one correction settles it.
  let t = wall - londonOffsetMinutes(new Date(wall)) * 60_000;
  t = wall - londonOffsetMinutes(new Date(t)) * 60_000;
  return new Date(t);
}

/** A UTC instant as a datetime-local value in London time. */
export function utcToLondonLocal(d: Date): string {
  const f = londonFields(d);
  return `${f.year}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}`;
}

/** The instant London's current day began (midnight London time, 23:00 UTC the evening before in summer). */
export const startOfLondonDay = (now: Date = new Date()) => londonLocalToUtc(`${isoDay(londonDay(now))}T00:00`) ?? now;

// ---- Academic years and terms ----

/** "2025/26" for the year starting September 2025. */
export const academicYearLabel = (startYear: number) => `${startYear}/${pad((startYear + 1) % 100)}`;

/**
 * The academic year containing `date` (an instant or a UTC-midnight day), London time:
 * { startYear: 2025, start: 1 Sep 2025, end: 1 Sep 2026, label: "2025/26" }. `start` and `end`
 * are UTC midnights, the form `date` columns compare with (start inclusive, end exclusive).
 */
export function academicYear(date: Date = new Date()) {
  const f = londonFields(date);
  const startYear = f.month >= 9 ? f.year : f.year - 1;
  return {
    startYear,
    start: new Date(Date.UTC(startYear, 8, 1)),
    end: new Date(Date.UTC(startYear + 1, 8, 1)),
    label: academicYearLabel(startYear),
  };
}

const TERMS = ["Autumn", "Spring", "Summer"] as const;

/**
 * The term of a date in London time, numbered across years (academic start year × 3 + term), so
 * consecutive terms have consecutive keys: autumn 1 Sep–31 Dec, spring 1 Jan–31 Mar, summer 1 Apr–31 Aug.
 */
export function termKey(d: Date): number {
  const { year, month } = londonFields(d);
  const startYear = month >= 9 ? year : year - 1;
  return startYear * 3 + (month >= 9 ? 0 : month <= 3 ? 1 : 2);
}

/** "Autumn 2025", "Spring 2026", "Summer 2026" for the terms of 2025/26. */
export function termLabel(key: number): string {
  const startYear = Math.floor(key / 3);
  const term = key % 3;
  return `${TERMS[term]} ${term === 0 ? startYear : startYear + 1}`;
}

// ---- Display ----

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: LONDON });
const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: LONDON });
const weekdayFormat = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: LONDON,
});

/** A date (or a `yyyy-mm-dd` day, as client components receive it) as "1 Sept 2009"; none is "—". */
export function formatDate(d: Date | string | null | undefined): string {
  if (!d) return "—";
  const date = typeof d === "string" ? (/^\d{4}-\d{2}-\d{2}$/.test(d) ? fromIsoDay(d) : new Date(d)) : d;
  return Number.isNaN(date.getTime()) ? "—" : dateFormat.format(date);
}

/** An instant as "1 Sept 2009, 14:05", London time. */
export const formatDateTime = (d: Date | null | undefined) => (d ? `${dateFormat.format(d)}, ${timeFormat.format(d)}` : "—");

/** A meeting's start with its weekday, "Thu, 26 Nov 2026, 16:00", London time: people plan by the day of the week. */
export const formatMeetingTime = (d: Date) => weekdayFormat.format(d);

// ---- Hours (entered as decimals, stored as whole minutes) ----

/** Decimal hours as whole minutes: 1.5 → 90, 0.25 → 15. */
export const hoursToMinutes = (hours: number) => Math.round(hours * 60);

/**
 * Minutes as hours, the one way hours are shown on pages and in CSV: at most two decimals, trailing
 * zeros dropped, no thousands separator (CSV cells stay numbers): 90 → "1.5", 100 → "1.67", 120 → "2".
 */
export function formatHours(minutes: number): string {
  const hours = minutes / 60;
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(2).replace(/\.?0+$/, "");
}

/** A duration as "1 h 30 min", "2 h", "45 min" (meeting lengths, attendance). */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h && m) return `${h} h ${m} min`;
  return h ? `${h} h` : `${m} min`;
}
