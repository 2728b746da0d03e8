import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/ActionButton";
import { personLine, StaffSearch } from "@/components/communities/StaffSearch";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { addMemberAction, inviteMemberAction, removeMemberAction } from "@/lib/communities/actions";
import { communityMemberPage, getCommunity, searchStaffForCommunity } from "@/lib/communities/queries";
import { memberSearchParams } from "@/lib/communities/schema";
import { ensure } from "@/lib/access/viewer";
import { Pager, queryHref } from "@/components/ui/Pager";
import { asRoute, routes } from "@/lib/routes";
import { pageNumber } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Manage members" };

/** Matches shown for a search (each with its add and invite buttons); a second name narrows it. */
const MATCHES = 10;

export default async function ManageMembersPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const community = await getCommunity(viewer, (await params).id);
  ensure(community.access.manage);
  const query = await searchParams;
  const { q } = memberSearchParams.parse(query);
  // The members are paged as on the community's page (a trust-wide community has hundreds, each with its
  // remove button: 593 kB of HTML at scale 10 listed whole); the count above is over all of them.
  const [hits, members] = await Promise.all([searchStaffForCommunity(viewer, community.id, q, MATCHES), communityMemberPage(viewer, community, pageNumber().parse(query.members))]);
  const hidden = (staffMemberId: string) => ({ communityId: community.id, staffMemberId });
  return (
    <>
      <PageHeader title={`Manage members: ${community.name}`} lead="Find staff at any school of the trust, then add them or invite them to join.">
        <Link href={`/communities/${community.id}`} className="text-brand-700 underline">
          Back to the community
        </Link>
      </PageHeader>
      <StaffSearch name="Find staff" label="Staff name" q={q} className="mb-4 flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-4" variant="primary" />
      {q && (
        <section aria-labelledby="results" className="mb-8">
          <h2 id="results" className="mb-2 text-lg font-semibold">
            Staff matching “{q}”
          </h2>
          {hits.length === 0 && <p>No current staff match.</p>}
          {hits.length === MATCHES && <p className="mb-2 text-sm text-slate-700">The first {MATCHES} matches by surname: add more of the name to narrow the search.</p>}
          <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
            {hits.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <span>
                  {personLine(s)}
                  {s.role ? ` · already a ${s.role === "LEADER" ? "leader" : "member"}` : s.invited ? " · invited" : ""}
                </span>
                {s.role === "MEMBER" && (
                  <ActionButton id={`remove-found-${s.id}`} action={removeMemberAction} hidden={hidden(s.id)} label={`Remove ${s.firstName} ${s.lastName}`} variant="danger" />
                )}
                {!s.role && (
                  <span className="flex gap-2">
                    <ActionButton id={`add-${s.id}`} action={addMemberAction} hidden={hidden(s.id)} label={`Add ${s.firstName} ${s.lastName}`} variant="primary" />
                    {!s.invited && <ActionButton id={`invite-${s.id}`} action={inviteMemberAction} hidden={hidden(s.id)} label={`Invite ${s.firstName} ${s.lastName}`} />}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {q ? (
        <p>
          <Link href={asRoute(routes.communityManage(community.id))} className="text-brand-700 underline">
            Clear the search and show the members ({members.total})
          </Link>
        </p>
      ) : (
      <section aria-labelledby="members">
        <h2 id="members" className="mb-2 text-lg font-semibold">
          Members ({members.total})
        </h2>
        {members.pageCount > 1 && <p className="mb-2 text-sm text-slate-700">Leaders first, then by name: page {members.page} of {members.pageCount}. Find a member by name above to add or remove them.</p>}
        <ul aria-label={members.pageCount > 1 ? `Members, page ${members.page} of ${members.pageCount}` : "Members"} className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
          {members.rows.map((m) => (
            <li key={m.staffMember.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <span>
                {personLine(m.staffMember)}
                {m.role === "LEADER" ? " · leader" : ""}
              </span>
              {m.role === "MEMBER" && (
                <ActionButton id={`remove-${m.staffMember.id}`} action={removeMemberAction} hidden={hidden(m.staffMember.id)} label={`Remove ${m.staffMember.firstName} ${m.staffMember.lastName}`} variant="danger" />
              )}
            </li>
          ))}
        </ul>
        {members.pageCount > 1 && (
          <Pager hrefFor={queryHref(routes.communityManage(community.id), { q })} page={members.page} pageCount={members.pageCount} total={members.total} param="members" label="Pages of members" />
        )}
      </section>
      )}
    </>
  );
}
