// The trust admin's named lists beside the figures: posts with no successor ready within two years,
// leaders lacking an expected qualification, and the talent pool by readiness and school; each a page of
// rows at a time, with its own pager (the address keeps the others' pages).
import { Pager, queryHref } from "@/components/ui/Pager";
import { Section } from "@/components/ui/Section";
import { Table, TableBox } from "@/components/ui/Table";
import type { AspirationRoute, KeyPost, Readiness } from "@/lib/db/generated/enums";
import { POST_LABEL, READINESS_LABEL, ROUTE_LABEL } from "@/lib/pipeline/labels";

type Named = {
  uncovered: { schoolId: string; school: string; post: KeyPost; holder: string | null }[];
  lacking: { id: string; name: string; jobTitle: string; school: string }[];
  pool: { id: string; name: string; jobTitle: string; school: string; route: AspirationRoute; readiness: Readiness | null }[];
  pages: Record<List, { page: number; pageCount: number; total: number }>;
};
type List = "uncovered" | "pool" | "lacking";

const PAGER_LABEL: Record<List, string> = { uncovered: "Pages of uncovered key posts", pool: "Pages of the talent pool", lacking: "Pages of leaders without an expected qualification" };

export function TrustNamed({ named }: { named: Named }) {
  const current = { uncovered: named.pages.uncovered.page, pool: named.pages.pool.page, lacking: named.pages.lacking.page };
  const pager = (list: List) =>
    named.pages[list].pageCount > 1 && <Pager hrefFor={queryHref("/trust-pipeline", current)} param={list} label={PAGER_LABEL[list]} {...named.pages[list]} />;
  return (
    <div className="mt-8 space-y-8">
      <Section id="uncovered" title="Key posts with no successor ready within two years">
        <TableBox label="Uncovered key posts" tall="max-h-[28rem]">
          <Table caption="Key posts with no successor ready within two years" stickyHead rows={named.uncovered} rowKey={(r) => `${r.schoolId}/${r.post}`} empty="Every key post has a successor ready within two years."
            columns={[
              { key: "school", header: "School", cell: (r) => r.school },
              { key: "post", header: "Post", rowHeader: true, cell: (r) => POST_LABEL[r.post] },
              { key: "holder", header: "Holder", cell: (r) => r.holder ?? "Not recorded" },
            ]} />
        </TableBox>
        {pager("uncovered")}
      </Section>
      <Section id="talent-pool" title="Talent pool">
        <TableBox label="Talent pool" tall="max-h-[28rem]">
          <Table caption="Staff aspiring to lead or to the classroom route, endorsed by their head, by readiness and school" stickyHead rows={named.pool} rowKey={(r) => r.id} empty="No endorsed aspirations yet."
            columns={[
              { key: "name", header: "Name", rowHeader: true, cell: (r) => r.name },
              { key: "school", header: "School", cell: (r) => r.school },
              { key: "route", header: "Aspires to", cell: (r) => ROUTE_LABEL[r.route] },
              { key: "readiness", header: "Readiness", cell: (r) => (r.readiness ? READINESS_LABEL[r.readiness] : "") },
            ]} />
        </TableBox>
        {pager("pool")}
      </Section>
      <Section id="lacking-names" title="Leaders without NPQH, NPQSL or a Masters">
        <TableBox label="Leaders without an expected qualification" tall="max-h-[28rem]">
          <Table caption="Heads and senior leaders neither holding nor studying NPQH, NPQSL or a Masters" stickyHead rows={named.lacking} rowKey={(r) => r.id} empty="Every head and senior leader holds or is studying for one."
            columns={[
              { key: "name", header: "Name", rowHeader: true, cell: (r) => r.name },
              { key: "job", header: "Role", cell: (r) => r.jobTitle },
              { key: "school", header: "School", cell: (r) => r.school },
            ]} />
        </TableBox>
        {pager("lacking")}
      </Section>
    </div>
  );
}
