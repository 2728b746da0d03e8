import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/ActionButton";
import { personLine, StaffSearch } from "@/components/communities/StaffSearch";
import { CommunityForm } from "@/components/communities/CommunityForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { appointLeaderAction, archiveCommunityAction, removeLeaderAction } from "@/lib/communities/actions";
import { communityForAdmin, searchStaffForCommunity } from "@/lib/communities/queries";
import { memberSearchParams } from "@/lib/communities/schema";

export const metadata: Metadata = { title: "Edit community" };

/** The trust admin's page: the community's details, archiving, and its leaders. */
export default async function EditCommunityPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const { community, leaders, clusters } = await communityForAdmin(viewer, (await params).id);
  const { q } = memberSearchParams.parse(await searchParams);
  const hits = await searchStaffForCommunity(viewer, community.id, q);
  const person = (staffMemberId: string) => ({ communityId: community.id, staffMemberId });
  return (
    <>
      <PageHeader title={`Edit ${community.name}`}>
        <Link href={`/communities/${community.id}`} className="text-brand-700 underline">
          Back to the community
        </Link>
      </PageHeader>
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="details" className="rounded border border-slate-200 bg-white p-4">
          <h2 id="details" className="mb-3 text-lg font-semibold">
            Details
          </h2>
          <CommunityForm clusters={clusters} community={community} />
          <div className="mt-6 border-t pt-4">
            <ActionButton
              id="archive"
              action={archiveCommunityAction}
              hidden={{ communityId: community.id, archived: community.archivedAt ? "" : "1" }}
              label={community.archivedAt ? "Reopen community" : "Archive community"}
              variant={community.archivedAt ? "secondary" : "danger"}
            />
          </div>
        </section>
        <section aria-labelledby="leaders" className="rounded border border-slate-200 bg-white p-4">
          <h2 id="leaders" className="mb-3 text-lg font-semibold">
            Leaders
          </h2>
          {leaders.length === 0 && <p>No leaders yet.</p>}
          <ul className="mb-4 divide-y divide-slate-200">
            {leaders.map((l) => (
              <li key={l.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>{personLine(l)}</span>
                <ActionButton id={`unlead-${l.id}`} action={removeLeaderAction} hidden={person(l.id)} label={`Remove ${l.firstName} ${l.lastName} as leader`} variant="danger" />
              </li>
            ))}
          </ul>
          <StaffSearch name="Find a leader" label="Appoint a leader: staff name" q={q} className="flex flex-wrap items-end gap-2" variant="secondary" />
          <ul className="mt-3 divide-y divide-slate-200">
            {hits.filter((s) => s.role !== "LEADER").map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>{personLine(s)}</span>
                <ActionButton id={`lead-${s.id}`} action={appointLeaderAction} hidden={person(s.id)} label={`Appoint ${s.firstName} ${s.lastName}`} variant="primary" />
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
