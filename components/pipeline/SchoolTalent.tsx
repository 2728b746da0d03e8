// A school's talent for its head: staff aspirations to endorse, NPQs to verify, and the leaders the trust
// expects to hold NPQH/NPQSL or a Masters who do not. Server component. One endorsement form at a time
// (`?endorse=<aspiration id>`, a link, so it works without JavaScript), as the plan's forms.
import Link from "next/link";
import { Section } from "@/components/ui/Section";
import { formatDate } from "@/lib/dates";
import { FUNDING_LABEL, NPQ_LABEL, NPQ_STATUS_LABEL, READINESS_LABEL, ROUTE_LABEL, isNpq } from "@/lib/pipeline/labels";
import type { AspirationRoute, NpqFunding, Readiness } from "@/lib/db/generated/enums";
import { asRoute, routes, withHash, withQuery } from "@/lib/routes";
import { EndorseForm, VerifyQualification } from "./Forms";
import { nameOf } from "./SchoolPlan";

type Person = { id: string; firstName: string; lastName: string; jobTitle: string };
type Aspiration = { id: string; route: AspirationRoute; development: string; readiness: Readiness | null; endorsementNote: string | null; staffMember: Person };
type Npq = { id: string; kind: string; status: string; cohort: string | null; provider: string | null; funding: NpqFunding | null; verifiedAt: Date | null; staffMember: Person };

export function TalentPool({ schoolId, aspirations, ownStaffId, endorsing }: { schoolId: string; aspirations: Aspiration[]; ownStaffId: string | null; endorsing: string | null }) {
  return (
    <Section id="talent" title="Aspirations and talent pool" className="space-y-3">
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
                    <Link href={asRoute(withHash(routes.schoolSuccession(schoolId), `aspiration-${a.id}`))} className="inline-block text-brand-700 underline">Done<span className="sr-only"> endorsing {name}</span></Link>
                  </div>
                ) : (
                  <Link href={asRoute(withHash(withQuery(routes.schoolSuccession(schoolId), `endorse=${a.id}`), `aspiration-${a.id}`))} className="mt-2 inline-block text-brand-700 underline">{a.readiness ? "Change endorsement" : "Endorse"} for {name}</Link>
                ))}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}

export function SchoolNpqs({ npqs, ownStaffId }: { npqs: Npq[]; ownStaffId: string | null }) {
  return (
    <Section id="npqs" title="NPQs" className="space-y-3">
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
