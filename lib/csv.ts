import "server-only";
// Every CSV the portal writes: one place, so each column gets the CSV library's own formula escaping
// (a cell starting =, +, -, @, tab or carriage return is prefixed with ' so a spreadsheet never runs it).
import Papa from "papaparse";

export type Cell = string | number | boolean | null;

export function toCsv(headers: string[], rows: Cell[][]): string {
  const cells = rows.map((r) => r.map((c) => (c === null ? "" : typeof c === "boolean" ? (c ? "Yes" : "No") : String(c))));
  return Papa.unparse({ fields: headers, data: cells }, { escapeFormulae: true });
}
