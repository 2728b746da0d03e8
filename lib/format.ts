// UK formats: en-GB, Europe/London; academic years run 1 September to 31 August.
const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "Europe/London" });
const numberFormat = new Intl.NumberFormat("en-GB");

export const formatDate = (d: Date | null | undefined) => (d ? dateFormat.format(d) : "—");
export const formatNumber = (n: number) => numberFormat.format(n);

export const ENUM_LABEL = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replaceAll("_", " ");

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
