// Reads an uploaded MIS staff export (issue 11 §3): at most 5 MB, so it is read whole. Bytes are
// decoded as the GIAS reader does (UTF-8 with or without BOM, Windows-1252 from the first sequence that
// is not UTF-8), then parsed by papaparse. A file that is not text (a spreadsheet saved as .xlsx),
// empty, or too large gets a message saying so.
import Papa from "papaparse";
import { decode } from "@/lib/gias/read";
import { headerNames } from "./fields";

const MAX_BYTES = 5 * 1024 * 1024;
const MAX_ROWS = 10_000;

export type StaffFile = { headers: string[]; rows: string[][]; encoding: "utf-8" | "windows-1252" };

async function text(bytes: Uint8Array): Promise<{ text: string; encoding: StaffFile["encoding"] }> {
  const state: { encoding: StaffFile["encoding"] } = { encoding: "utf-8" };
  let out = "";
  for await (const part of decode((async function* () { yield bytes; })(), state)) out += part;
  return { text: out, encoding: state.encoding };
}

/** The file's header and rows (every row as many cells as the header), or why it cannot be read. */
export async function readStaffFile(name: string, bytes: Uint8Array): Promise<StaffFile | { error: string }> {
  if (!/\.(csv|txt)$/i.test(name)) return { error: "Choose a CSV file (ending .csv): export the staff list from the MIS as CSV." };
  if (bytes.byteLength > MAX_BYTES) return { error: "The file must be 5 MB or smaller." };
  if (bytes.byteLength === 0) return { error: "The file is empty." };
  // Text never holds NUL bytes; a spreadsheet (.xlsx is a zip) or a UTF-16 export does.
  if (bytes.subarray(0, 8192).includes(0)) return { error: "This is not a CSV file: save the staff list from the MIS or spreadsheet as 'CSV (comma delimited)'." };
  const decoded = await text(bytes);
  const parsed = Papa.parse<string[]>(decoded.text, { skipEmptyLines: "greedy" });
  const [first, ...rest] = parsed.data;
  if (!first || first.every((c) => !c.trim())) return { error: "The file is empty." };
  if (first.length < 2) return { error: "This does not look like a CSV file: its first line has only one column. Export it from the MIS as CSV (comma separated)." };
  if (!rest.length) return { error: "The file has a header but no rows." };
  if (rest.length > MAX_ROWS) return { error: `The file has ${rest.length.toLocaleString("en-GB")} rows: import at most ${MAX_ROWS.toLocaleString("en-GB")} at a time.` };
  const headers = headerNames(first);
  const rows = rest.map((r) => headers.map((_, i) => r[i] ?? ""));
  return { headers, rows, encoding: decoded.encoding };
}
