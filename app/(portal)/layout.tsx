import Link from "next/link";
import { AccountMenu } from "@/components/shell/AccountMenu";
import { MainNav } from "@/components/shell/MainNav";
import { SectionNav } from "@/components/shell/SectionNav";
import { accountLinks, navigationFor } from "@/lib/shell/navigation";
import { ROLE_LABELS } from "@/lib/shell/roles";
import { canAny } from "@/lib/access/policy";
import { activeRole, requireViewer } from "@/lib/access/viewer";
import { hasInductionRelation } from "@/lib/inductions/queries";
import { unreadCount } from "@/lib/notifications/queries";
import { schoolNames } from "@/lib/org/queries";
import { hasReviewRelation } from "@/lib/reviews/queries";

export const dynamic = "force-dynamic";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  // Every page passes here: the relations are looked up only for those whose roles do not already show the entry.
  const ects = canAny(viewer, "induction:view:any") || hasInductionRelation(viewer);
  const reviews = canAny(viewer, "review:view") || hasReviewRelation(viewer);
  // School names label the role switcher, which only someone with several roles sees.
  const names: Promise<Record<string, string>> | Record<string, string> = viewer.roles.length > 1 ? schoolNames(viewer) : {};
  const [labels, active, relatedEcts, relatedReviews, unread] = await Promise.all([names, activeRole(viewer), ects, reviews, unreadCount(viewer)]);
  const options = viewer.roles.map((r) => {
    const where = r.schoolId ? labels[r.schoolId] : r.role === "STAFF" && viewer.staff ? labels[viewer.staff.schoolId] : undefined;
    return { id: r.id, label: `${ROLE_LABELS[r.role]}${where ? `, ${where}` : ""}` };
  });
  const sections = navigationFor(viewer, { ects: relatedEcts, reviews: relatedReviews });
  return (
    <>
      <a href="#main" className="skip-link bg-yellow-300 p-2">
        Skip to main content
      </a>
      <header className="relative bg-brand-700 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-1" data-testid="header-row">
          <Link href="/" className="flex min-h-11 items-center whitespace-nowrap font-bold text-white no-underline lg:text-lg">
            Staff development portal
          </Link>
          <MainNav sections={sections} />
          <AccountMenu links={accountLinks(viewer)} unread={unread} name={viewer.name} acting={options.length > 1 && active ? (options.find((o) => o.id === active.id)?.label ?? null) : null} options={options} activeId={active?.id ?? null} />
        </div>
      </header>
      <SectionNav sections={sections} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
