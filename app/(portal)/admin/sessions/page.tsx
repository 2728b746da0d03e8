import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/PageHeader";
import { SearchField } from "@/components/ui/SearchField";
import { Table, TableBox } from "@/components/ui/Table";
import { findTrustUser, signedInPeople } from "@/lib/account/sessions/queries";
import { requireViewer } from "@/lib/access/viewer";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "Sessions" };

export default async function SessionsPage({ searchParams }: { searchParams: Promise<{ q?: string; email?: string }> }) {
  const viewer = await requireViewer();
  const { q = "", email = "" } = await searchParams;
  if (email) {
    const user = await findTrustUser(viewer, email);
    if (user) redirect(`/admin/users/${user.id}/sessions`);
  }
  const people = await signedInPeople(viewer, q);
  return (
    <>
      <PageHeader title="Sessions" lead="Who is signed in now. Open a person to see their sessions and end them." />
      <div className="mb-6 flex flex-wrap gap-8">
        <form method="get" className="flex items-end gap-2" role="search" aria-label="Signed-in people">
          <SearchField label="Name or email" defaultValue={q} />
          <button type="submit" className="min-h-11 rounded border border-slate-400 bg-white px-4 py-2 font-medium hover:bg-slate-100">
            Search
          </button>
        </form>
        <form method="get" className="flex items-end gap-2" aria-label="Open a person's sessions">
          <div>
            <label htmlFor="sessions-email" className="block font-medium">
              Anyone&apos;s email address
            </label>
            <input id="sessions-email" name="email" type="email" defaultValue={email} className="mt-1 block rounded border border-slate-500 bg-white px-3 py-2" />
          </div>
          <button type="submit" className="min-h-11 rounded border border-slate-400 bg-white px-4 py-2 font-medium hover:bg-slate-100">
            Open
          </button>
        </form>
      </div>
      {email && (
        <p role="alert" className="mb-4 rounded border-l-4 border-red-700 bg-red-50 p-2 text-red-900">
          There is no account with the email address {email}.
        </p>
      )}
      <TableBox>
        <Table caption="People signed in now" rows={people} rowKey={(p) => p.id} empty={<>Nobody {q ? "matching that" : ""} is signed in.</>} columns={[
            {
              key: "person",
              header: "Person",
              cell: (p) => (
                <Link href={`/admin/users/${p.id}/sessions`} className="text-brand-700 underline">
                  {p.name}
                </Link>
              ),
            },
            { key: "email", header: "Email", cell: (p) => p.email },
            { key: "live", header: "Live sessions", cell: (p) => p.live },
            { key: "seen", header: "Last seen", className: "whitespace-nowrap", cell: (p) => formatDateTime(p.lastSeenAt) },
          ]}
        />
      </TableBox>
    </>
  );
}
