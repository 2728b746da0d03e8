"use client";
// The board's grid of every school's priorities by strand. A client component fed plain rows: some 500
// priorities rendered as server components travelled twice, once as HTML and once as the page's payload
// of elements (most of the page's bytes and time); as data the payload is a fraction of that, and the
// HTML is the same.
import { Rating } from "@/components/priorities/Rating";
import { Table } from "@/components/ui/Table";
import type { CpdStrand, PriorityRag } from "@/lib/db/generated/enums";
import { STRAND_LABEL, STRANDS } from "@/lib/priorities/labels";
import { routes } from "@/lib/routes";

type Cell = { id: string; title: string; rating: PriorityRag | null; term: string | null };
type Row = { school: { id: string; name: string }; strands: Record<CpdStrand, Cell[]> | null };

export function PriorityGrid({ rows, year, yearLabel }: { rows: Row[]; year: number; yearLabel: string }) {
  return (
    <div className="overflow-x-auto">
      <Table
        caption={`Every school's improvement priorities by strand, with the latest termly rating, ${yearLabel}`}
        captionClassName="mb-2 text-left text-sm text-slate-700"
        rows={rows}
        rowKey={(r) => r.school.id}
        columns={[
          // Plain links in the grid: hundreds of them, and next/link's client component for each was most of the page's render time.
          { key: "school", header: "School", rowHeader: true, cell: (r) => <a href={routes.schoolPriorities(r.school.id, year)} className="text-brand-700 underline">{r.school.name}</a> },
          ...STRANDS.map((strand) => ({
            key: strand,
            header: STRAND_LABEL[strand],
            cell: (r: Row) =>
              !r.strands ? (strand === STRANDS[0] ? "No priorities yet" : "") : r.strands[strand].length === 0 ? "—" : (
                // Each priority a link, a line break and its rating, the links' look set once on the list.
                <ul className="space-y-2 leading-7 [&_a]:text-brand-700 [&_a]:underline">
                  {r.strands[strand].map((p) => (
                    <li key={p.id}>
                      <a href={routes.priority(p.id)}>{p.title}</a>
                      <br />
                      <Rating rating={p.rating} />
                      {p.term ? ` ${p.term}` : null}
                    </li>
                  ))}
                </ul>
              ),
          })),
        ]}
      />
    </div>
  );
}
