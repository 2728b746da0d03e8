import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pager, queryHref } from "@/components/ui/Pager";
import { SearchField } from "@/components/ui/SearchField";
import { Table, TableBox } from "@/components/ui/Table";
import { accountList } from "@/lib/accounts/queries";
import { requireViewer } from "@/lib/access/viewer";
import { pageNumber, searchText } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Accounts" };

export default async function AccountsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer();
  const raw = await searchParams;
  const q = searchText(100).parse(raw.q);
  const page = pageNumber().parse(raw.page);
  const invited = raw.invited === "1";
  const data = await accountList(viewer, { q, page, invited });
  return (
    <>
      <PageHeader title="Accounts and roles" lead={data.mayInvite ? "Everyone who can sign in, their roles, and invitations not yet taken up." : "The accounts of your school's staff: appoint and remove senior leaders."}>
        {data.mayInvite && (
          <Link href="/accounts/invite" className="min-h-11 rounded bg-brand-700 px-4 py-2 font-medium text-white">
            Invite someone
          </Link>
        )}
      </PageHeader>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-4" role="search" aria-label="Accounts">
        <SearchField label="Name or email" defaultValue={q} />
        <div className="flex items-center gap-2 pb-2">
          <input id="accounts-invited" name="invited" type="checkbox" value="1" defaultChecked={invited} className="h-5 w-5" />
          <label htmlFor="accounts-invited">Invited, not set up yet</label>
        </div>
        <button type="submit" className="min-h-11 rounded border border-slate-400 bg-white px-4 py-2 font-medium hover:bg-slate-100">
          Search
        </button>
      </form>
      <TableBox>
        <Table caption="Accounts" rows={data.rows} rowKey={(r) => r.id} empty="No accounts match." columns={[
            {
              key: "name",
              header: "Name",
              rowHeader: true,
              cell: (r) => (
                <Link href={`/accounts/${r.id}`} className="text-brand-700 underline">
                  {r.name}
                </Link>
              ),
            },
            { key: "email", header: "Email", cell: (r) => r.email },
            { key: "school", header: "Works at", cell: (r) => r.school ?? "No staff record" },
            { key: "roles", header: "Roles", cell: (r) => r.roles },
            { key: "state", header: "Account", cell: (r) => r.state },
          ]}
        />
      </TableBox>
      <Pager hrefFor={queryHref("/accounts", { q, invited: invited ? "1" : "", page })} page={page} pageCount={data.pageCount} total={data.total} />
    </>
  );
}
