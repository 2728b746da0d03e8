import Link from "next/link";
import { Nav } from "@/components/shell/Nav";
import { RoleSwitcher } from "@/components/shell/RoleSwitcher";
import { SignOutButton } from "@/components/shell/SignOutButton";
import { navigationFor, ROLE_LABELS } from "@/lib/auth/navigation";
import { canAny } from "@/lib/auth/policy";
import { activeRole, requireViewer } from "@/lib/auth/viewer";
import { hasInductionRelation } from "@/lib/inductions/queries";
import { schoolNames } from "@/lib/org/queries";

export const dynamic = "force-dynamic";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  // Every page passes here: the induction relation is looked up only for those whose roles do not already show Inductions.
  const ects = canAny(viewer, "induction:view:any") || hasInductionRelation(viewer);
  const [names, active, related] = await Promise.all([schoolNames(viewer), activeRole(viewer), ects]);
  const options = viewer.roles.map((r) => {
    const where = r.schoolId ? names[r.schoolId] : r.role === "STAFF" && viewer.staff ? names[viewer.staff.schoolId] : undefined;
    return { id: r.id, label: `${ROLE_LABELS[r.role]}${where ? `, ${where}` : ""}` };
  });
  return (
    <>
      <a href="#main" className="skip-link bg-yellow-300 p-2">
        Skip to main content
      </a>
      <header className="bg-brand-700 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="text-lg font-bold text-white no-underline">
            Staff development portal
          </Link>
          <div className="flex flex-wrap items-center gap-3">
            <RoleSwitcher options={options} activeId={active?.id ?? null} />
            <span className="text-sm" data-testid="signed-in-as">
              {viewer.name}
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <Nav items={navigationFor(viewer, { ects: related })} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
