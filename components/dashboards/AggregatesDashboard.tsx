import { Stat, StatGrid } from "@/components/ui/Stat";
import { Table } from "@/components/ui/Table";
import { enumLabel, formatNumber } from "@/lib/format";

type Aggregates = {
  schoolCount: number;
  pupils: number;
  staff: { category: string; count: number; fte: number }[];
  capacity: Record<string, number>;
};

// The dashboard's tables sit in white cards with their caption as a visible heading.
const CARD = { look: "lined", className: "w-full bg-white text-sm", captionClassName: "py-2 text-left font-medium" } as const;

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
          <Stat label="Improvement capacity" value={enumLabel(Object.keys(data.capacity)[0] ?? "STABLE")} />
        ) : (
          <Stat label="Schools" value={data.schoolCount} />
        )}
        <Stat label="Pupils on roll" value={formatNumber(data.pupils)} />
        <Stat label="Staff (headcount)" value={formatNumber(headcount)} />
        <Stat label="Staff (FTE)" value={fte.toFixed(1)} />
      </StatGrid>
      <div className="grid gap-4 md:grid-cols-2">
        <Table caption="Staff by category" {...CARD} rows={data.staff} rowKey={(s) => s.category} columns={[
            { key: "category", header: "Category", cell: (s) => enumLabel(s.category) },
            { key: "count", header: "Headcount", align: "right", cell: (s) => formatNumber(s.count) },
            { key: "fte", header: "FTE", align: "right", cell: (s) => s.fte.toFixed(1) },
          ]}
        />
        {!single && (
          <Table caption="Schools by improvement capacity" {...CARD} rows={Object.entries(data.capacity)} rowKey={([capacity]) => capacity} columns={[
              { key: "capacity", header: "Capacity", cell: ([capacity]) => enumLabel(capacity) },
              { key: "schools", header: "Schools", align: "right", cell: ([, n]) => n },
            ]}
          />
        )}
      </div>
    </section>
  );
}
