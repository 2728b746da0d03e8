import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Table, TableBox } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { dataMap } from "@/lib/transparency/queries";

export const metadata: Metadata = { title: "Data map" };

/** For the trust's data protection officer: every kind of personal data, where it is stored, who may read it, its retention. */
export default async function DataMapPage() {
  const viewer = await requireViewer();
  const map = await dataMap(viewer);
  return (
    <>
      <PageHeader title="Data map" lead="Each kind of personal data the portal holds, generated from the privacy catalogue, the permission registry and the trust's retention schedule. Staff read the same in plain words on the privacy page." />
      <Section id="map-heading" title="Personal data" className="mb-8 space-y-2">
        <TableBox>
          <Table caption="Each kind of personal data, where it is stored, who may read it and how long it is kept" rows={map.rows} rowKey={(r) => r.model} columns={[
              { key: "kind", header: "Personal data", cell: (r) => <><span className="font-medium">{r.label}</span><br /><span className="text-sm text-slate-700">{r.group}</span></> },
              { key: "stored", header: "Where stored", cell: (r) => r.stored },
              { key: "readers", header: "Who may read it", cell: (r) => r.readers.join(", ") },
              { key: "retention", header: "Retention", cell: (r) => r.retention },
              { key: "erasure", header: "On erasure", cell: (r) => r.erasure },
            ]}
          />
        </TableBox>
      </Section>
      <Section id="exempt-heading" title="Tables holding no one's personal data to export" className="space-y-2">
        <TableBox>
          <Table caption="Tables not exported, with the reason" rows={map.exempt} rowKey={(r) => r.model} columns={[
              { key: "model", header: "Table", cell: (r) => r.model },
              { key: "reason", header: "Why", cell: (r) => r.reason },
            ]}
          />
        </TableBox>
      </Section>
    </>
  );
}
