import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/ActionButton";
import { buttonClass } from "@/components/ui/Button";
import { PageHeader } from "@/components/ui/PageHeader";
import { can } from "@/lib/access/policy";
import { requireViewer } from "@/lib/access/viewer";
import { joinCommunityAction } from "@/lib/communities/actions";
import { COMMUNITY_KIND_LABEL } from "@/lib/communities/labels";
import { browseCommunities } from "@/lib/communities/queries";

export const metadata: Metadata = { title: "Communities" };

type Row = Awaited<ReturnType<typeof browseCommunities>>[number];

function CommunityList({ title, rows, join }: { title: string; rows: Row[]; join: boolean }) {
  if (!rows.length) return null;
  const id = title.toLowerCase().replace(/\W+/g, "-");
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      <ul className="grid gap-3 md:grid-cols-2">
        {rows.map((c) => (
          <li key={c.id} className="rounded border border-slate-200 bg-white p-4">
            <h3 className="font-semibold">
              <Link href={`/communities/${c.id}`} className="text-brand-700 underline">
                {c.name}
              </Link>
            </h3>
            <p className="text-sm text-slate-600">
              {COMMUNITY_KIND_LABEL[c.kind]}
              {c.cluster ? ` · ${c.cluster.name} cluster` : ""} · {c.memberCount} {c.memberCount === 1 ? "member" : "members"}
              {c.isOpen ? "" : " · by invitation"}
              {c.archivedAt ? " · archived" : ""}
              {c.myRole === "LEADER" ? " · you lead it" : ""}
            </p>
            <p className="mt-2 text-sm">{c.description}</p>
            {join && (c.isOpen || c.invited) && !c.archivedAt && (
              <div className="mt-3">
                <ActionButton id={`join-${c.id}`} action={joinCommunityAction} hidden={{ communityId: c.id }} label={c.invited ? `Accept invitation to ${c.name}` : `Join ${c.name}`} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export default async function CommunitiesPage() {
  const viewer = await requireViewer();
  const all = await browseCommunities(viewer);
  const mine = all.filter((c) => c.myRole);
  const invited = all.filter((c) => !c.myRole && c.invited);
  const others = all.filter((c) => !c.myRole && !c.invited && !c.archivedAt);
  const archived = all.filter((c) => c.archivedAt);
  return (
    <>
      <PageHeader title="Communities" lead="Subject communities, strategic development groups, team networking groups and phase networks across the trust.">
        {can(viewer, "community:create") && (
          <Link href="/communities/new" className={buttonClass("primary")}>
            New community
          </Link>
        )}
      </PageHeader>
      <CommunityList title="Your communities" rows={mine} join={false} />
      <CommunityList title="Invitations" rows={invited} join={Boolean(viewer.staff)} />
      <CommunityList title={mine.length ? "Other communities" : "Communities you can join"} rows={others} join={Boolean(viewer.staff)} />
      <CommunityList title="Archived" rows={archived.filter((c) => !c.myRole)} join={false} />
    </>
  );
}
