// A school's succession plan: each key post with its holder, emergency cover and potential successors
// by readiness, and the head's forms to keep it, one post at a time (`?change=POST` in the address: the
// page is then that post's card alone, with its holder-and-cover form or, `&successor=add`, its
// add-a-successor form, each listing the school's staff; the remove-successor buttons only there too).
// Server component; readiness is written out.
import Link from "next/link";
import { Section } from "@/components/ui/Section";
import { POST_LABEL, READINESS_LABEL, READY_SOON } from "@/lib/pipeline/labels";
import type { KeyPost, Readiness } from "@/lib/db/generated/enums";
import { asRoute, routes, withHash, withQuery } from "@/lib/routes";
import { PostForm, RemoveSuccessor, SuccessorForm } from "./Forms";

type Person = { id: string; firstName: string; lastName: string; jobTitle: string };
type Plan = { id: string; holder: Person | null; emergencyCover: Person | null; successors: { id: string; readiness: Readiness; staffMember: Person }[] } | null;

export const nameOf = (p: Person | null) => (p ? `${p.firstName} ${p.lastName}` : null);

/** `changing`: the post whose forms are open (the others link to theirs). */
export function SchoolPlan({ schoolId, posts, staff, changing, adding = false }: { schoolId: string; posts: { post: KeyPost; plan: Plan }[]; staff: Person[]; changing: KeyPost | null; adding?: boolean }) {
  const choices = changing === null ? [] : staff.map((s) => ({ value: s.id, label: `${s.firstName} ${s.lastName} (${s.jobTitle})` }));
  return (
    <Section id="posts" title="Key posts" className="space-y-4">
      <p className="text-slate-700">A post counts as covered when a successor is ready within two years.</p>
      <ul className="space-y-4">
        {/* Changing a post, its card alone: the others return with "Done changing". */}
        {posts.filter(({ post }) => changing === null || post === changing).map(({ post, plan }) => {
          const label = POST_LABEL[post];
          const covered = plan?.successors.some((s) => READY_SOON.includes(s.readiness)) ?? false;
          return (
            <li key={post} id={`post-${post}`} className="rounded border border-slate-200 bg-white p-4">
              <h3 className="font-semibold">{label}</h3>
              <p className={covered ? "text-green-800" : "font-medium text-red-800"}>{covered ? "Successor ready within two years" : "No successor ready within two years"}</p>
              <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
                <dt className="text-slate-600">Holder</dt>
                <dd>{nameOf(plan?.holder ?? null) ?? "Vacant or not recorded"}</dd>
                <dt className="text-slate-600">Emergency cover</dt>
                <dd>{nameOf(plan?.emergencyCover ?? null) ?? "None named"}</dd>
              </dl>
              <h4 className="mt-3 text-sm font-semibold">Potential successors</h4>
              {plan?.successors.length ? (
                <ul className="space-y-2 text-sm">
                  {plan.successors.map((s) => (
                    <li key={s.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                      <span>{nameOf(s.staffMember)}: {READINESS_LABEL[s.readiness]}</span>
                      {post === changing && <RemoveSuccessor id={s.id} label={`Remove ${nameOf(s.staffMember)} as successor for ${label}`} />}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-slate-700">None named.</p>
              )}
              {post === changing ? (
                <div className="mt-3 space-y-3">
                  {/* One form at a time: each of its lists holds the school's every member of staff. */}
                  {adding ? (
                    <SuccessorForm schoolId={schoolId} post={post} label={label} staff={choices} />
                  ) : (
                    <PostForm schoolId={schoolId} post={post} label={label} staff={choices} values={{ holderId: plan?.holder?.id ?? "", emergencyCoverId: plan?.emergencyCover?.id ?? "" }} />
                  )}
                  <p className="flex flex-wrap gap-x-6 gap-y-2">
                    {adding ? (
                      <Link href={asRoute(withHash(withQuery(routes.schoolSuccession(schoolId), `change=${post}`), `post-${post}`))} className="text-brand-700 underline">Change {label}&rsquo;s holder and cover</Link>
                    ) : (
                      <Link href={asRoute(withHash(withQuery(routes.schoolSuccession(schoolId), `change=${post}&successor=add`), `post-${post}`))} className="text-brand-700 underline">Add a successor for {label}</Link>
                    )}
                    <Link href={asRoute(withHash(routes.schoolSuccession(schoolId), `post-${post}`))} className="text-brand-700 underline">Done changing {label}</Link>
                  </p>
                </div>
              ) : (
                <Link href={asRoute(withHash(withQuery(routes.schoolSuccession(schoolId), `change=${post}`), `post-${post}`))} className="mt-3 inline-block text-brand-700 underline">Change {label}</Link>
              )}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
