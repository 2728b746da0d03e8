import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/ActionButton";
import { MeetingList } from "@/components/communities/MeetingList";
import { ScheduleMeetingForm } from "@/components/communities/MeetingForms";
import { ResourceForm } from "@/components/communities/ResourceForm";
import { ResourceList } from "@/components/communities/ResourceList";
import { buttonClass } from "@/components/ui/Button";
import { PageHeader } from "@/components/ui/PageHeader";
import { Stat, StatGrid } from "@/components/ui/Stat";
import { MemberTable, type MemberLine } from "@/components/communities/MemberTable";
import { can } from "@/lib/access/policy";
import { requireViewer } from "@/lib/access/viewer";
import { deleteResourceAction, joinCommunityAction, leaveCommunityAction } from "@/lib/communities/actions";
import { COMMUNITY_KIND_LABEL } from "@/lib/communities/labels";
import { communityMeetings, communityMemberPage, communityResources, getCommunity } from "@/lib/communities/queries";
import { Pager, queryHref } from "@/components/ui/Pager";
import { pageNumber } from "@/lib/validation/fields";
import { routes } from "@/lib/routes";
import { suggestedStart } from "@/lib/communities/schema";
import { formatDate, formatHours } from "@/lib/dates";
import { Section as UiSection } from "@/components/ui/Section";

export const metadata: Metadata = { title: "Community" };

const Section = (props: { id: string; title: string; children: React.ReactNode }) => (
  <UiSection className="mb-8" headingClassName="mb-3 text-lg font-semibold" {...props} />
);

export default async function CommunityPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const community = await getCommunity(viewer, (await params).id);
  // The members are paged (a trust-wide community has hundreds); the URL's `members` is the page.
  const memberPage = pageNumber().parse((await searchParams).members);
  const [meetings, members, resources] = await Promise.all([
    communityMeetings(viewer, community),
    communityMemberPage(viewer, community, memberPage),
    communityResources(viewer, community.id),
  ]);
  const { access } = community;
  const active = !community.archivedAt;
  const leaders = community.leaders.map((l) => `${l.firstName} ${l.lastName} (${l.school.name})`).join(", ");
  return (
    <>
      <PageHeader
        title={community.name}
        lead={`${COMMUNITY_KIND_LABEL[community.kind]}${community.subject ? ` · ${community.subject}` : ""}${community.cluster ? ` · ${community.cluster.name} cluster` : ""}${community.isOpen ? "" : " · by invitation"}${active ? "" : " · archived"}`}
      >
        <div className="flex flex-wrap gap-2">
          {access.manage && active && (
            <Link href={`/communities/${community.id}/manage`} className={buttonClass("secondary")}>
              Manage members
            </Link>
          )}
          {can(viewer, "community:create") && (
            <Link href={`/communities/${community.id}/edit`} className={buttonClass("secondary")}>
              Edit community and leaders
            </Link>
          )}
          {viewer.staff && active && !access.member && (community.isOpen || access.invited) && (
            <ActionButton id="join" action={joinCommunityAction} hidden={{ communityId: community.id }} label={access.invited ? "Accept invitation" : "Join this community"} variant="primary" />
          )}
          {access.myRole === "MEMBER" && <ActionButton id="leave" action={leaveCommunityAction} hidden={{ communityId: community.id }} label="Leave this community" />}
        </div>
      </PageHeader>

      <p className="mb-4 max-w-3xl">{community.description}</p>
      <StatGrid>
        <Stat label="Members" value={community.memberCount} />
        <Stat label="Resources" value={community.resourceCount} />
        {viewer.staff && <Stat label="Your CPD from this community" value={`${formatHours(community.myCpd.minutes)} h`} hint={`${community.myCpd.meetings} meetings attended`} />}
        <Stat label="Led by" value={community.leaders.length} hint={leaders || "No leader yet"} />
      </StatGrid>

      <div className="mt-8 grid gap-8 lg:grid-cols-2">
        <div>
          {access.seeMeetings ? (
            <>
              <Section id="upcoming" title="Upcoming meetings">
                <MeetingList communityId={community.id} meetings={meetings.upcoming} empty="No meetings planned." calendar />
              </Section>
              <Section id="past" title="Recent meetings">
                <MeetingList communityId={community.id} meetings={meetings.past} empty="No meetings yet." calendar={false} />
              </Section>
            </>
          ) : (
            <p className="text-slate-700">This community is by invitation: its meetings are for members.</p>
          )}
          {access.manage && active && (
            <Section id="schedule-heading" title="Schedule a meeting">
              <div className="rounded border border-slate-200 bg-white p-4">
                <ScheduleMeetingForm communityId={community.id} defaultStart={suggestedStart()} />
              </div>
            </Section>
          )}
        </div>
        <div>
          <Section id="resources" title="Newest resources">
            <ResourceList
              rows={resources.map((r) => ({ ...r, author: `${r.author.firstName} ${r.author.lastName}` }))}
              {...(access.manage && active ? { remove: deleteResourceAction } : {})}
            />
            <p className="mt-2">
              <Link href={`/resources?community=${community.id}`} className="text-brand-700 underline">
                Search all of this community&apos;s resources
              </Link>
            </p>
          </Section>
          {access.manage && active && viewer.staff && (
            <Section id="add-resource" title="Add a resource">
              <div className="rounded border border-slate-200 bg-white p-4">
                <ResourceForm communityId={community.id} />
              </div>
            </Section>
          )}
        </div>
      </div>

      {access.seeMembers && (
        <Section id="members" title={`Members (${members.total})`}>
          <MemberTable
            caption={`Members of ${community.name}${members.pageCount > 1 ? `, page ${members.page} of ${members.pageCount}` : ""}`}
            rows={members.rows.map((m): MemberLine => [
              m.staffMember.id, `${m.staffMember.firstName} ${m.staffMember.lastName}`, m.staffMember.school.name, m.staffMember.jobTitle,
              m.role === "LEADER" ? "Leader" : "Member", formatDate(m.joinedAt),
            ])}
          />
          {members.pageCount > 1 && (
            <Pager hrefFor={queryHref(routes.community(community.id), {})} page={members.page} pageCount={members.pageCount} total={members.total} param="members" label="Pages of members" />
          )}
        </Section>
      )}
    </>
  );
}
