// The account menu, apart from the sections: who is signed in, their sign-in and security, the role
// they are acting as (for people with several), and signing out. Plain links and forms in a <details>,
// so all of it works without JavaScript.
// Navigation hrefs are written in the shell's own list (lib/shell/navigation.ts), as plain strings.
import Link from "next/link";
import { NotificationsLink, UnreadBadge } from "@/components/notifications/NotificationsLink";
import type { NavLink } from "@/lib/shell/nav-match";
import { Disclosure } from "./Disclosure";
import { RoleSwitcher } from "./RoleSwitcher";
import { SignOutButton } from "./SignOutButton";

type Props = { links: NavLink[]; unread?: number; name: string; acting: string | null; options: { id: string; label: string }[]; activeId: string | null };

export function AccountMenu({ links, unread = 0, name, acting, options, activeId }: Props) {
  return (
    <Disclosure
      className="ml-auto lg:ml-0"
      summary={
        <>
          <span className="sr-only">Account menu for </span>
          <span className="max-w-40 truncate" data-testid="signed-in-as">
            {name}
          </span>
          <UnreadBadge unread={unread} />
        </>
      }
      summaryClassName="rounded px-2 text-sm text-white hover:bg-brand-800"
      panelClassName="absolute right-4 top-full z-20 w-80 max-w-[calc(100vw-2rem)] rounded-b border border-slate-300 bg-white p-4 text-slate-900 shadow-lg"
    >
      <nav aria-label="Account">
        <p className="text-sm text-slate-700">
          Signed in as <span className="font-semibold text-slate-900">{name}</span>
          {acting ? `, acting as ${acting}` : ""}.
        </p>
        <ul className="mt-2">
          <li>
            <NotificationsLink unread={unread} />
          </li>
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href} className="flex min-h-11 items-center text-brand-700 underline">
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <RoleSwitcher options={options} activeId={activeId} />
      <SignOutButton />
    </Disclosure>
  );
}
