// A school's talent for its head: staff aspirations to endorse, NPQs to verify, and the leaders the trust
// expects to hold NPQH/NPQSL or a Masters who do not. Server component. One endorsement form at a time
// (`?endorse=<aspiration id>`, a link, so it works without JavaScript), as the plan's forms. The
// aspirations and NPQs are paged (`?talent=`, `?npqs=`: a large school's were 57 kB of the trust admin's
// 139 kB page at scale 10), the page given by the page (`paging`).
import Link from "next/link";
import { Pager, type HrefFor } from "@/components/ui/Pager";
import { Section } from "@/components/ui/Section";
import { formatDate } from "@/lib/dates";
import { FUNDING_LABEL, NPQ_LABEL, NPQ_STATUS_LABEL, READINESS_LABEL, ROUTE_LABEL, isNpq } from "@/lib/pipeline/labels";
import type { AspirationRoute, NpqFunding, Readiness } from "@/lib/db/generated/enums";
import { asRoute, routes, withHash, withQuery } from "@/lib/routes";
import { EndorseForm, VerifyQualification } from "./Forms";
import { nameOf } from "./SchoolPlan";

type Person = { id: string; firstName: string; lastName: string; jobTitle: string };
type Aspiration = { id: string; route: AspirationRoute; development: string; readiness: Readiness | null; endorsementNote: string | null; staffMember: Person };
/** A list's page: the page shown, how many, the count of all, and the URL of another page (keeping the other list's). */
export type ListPaging = { page: number; pageCount: number; total: number; hrefFor: HrefFor };

type Npq = { id: string; kind: string; status: string; cohort: string | null; provider: string | null; funding: NpqFunding | null; verifiedAt: Date | null; staffMember: Person };

export function TalentPool({ schoolId, aspirations, ownStaffId, endorsing, paging }: { schoolId: string; aspirations: Aspiration[]; ownStaffId: string | null; endorsing: string | null; paging?: ListPaging }) {
  // The endorse and done links keep the list's page.
  const here = (endorse?: string) => withQuery(routes.schoolSuccession(schoolId), new URLSearchParams([...(paging && paging.page > 1 ? [["talent", String(paging.page)]] : []), ...(endorse ? [["endorse", endorse]] : [])]));
  return (
    <Section id="talent" title={paging && paging.pageCount > 1 ? `Aspirations and talent pool (${paging.total}), page ${paging.page} of ${paging.pageCount}` : "Aspirations and talent pool"} className="space-y-3">
      {aspirations.length === 0 ? (
        <p className="text-slate-700">No member of staff has recorded an aspiration yet.</p>
      ) : (
        <ul className="space-y-3">
          {aspirations.map((a) => {
            const name = nameOf(a.staffMember) ?? "";
            return (
              <li key={a.id} id={`aspiration-${a.id}`} className="rounded border border-slate-200 bg-white p-4 text-sm">
                <h3 className="font-semibold">{name}: {ROUTE_LABEL[a.route]}</h3>
                <p className="text-slate-700">{a.staffMember.jobTitle}</p>
                <p className="mt-1 break-words">Wants: {a.development}</p>
                <p className="mt-1 font-medium">{a.readiness ? READINESS_LABEL[a.readiness] : "Not yet endorsed"}</p>
                {a.endorsementNote && <p className="break-words text-slate-700">Note: {a.endorsementNote}</p>}
                {a.staffMember.id !== ownStaffId && (a.id === endorsing ? (
                  <div className="mt-2 max-w-xl space-y-2">
                    <EndorseForm id={a.id} name={name} values={{ readiness: a.readiness ?? "", note: a.endorsementNote ?? "" }} />
                    <Link href={asRoute(withHash(here(), `aspiration-${a.id}`))} className="inline-block text-brand-700 underline">Done<span className="sr-only"> endorsing {name}</span></Link>
                  </div>
                ) : (
                  <Link href={asRoute(withHash(here(a.id), `aspiration-${a.id}`))} className="mt-2 inline-block text-brand-700 underline">{a.readiness ? "Change endorsement" : "Endorse"} for {name}</Link>
                ))}
              </li>
            );
          })}
        </ul>
      )}
      {paging && paging.pageCount > 1 && <Pager hrefFor={paging.hrefFor} page={paging.page} pageCount={paging.pageCount} total={paging.total} param="talent" label="Pages of aspirations" />}
    </Section>
  );
}

export function SchoolNpqs({ npqs, ownStaffId, paging }: { npqs: Npq[]; ownStaffId: string | null; paging?: ListPaging }) {
  return (
    <Section id="npqs" title={paging && paging.pageCount > 1 ? `NPQs (${paging.total}), page ${paging.page} of ${paging.pageCount}` : "NPQs"} className="space-y-3">
      {npqs.length === 0 ? (
        <p className="text-slate-700">No NPQs recorded by the school&apos;s staff.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
          {npqs.map((q) => {
            const what = isNpq(q.kind) ? NPQ_LABEL[q.kind] : q.kind;
            return (
              <li key={q.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
                <div>
                  <p className="font-medium">{nameOf(q.staffMember)}: {what}</p>
                  <p className="text-slate-700">
                    {NPQ_STATUS_LABEL[q.status as keyof typeof NPQ_STATUS_LABEL] ?? q.status}
                    {q.cohort ? ` · ${q.cohort}` : ""}{q.provider ? ` · ${q.provider}` : ""}{q.funding ? ` · ${FUNDING_LABEL[q.funding]}` : ""}
                  </p>
                </div>
                {q.verifiedAt ? (
                  <p>Verified {formatDate(q.verifiedAt)}</p>
                ) : q.staffMember.id === ownStaffId ? (
                  <p>Not verified</p>
                ) : (
                  <VerifyQualification id={q.id} label={`Verify ${nameOf(q.staffMember)}'s ${what}`} />
                )}
              </li>
            );
          })}
        </ul>
      )}
      {paging && paging.pageCount > 1 && <Pager hrefFor={paging.hrefFor} page={paging.page} pageCount={paging.pageCount} total={paging.total} param="npqs" label="Pages of NPQs" />}
    </Section>
  );
}

export function LackingExpected({ people }: { people: { id: string; firstName: string; lastName: string; jobTitle: string }[] }) {
  return (
    <Section id="lacking" title="Leaders without NPQH, NPQSL or a Masters" className="space-y-2">
      <p className="text-slate-700">The trust expects its heads and senior leaders to hold, or be studying for, NPQH, NPQSL or a Masters.</p>
      {people.length === 0 ? (
        <p>Every head and senior leader holds or is studying for one.</p>
      ) : (
        <ul className="list-disc pl-5">
          {people.map((p) => (
            <li key={p.id}>{nameOf(p)}, {p.jobTitle}</li>
          ))}
        </ul>
      )}
    </Section>
  );
}
