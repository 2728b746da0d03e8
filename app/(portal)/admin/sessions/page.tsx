import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/PageHeader";
import { findTrustUser, signedInPeople } from "@/lib/auth/sessions/queries";
import { requireViewer } from "@/lib/auth/viewer";
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
          <div>
            <label htmlFor="sessions-q" className="block font-medium">
              Name or email
            </label>
            <input id="sessions-q" name="q" defaultValue={q} className="mt-1 block rounded border border-slate-500 bg-white px-3 py-2" />
          </div>
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
      <div className="overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <caption className="sr-only">People signed in now</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="p-2">Person</th>
              <th scope="col" className="p-2">Email</th>
              <th scope="col" className="p-2">Live sessions</th>
              <th scope="col" className="p-2">Last seen</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.id} className="border-t border-slate-200">
                <td className="p-2">
                  <Link href={`/admin/users/${p.id}/sessions`} className="text-brand-700 underline">
                    {p.name}
                  </Link>
                </td>
                <td className="p-2">{p.email}</td>
                <td className="p-2">{p.live}</td>
                <td className="p-2 whitespace-nowrap">{formatDateTime(p.lastSeenAt)}</td>
              </tr>
            ))}
            {people.length === 0 && (
              <tr>
                <td colSpan={4} className="p-4 text-center text-slate-600">
                  Nobody {q ? "matching that" : ""} is signed in.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
