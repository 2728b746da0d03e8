import { Table } from "@/components/ui/Table";
import { GRADE_CLASS } from "./colours";
import { REVIEW_TABLE } from "./table-look";

type Area = { id: string; name: string; grade: { label: string; rank: number } | null };

/** A review's judgements as a table: the grade's words in each cell, its colour only repeating them. */
export function Judgements({ areas, safeguardingMet }: { areas: Area[]; safeguardingMet: boolean | null }) {
  const rows = [
    ...areas.map((a) => ({
      id: a.id,
      name: a.name,
      grade: a.grade ? <span className={`inline-block rounded px-2 py-1 ${GRADE_CLASS[a.grade.rank] ?? ""}`}>{a.grade.label}</span> : "Not graded",
    })),
    // Safeguarding is met or not, never graded: it closes the table as a row of its own.
    { id: "safeguarding", name: "Safeguarding", grade: safeguardingMet === null ? "Not judged" : safeguardingMet ? "Met" : <strong className="text-red-800">Not met</strong> },
  ];
  return (
    <Table
      caption="Judgements by area"
      {...REVIEW_TABLE}
      rows={rows}
      rowKey={(r) => r.id}
      columns={[
        { key: "area", header: "Area", rowHeader: true, cell: (r) => r.name },
        { key: "grade", header: "Grade", cell: (r) => r.grade },
      ]}
    />
  );
}
