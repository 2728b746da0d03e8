// UK formats: en-GB, Europe/London; academic years run 1 September to 31 August.
// One date style across the portal: "1 Sept 2009", and "1 Sept 2009, 14:05" where the time matters.
const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "Europe/London" });
const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/London" });
const numberFormat = new Intl.NumberFormat("en-GB");

/** A date (or a `yyyy-mm-dd` day, as client components receive it) as "1 Sept 2009"; none is "—". */
export function formatDate(d: Date | string | null | undefined): string {
  if (!d) return "—";
  const date = typeof d === "string" ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00Z` : d) : d;
  return Number.isNaN(date.getTime()) ? "—" : dateFormat.format(date);
}

/** An instant as "1 Sept 2009, 14:05", London time. */
export const formatDateTime = (d: Date | null | undefined) => (d ? `${dateFormat.format(d)}, ${timeFormat.format(d)}` : "—");
export const formatNumber = (n: number) => numberFormat.format(n);

/** Abbreviations that stay in capitals when an enum value becomes a label ("ECT", not "Ect"). */
const ABBREVIATIONS = new Set(["ECT", "QTS", "NPQ", "SEND", "SENCO", "CPD", "INSET", "EYFS", "PE", "RE", "MFL", "DSL", "ICT", "IT"]);

/** An enum value as words: "EARLY_CAREER" → "Early career", "ECT" → "ECT". */
export const ENUM_LABEL = (value: string) =>
  value
    .split("_")
    .map((word, i) => (ABBREVIATIONS.has(word) ? word : i === 0 ? word.charAt(0) + word.slice(1).toLowerCase() : word.toLowerCase()))
    .join(" ");

/** The academic year containing `date`, e.g. { start: 1 Sep 2025, end: 1 Sep 2026, label: "2025/26" }. */
export function academicYear(date: Date = new Date()) {
  const london = new Date(date.toLocaleString("en-US", { timeZone: "Europe/London" }));
  const startYear = london.getMonth() >= 8 ? london.getFullYear() : london.getFullYear() - 1;
  return {
    startYear,
    start: new Date(Date.UTC(startYear, 8, 1)),
    end: new Date(Date.UTC(startYear + 1, 8, 1)),
    label: `${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}`,
  };
}
