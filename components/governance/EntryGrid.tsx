"use client";
// The trust admin's entry grid for one period: schools down, metrics across. Arrow keys move between
// cells and Enter moves down (as in a spreadsheet); pasting several lines (or a block with tabs) fills
// down (and across) from the cell. Each cell is checked on save exactly as an imported row would be,
// and a bad cell gets its own message; blank cells are left as they are.
import { useRef, type ClipboardEvent, type KeyboardEvent } from "react";
import { Form, FieldError, inputClass, Submit, useField } from "@/components/ui/form";
import { saveGridAction } from "@/lib/governance/actions";

type School = { id: string; name: string; phase: string };
type Metric = { id: string; label: string; unit: string; phases: string[] };

function Cell({ name, label, stored, row, col }: { name: string; label: string; stored?: string; row: number; col: number }) {
  const { fieldId, errors, value, describedBy } = useField(name);
  return (
    <td className="p-1 align-top">
      <input
        id={fieldId}
        name={name}
        aria-label={label}
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy}
        defaultValue={value ?? stored ?? ""}
        inputMode="decimal"
        data-row={row}
        data-col={col}
        className={`${inputClass(errors.length > 0)} w-24 text-right tabular-nums`}
      />
      <FieldError id={fieldId} errors={errors} />
    </td>
  );
}

export function EntryGrid({ period, schools, metrics, stored }: { period: string; schools: School[]; metrics: Metric[]; stored: Record<string, string> }) {
  const table = useRef<HTMLTableElement>(null);
  const cell = (row: number, col: number) => table.current?.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${col}"]`) ?? null;
  const at = (el: EventTarget) => ({ row: Number((el as HTMLElement).dataset.row), col: Number((el as HTMLElement).dataset.col) });

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    if (!(event.target instanceof HTMLInputElement) || event.target.dataset.row === undefined) return;
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
    if (!(event.target instanceof HTMLInputElement) || event.target.dataset.row === undefined) return;
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
          <caption className="sr-only">Metric values for {period}: schools down, metrics across</caption>
          <thead className="sticky top-0 bg-slate-100">
            <tr>
              <th scope="col" className="p-2 text-left">School</th>
              {metrics.map((m) => (
                <th key={m.id} scope="col" className="p-2 text-right align-bottom">{m.label}{m.unit === "%" ? " (%)" : m.unit === "£" ? " (£)" : ""}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {schools.map((s, row) => (
              <tr key={s.id} className="border-t border-slate-200">
                <th scope="row" className="p-2 text-left font-normal">{s.name}</th>
                {metrics.map((m, col) =>
                  m.phases.length && !m.phases.includes(s.phase) ? (
                    <td key={m.id} className="p-2 text-right text-slate-500">n/a</td>
                  ) : (
                    <Cell key={m.id} name={`v:${s.id}:${m.id}`} label={`${m.label}, ${s.name}`} stored={stored[`v:${s.id}:${m.id}`]} row={row} col={col} />
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
