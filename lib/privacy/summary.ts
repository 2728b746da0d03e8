// The export's summary.html: one page a person can open in any browser, every kind of record as a
// table (the JSON beside it has every field), the files linked. Everything is escaped.
import { formatDate } from "@/lib/dates";

export type Section = { label: string; file: string; rows: Record<string, unknown>[] };

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(11, 19) === "00:00:00" ? formatDate(value) : value.toISOString().replace("T", " ").slice(0, 16);
  if (typeof value === "object") return esc(JSON.stringify(value));
  return esc(String(value));
}

/** Columns worth reading in a table: not ids, not the trust. */
const shown = (key: string) => key !== "trustId" && key !== "id" && !key.endsWith("Id") && !key.endsWith("Hash");

function table(section: Section): string {
  if (!section.rows.length) return `<p>None.</p>`;
  const keys = [...new Set(section.rows.flatMap((r) => Object.keys(r)))].filter(shown);
  const head = keys.map((k) => `<th scope="col">${esc(k)}</th>`).join("");
  const body = section.rows.map((r) => `<tr>${keys.map((k) => `<td>${cell(r[k])}</td>`).join("")}</tr>`).join("\n");
  return `<div class="scroll"><table><caption>${esc(section.label)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

export function summaryHtml(input: { title: string; person: string; generated: Date; sections: Section[]; files: { path: string; name: string }[]; note: string }): string {
  const toc = input.sections.map((s, i) => `<li><a href="#s${i}">${esc(s.label)}</a> (${s.rows.length})</li>`).join("");
  const sections = input.sections.map((s, i) => `<section id="s${i}"><h2>${esc(s.label)}</h2><p><a href="${esc(s.file)}">${esc(s.file)}</a> has every field.</p>${table(s)}</section>`).join("\n");
  const files = input.files.length ? `<ul>${input.files.map((f) => `<li><a href="${esc(f.path)}">${esc(f.name)}</a></li>`).join("")}</ul>` : "<p>None.</p>";
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(input.title)}: ${esc(input.person)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:70rem;margin:1rem auto;padding:0 1rem;line-height:1.5}table{border-collapse:collapse;font-size:.875rem}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}caption{text-align:left;font-weight:600}.scroll{overflow-x:auto}</style>
</head><body><main>
<h1>${esc(input.title)}: ${esc(input.person)}</h1>
<p>Produced on ${esc(input.generated.toISOString().slice(0, 10))}. ${esc(input.note)}</p>
<nav aria-label="Contents"><ul>${toc}<li><a href="#files">Files</a> (${input.files.length})</li></ul></nav>
${sections}
<section id="files"><h2>Files</h2>${files}</section>
</main></body></html>
`;
}
