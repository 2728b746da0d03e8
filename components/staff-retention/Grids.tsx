"use client";
// Retention insight's tables and exit survey figures, drawn from figures already formatted on the
// server (./Figures.tsx): a client component, so the page's payload carries each figure once, as a short
// string, not a second copy of each cell's markup (issue 22, decision 040). The markup is still
// rendered on the server, so the tables read the same without JavaScript.
import Link from "next/link";
import type { Route } from "next";
import { Table, TableBox } from "@/components/ui/Table";
import { QuestionFigures } from "@/components/voice/Figures";
import type { ExitView } from "@/lib/staff-retention/exit/queries";

/** A cell: plain text, or a rate with the counts under it and whether its group is small (an asterisk). */
export type GridCell = string | [value: string, detail: string, small: 0 | 1];
/** A row: its key, its name, the page its name links to (or null), then one cell per column. */
export type GridLine = [key: string, name: string, href: string | null, cells: GridCell[]];
/** A column after the name: its header, and whether it reads left to right (text) rather than as a figure. */
export type GridColumn = [header: string, text?: 1];

// The counts under a rate are a <small>, styled once by the table's class rather than on every cell.
function Shown({ c }: { c: GridCell }) {
  if (typeof c === "string") return c;
  return (
    <>
      {c[0]}
      {c[2] ? <span title="Small group">*</span> : null}
      <small>{c[1]}</small>
    </>
  );
}

export function FigureGrid({ caption, nameHeader, columns, rows, empty }: { caption: string; nameHeader: string; columns: GridColumn[]; rows: GridLine[]; empty?: string }) {
  return (
    <TableBox label={caption}>
      <Table
        caption={caption}
        className="w-full text-sm [&_small]:block [&_small]:text-xs [&_small]:text-slate-700"
        rows={rows}
        rowKey={(r) => r[0]}
        empty={empty}
        columns={[
          { key: "name", header: nameHeader, rowHeader: true, cell: (r) => (r[2] ? <Link className="text-brand-700 underline" href={r[2] as Route}>{r[1]}</Link> : r[1]) },
          ...columns.map(([header, text], i) => ({ key: `${i}-${header}`, header, align: text ? ("left" as const) : ("right" as const), className: text ? undefined : "tabular-nums", cell: (r: GridLine) => <Shown c={r[3][i]!} /> })),
        ]}
      />
    </TableBox>
  );
}

/** The exit survey's figures for one view, question by question (the voice survey's look). */
export function ExitQuestions({ figures }: { figures: ExitView["figures"] }) {
  return (
    <div className="grid gap-3 md:grid-cols-2">
      {figures.map((f) => <QuestionFigures key={f.key} text={f.text} figure={f.figure} trust={null} />)}
    </div>
  );
}
