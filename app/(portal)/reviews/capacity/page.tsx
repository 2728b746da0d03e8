import type { Metadata } from "next";
import Link from "next/link";
import { AgreementForm } from "@/components/reviews/AdminForms";
import { AgreementList } from "@/components/reviews/AgreementList";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pager, queryHref } from "@/components/ui/Pager";
import { requireViewer } from "@/lib/access/viewer";
import { enumLabel } from "@/lib/format";
import { pageOf } from "@/lib/paging";
import { capacityPairing } from "@/lib/reviews/admin/queries";
import { asRoute } from "@/lib/routes";
import { isId, pageNumber } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Capacity pairing" };

/** Schools needing support a page; an agreement's form opens for one school at a time (`?agree=`): every school's form was 216 kB. */
const SCHOOLS_PER_PAGE = 12;

/** Schools needing improvement capacity beside the capacity givers: suggested pairings, turned into support agreements. */
export default async function CapacityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const [{ needing, givers, agreements }, query] = await Promise.all([requireViewer().then(capacityPairing), searchParams]);
  const agree = typeof query.agree === "string" && isId(query.agree) ? query.agree : undefined;
  // The page holding the school whose form is open, unless a page is asked for.
  const at = agree ? needing.findIndex((s) => s.id === agree) : -1;
  const shown = pageOf(needing, query.page === undefined && at >= 0 ? Math.floor(at / SCHOOLS_PER_PAGE) + 1 : pageNumber().parse(query.page), SCHOOLS_PER_PAGE);
  const hrefFor = queryHref("/reviews/capacity", { page: shown.page > 1 ? shown.page : undefined });
  const giverOptions = givers.map((g) => ({ value: g.id, label: g.name }));
  const supported = needing.filter((s) => s.supported).length;
  return (
    <>
      <BackLink href="/reviews">Back to reviews</BackLink>
      <PageHeader title="Capacity pairing" lead="Suggested capacity givers: the same cluster first, then the nearest, then the same phase." />
      <p className="mb-4 text-sm text-slate-700">
        {needing.length} {needing.length === 1 ? "school needs" : "schools need"} support ({supported} with an active agreement); {givers.length} {givers.length === 1 ? "school gives" : "schools give"} capacity.
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        {shown.rows.map((s) => (
          <section key={s.id} id={`need-${s.id}`} aria-labelledby={`need-${s.id}-heading`} className="rounded border border-slate-200 bg-white p-4">
            <h2 id={`need-${s.id}-heading`} className="text-lg font-semibold">{s.name}</h2>
            <p className="text-sm text-slate-700">{enumLabel(s.phase)}{s.supported ? " · already has an active agreement" : ""}</p>
            <ol className="my-2 list-decimal pl-5">
              {s.ranked.map((r) => (
                <li key={r.id}>{r.name}: {[r.sameCluster ? "same cluster" : "other cluster", r.km === null ? null : `${r.km.toFixed(1)} km`, r.samePhase ? "same phase" : null].filter(Boolean).join(", ")}</li>
              ))}
            </ol>
            {s.ranked[0] && (agree === s.id ? (
              <div className="mt-3 border-t pt-3">
                <h3 className="mb-2 font-semibold">Create a support agreement</h3>
                <AgreementForm id={`agreement-${s.id}`} giverSchoolId={s.ranked[0].id} receiverSchoolId={s.id} givers={giverOptions} />
              </div>
            ) : (
              <Link href={asRoute(`${hrefFor({ agree: s.id })}#need-${s.id}`)} className="text-brand-700 underline">
                Create a support agreement<span className="sr-only"> for {s.name}</span>
              </Link>
            ))}
          </section>
        ))}
      </div>
      {shown.pageCount > 1 && <Pager hrefFor={hrefFor} page={shown.page} pageCount={shown.pageCount} total={shown.total} label="Pages of schools needing support" />}
      <section aria-labelledby="agreements" className="mt-8">
        <h2 id="agreements" className="mb-2 text-lg font-semibold">Support agreements</h2>
        <AgreementList agreements={agreements} empty="None yet." />
      </section>
    </>
  );
}
