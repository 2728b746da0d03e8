// The trust admin's named lists beside the figures: posts with no successor ready within two years,
// leaders lacking an expected qualification, and the talent pool by readiness and school; each a page of
// rows at a time, with its own pager (the address keeps the others' pages).
import { Pager, queryHref } from "@/components/ui/Pager";
import { Section } from "@/components/ui/Section";
import { LackingTable, PoolTable, UncoveredTable } from "./NamedTables";
import type { AspirationRoute, KeyPost, Readiness } from "@/lib/db/generated/enums";

export type Named = {
  uncovered: { schoolId: string; school: string; post: KeyPost; holder: string | null }[];
  lacking: { id: string; name: string; jobTitle: string; school: string }[];
  pool: { id: string; name: string; jobTitle: string; school: string; route: AspirationRoute; readiness: Readiness | null }[];
  pages: Record<List, { page: number; pageCount: number; total: number }>;
};
type List = "uncovered" | "pool" | "lacking";

const PAGER_LABEL: Record<List, string> = { uncovered: "Pages of uncovered key posts", pool: "Pages of the talent pool", lacking: "Pages of leaders without an expected qualification" };

/** `schools`: the page of the figures above, kept in the pagers' links. */
export function TrustNamed({ named, schools }: { named: Named; schools: number }) {
  const current = { schools, uncovered: named.pages.uncovered.page, pool: named.pages.pool.page, lacking: named.pages.lacking.page };
  const pager = (list: List) =>
    named.pages[list].pageCount > 1 && <Pager hrefFor={queryHref("/trust-pipeline", current)} param={list} label={PAGER_LABEL[list]} {...named.pages[list]} />;
  return (
    <div className="mt-8 space-y-8">
      <Section id="uncovered" title="Key posts with no successor ready within two years">
        <UncoveredTable rows={named.uncovered} />
        {pager("uncovered")}
      </Section>
      <Section id="talent-pool" title="Talent pool">
        <PoolTable rows={named.pool} />
        {pager("pool")}
      </Section>
      <Section id="lacking-names" title="Leaders without NPQH, NPQSL or a Masters">
        <LackingTable rows={named.lacking} />
        {pager("lacking")}
      </Section>
    </div>
  );
}
