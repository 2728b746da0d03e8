// Reads a GIAS establishment file as it arrives (issue 11 §1): bytes are decoded chunk by chunk and
// handed to papaparse's streaming parser, and only the rows of the trust are kept, so the national
// file (about 60 MB) is never held whole, as bytes or as a string. UTF-8 (with or without BOM) is
// assumed until a byte sequence is not UTF-8; from there on the file is read as Windows-1252, as the
// national file has been published. Before that point every byte was ASCII or valid UTF-8, so the
// text already read is the same either way.
import { Readable } from "node:stream";
import Papa from "papaparse";
import { REQUIRED_COLUMNS, type Column, type GiasRow } from "./mapping";

export type GiasRead = { rowsRead: number; trustRows: GiasRow[]; missing: Column[]; encoding: "utf-8" | "windows-1252" };

/** Bytes → text, switching for good to Windows-1252 at the first sequence that is not UTF-8. */
export async function* decode(chunks: AsyncIterable<Uint8Array>, state: { encoding: GiasRead["encoding"] }): AsyncGenerator<string> {
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  const cp1252 = new TextDecoder("windows-1252");
  for await (const chunk of chunks) {
    if (state.encoding === "utf-8") {
      try {
        yield utf8.decode(chunk, { stream: true });
        continue;
      } catch {
        state.encoding = "windows-1252";
      }
    }
    yield cp1252.decode(chunk, { stream: true });
  }
  const rest = state.encoding === "utf-8" ? utf8.decode() : cp1252.decode();
  if (rest) yield rest;
}

/**
 * The rows whose `Trusts (code)` is `trustCode`, and how many rows were read; `missing` names the
 * required columns the header lacks (then nothing else is read). `onRows` reports progress.
 */
export async function readGias(chunks: AsyncIterable<Uint8Array>, trustCode: string, onRows?: (rows: number) => void): Promise<GiasRead> {
  const state: { encoding: GiasRead["encoding"] } = { encoding: "utf-8" };
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: "greedy" });
  const source = Readable.from(decode(chunks, state));
  const code = trustCode.trim();
  let index: Record<Column, number> | null = null;
  let missing: Column[] = [];
  let rowsRead = 0;
  const trustRows: GiasRow[] = [];
  await new Promise<void>((resolve, reject) => {
    parser.on("data", (cells: string[]) => {
      if (!index) {
        const header = cells.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, "") : c).trim());
        missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
        index = Object.fromEntries(REQUIRED_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<Column, number>;
        if (missing.length) {
          source.destroy();
          resolve();
        }
        return;
      }
      rowsRead += 1;
      if (onRows && rowsRead % 5000 === 0) onRows(rowsRead);
      if ((cells[index["Trusts (code)"]] ?? "").trim() !== code) return;
      trustRows.push(Object.fromEntries(REQUIRED_COLUMNS.map((c) => [c, cells[index![c]] ?? ""])) as GiasRow);
    });
    parser.on("end", () => resolve());
    parser.on("error", reject);
    source.on("error", reject);
    source.pipe(parser);
  });
  return { rowsRead, trustRows, missing, encoding: state.encoding };
}
