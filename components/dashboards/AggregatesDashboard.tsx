import { Stat, StatGrid } from "@/components/ui/Stat";
import { ENUM_LABEL, formatNumber } from "@/lib/format";

type Aggregates = {
  schoolCount: number;
  pupils: number;
  staff: { category: string; count: number; fte: number }[];
  capacity: Record<string, number>;
};

/** Numbers only, never named people: what governors and trustees may see. */
export function AggregatesDashboard({ title, data }: { title: string; data: Aggregates }) {
  const headcount = data.staff.reduce((n, s) => n + s.count, 0);
  const fte = data.staff.reduce((n, s) => n + s.fte, 0);
  const single = data.schoolCount === 1;
  return (
    <section aria-labelledby="aggregates" className="space-y-4">
      <h2 id="aggregates" className="text-lg font-semibold">
        {title}
      </h2>
      <StatGrid>
        {single ? (
          <Stat label="Improvement capacity" value={ENUM_LABEL(Object.keys(data.capacity)[0] ?? "STABLE")} />
        ) : (
          <Stat label="Schools" value={data.schoolCount} />
        )}
        <Stat label="Pupils on roll" value={formatNumber(data.pupils)} />
        <Stat label="Staff (headcount)" value={formatNumber(headcount)} />
        <Stat label="Staff (FTE)" value={fte.toFixed(1)} />
      </StatGrid>
      <div className="grid gap-4 md:grid-cols-2">
        <table className="w-full bg-white text-sm">
          <caption className="py-2 text-left font-medium">Staff by category</caption>
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-2">Category</th>
              <th scope="col" className="p-2 text-right">Headcount</th>
              <th scope="col" className="p-2 text-right">FTE</th>
            </tr>
          </thead>
          <tbody>
            {data.staff.map((s) => (
              <tr key={s.category} className="border-b">
                <td className="p-2">{ENUM_LABEL(s.category)}</td>
                <td className="p-2 text-right">{formatNumber(s.count)}</td>
                <td className="p-2 text-right">{s.fte.toFixed(1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {!single && (
        <table className="w-full bg-white text-sm">
          <caption className="py-2 text-left font-medium">Schools by improvement capacity</caption>
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-2">Capacity</th>
              <th scope="col" className="p-2 text-right">Schools</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(data.capacity).map(([capacity, n]) => (
              <tr key={capacity} className="border-b">
                <td className="p-2">{ENUM_LABEL(capacity)}</td>
                <td className="p-2 text-right">{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
        )}
      </div>
    </section>
  );
}
