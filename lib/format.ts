// Number and label formats. Dates, academic years and hours live in lib/dates.ts.
const numberFormat = new Intl.NumberFormat("en-GB");

export const formatNumber = (n: number) => numberFormat.format(n);

/** Abbreviations that stay in capitals when an enum value becomes a label ("ECT", not "Ect"). */
const ABBREVIATIONS = new Set(["ECT", "QTS", "NPQ", "SEND", "SENCO", "CPD", "INSET", "EYFS", "PE", "RE", "MFL", "DSL", "ICT", "IT"]);

/** An enum value as words: "EARLY_CAREER" → "Early career", "ECT" → "ECT". */
export function enumLabel(value: string): string {
  return value
    .split("_")
    .map((word, i) => (ABBREVIATIONS.has(word) ? word : i === 0 ? word.charAt(0) + word.slice(1).toLowerCase() : word.toLowerCase()))
    .join(" ");
}

/** A label map as a select's options, in the map's order (the order a form offers them). */
export const options = <K extends string>(labels: Record<K, string>) => (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

/** Enum values as a select's options, each labelled by `enumLabel`, in the order given. */
export const enumOptions = <K extends string>(values: readonly K[]) => values.map((value) => ({ value, label: enumLabel(value) }));
