"use client";
// The trust admin's entry grid for one period: schools down, metrics across. Arrow keys move between
// cells and Enter moves down (as in a spreadsheet); pasting several lines (or a block with tabs) fills
// down (and across) from the cell. Each cell is checked on save exactly as an imported row would be,
// and a bad cell gets its own message; blank cells are left as they are.
import { useRef, type ClipboardEvent, type KeyboardEvent } from "react";
import { Form, FieldError, Submit, useField } from "@/components/ui/form";
import { saveGridAction } from "@/lib/governance/actions";

type Metric = { id: string; label: string; unit: string; phases: string[] };
/** A school on the grid's page: id, name, phase, then the value stored now for each metric (in the metrics' order; "" if none). */
export type EntrySchool = [string, string, string, ...string[]];

// Each of a page's cells is one input: its id and error description only when it has an error (the
// error summary links to it), its row and column read from the table (issue 22: the grid's markup is
// most of the page).
const cellClass = (invalid: boolean) => `rounded border bg-white px-2 py-2 text-base w-24 text-right tabular-nums ${invalid ? "border-2 border-red-700" : "border-slate-500"}`;

function Cell({ name, label, stored }: { name: string; label: string; stored: string }) {
  const { fieldId, errors, value, describedBy } = useField(name);
  const invalid = errors.length > 0;
  return (
    <td className="p-1 align-top">
      <input
        id={invalid ? fieldId : undefined}
        name={name}
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        defaultValue={value ?? stored}
        inputMode="decimal"
        className={cellClass(invalid)}
      />
      {invalid && <FieldError id={fieldId} errors={errors} />}
    </td>
  );
}

export function EntryGrid({ period, schools, metrics, caption }: { period: string; schools: EntrySchool[]; metrics: Metric[]; caption: string }) {
  const table = useRef<HTMLTableElement>(null);
  // A cell's place: its row among the body's rows, its column among the row's cells after the school's name.
  const cell = (row: number, col: number) => table.current?.tBodies[0]?.rows[row]?.cells[col + 1]?.querySelector("input") ?? null;
  const at = (el: HTMLInputElement) => {
    const td = el.closest("td")!;
    return { row: (td.parentElement as HTMLTableRowElement).sectionRowIndex, col: td.cellIndex - 1 };
  };

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    if (!(event.target instanceof HTMLInputElement) || !event.target.closest("tbody")) return;
    const { row, col } = at(event.target);
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], Enter: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[event.key];
    if (!move) return;
    // Left and right move between cells only when the caret is at the edge of the text, so editing still works.
    const input = event.target;
    if (event.key === "ArrowLeft" && input.selectionStart !== 0) return;
    if (event.key === "ArrowRight" && input.selectionEnd !== input.value.length) return;
    const next = cell(row + move[0], col + move[1]);
    event.preventDefault();
    if (next) {
      next.focus();
      next.select();
    }
  }

  function onPaste(event: ClipboardEvent<HTMLTableElement>) {
    if (!(event.target instanceof HTMLInputElement) || !event.target.closest("tbody")) return;
    const text = event.clipboardData.getData("text/plain").replace(/\r/g, "").replace(/\n$/, "");
    if (!text.includes("\n") && !text.includes("\t")) return;
    event.preventDefault();
    const { row, col } = at(event.target);
    text.split("\n").forEach((line, i) => line.split("\t").forEach((value, j) => {
      const target = cell(row + i, col + j);
      if (target) target.value = value.trim();
    }));
  }

  return (
    <Form id="entry" action={saveGridAction} hidden={{ period }} className="space-y-4">
      <p className="text-sm text-slate-700">Arrow keys and Enter move between cells; paste a column (or block) copied from a spreadsheet into the first cell. Blank cells are left unchanged; &ldquo;n/a&rdquo; marks a metric that does not apply to the school&apos;s phase.</p>
      <div className="max-h-[70vh] overflow-auto rounded border border-slate-200 bg-white" role="region" aria-label="Values to enter" tabIndex={0}>
        <table ref={table} onKeyDown={onKeyDown} onPaste={onPaste} className="text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="sticky top-0 bg-slate-100">
            <tr>
              <th scope="col" className="p-2 text-left">School</th>
              {metrics.map((m) => (
                <th key={m.id} scope="col" className="p-2 text-right align-bottom">{m.label}{m.unit === "%" ? " (%)" : m.unit === "£" ? " (£)" : ""}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {schools.map(([id, name, phase, ...stored]) => (
              <tr key={id} className="border-t border-slate-200">
                <th scope="row" className="p-2 text-left font-normal">{name}</th>
                {metrics.map((m, col) =>
                  m.phases.length && !m.phases.includes(phase) ? (
                    <td key={m.id} className="p-2 text-right text-slate-500">n/a</td>
                  ) : (
                    <Cell key={m.id} name={`v:${id}:${m.id}`} label={`${m.label}, ${name}`} stored={stored[col] ?? ""} />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Submit>Save {period}</Submit>
    </Form>
  );
}
