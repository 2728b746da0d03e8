import { GRADE_CLASS } from "@/lib/reviews/labels";

/** A review's judgements as a table: the grade's words in each cell, its colour only repeating them. */
export function Judgements({ areas, safeguardingMet }: { areas: { id: string; name: string; grade: { label: string; rank: number } | null }[]; safeguardingMet: boolean | null }) {
  return (
    <table className="w-full border-collapse text-left">
      <caption className="sr-only">Judgements by area</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="py-2 pr-3">Area</th>
          <th scope="col" className="py-2">Grade</th>
        </tr>
      </thead>
      <tbody>
        {areas.map((a) => (
          <tr key={a.id} className="border-b border-slate-200">
            <th scope="row" className="py-2 pr-3 font-normal">{a.name}</th>
            <td className="py-1">
              {a.grade ? <span className={`inline-block rounded px-2 py-1 ${GRADE_CLASS[a.grade.rank] ?? ""}`}>{a.grade.label}</span> : "Not graded"}
            </td>
          </tr>
        ))}
        <tr>
          <th scope="row" className="py-2 pr-3 font-normal">Safeguarding</th>
          <td className="py-1">{safeguardingMet === null ? "Not judged" : safeguardingMet ? "Met" : <strong className="text-red-800">Not met</strong>}</td>
        </tr>
      </tbody>
    </table>
  );
}
