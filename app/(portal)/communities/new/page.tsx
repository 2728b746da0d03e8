import type { Metadata } from "next";
import { CommunityForm } from "@/components/communities/CommunityForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { can } from "@/lib/access/policy";
import { ensure, requireViewer } from "@/lib/access/viewer";
import { trustClusters } from "@/lib/communities/queries";

export const metadata: Metadata = { title: "New community" };

export default async function NewCommunityPage() {
  const viewer = await requireViewer();
  ensure(can(viewer, "community:create"));
  return (
    <>
      <PageHeader title="New community" lead="Set up a community; then appoint its leaders from its edit page." />
      <div className="max-w-2xl rounded border border-slate-200 bg-white p-4">
        <CommunityForm clusters={await trustClusters(viewer)} />
      </div>
    </>
  );
}
