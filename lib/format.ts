// Number and label formats. Dates, academic years and hours live in lib/dates.ts.
const numberFormat = new Intl.NumberFormat("en-GB");

export const formatNumber = (n: number) => numberFormat.format(n);

/** Abbreviations that stay in capitals when an enum value becomes a label ("ECT", not "Ect"). */
const ABBREVIATIONS = new Set(["ECT", "QTS", "NPQ", "SEND", "SENCO", "CPD", "INSET", "EYFS", "PE", "RE", "MFL", "DSL", "ICT", "IT"]);

/** An enum value as words: "EARLY_CAREER" → "Early career", "ECT" → "ECT". */
export const ENUM_LABEL = (value: string) =>
  value
    .split("_")
    .map((word, i) => (ABBREVIATIONS.has(word) ? word : i === 0 ? word.charAt(0) + word.slice(1).toLowerCase() : word.toLowerCase()))
    .join(" ");
