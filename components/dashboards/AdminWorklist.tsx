// The trust admin's home: a work list. Each item says how many, where, and links to where it is done.
import Link from "next/link";
import { asRoute, type Href } from "@/lib/routes";
import type { AdminWorklist as Data } from "@/lib/admin/worklist/queries";

function Item({ title, count, href, action, children }: { title: string; count: number; href: Href; action: string; children?: React.ReactNode }) {
  return (
    <li className={`rounded border bg-white p-4 ${count ? "border-amber-600" : "border-slate-200"}`}>
      <h3 className="font-semibold">
        {title}: <span className={count ? "text-amber-900" : "text-green-800"}>{count === 0 ? "none" : count}</span>
      </h3>
      {count > 0 && children}
      {count > 0 && (
        <Link href={asRoute(href)} className="mt-1 inline-block text-brand-700 underline">
          {action}
        </Link>
      )}
    </li>
  );
}

const names = (rows: { name: string; count?: number }[], max = 5) => (
  <p className="text-sm text-slate-700">
    {rows.slice(0, max).map((r) => (r.count === undefined ? r.name : `${r.name} (${r.count})`)).join(", ")}
    {rows.length > max ? ` and ${rows.length - max} more` : ""}
  </p>
);

export function AdminWorklist({ data }: { data: Data }) {
  return (
    <section aria-labelledby="worklist-heading" className="space-y-3">
      <h2 id="worklist-heading" className="text-xl font-semibold">To do</h2>
      <ul className="grid gap-3 md:grid-cols-2">
        <Item title="Imports waiting for a decision" count={data.importsWaiting} href="/admin/imports" action="Review and apply or discard them" />
        <Item title="Schools without a headteacher" count={data.withoutHead.length} href="/accounts" action="Appoint a head from their account">
          {names(data.withoutHead)}
        </Item>
        <Item title="Schools in no cluster" count={data.withoutCluster.length} href="/admin/clusters" action="Place them in a cluster">
          {names(data.withoutCluster)}
        </Item>
        <Item title="Accounts invited but not set up" count={data.invited} href="/accounts?invited=1" action="See who, and send a link again">
          {data.expiredLinks > 0 && <p className="text-sm text-slate-700">{data.expiredLinks} of them have no link that still works.</p>}
        </Item>
        <Item title="Staff with no line manager recorded" count={data.noLineManager.total} href="/staff" action="Open the staff directory">
          {names(data.noLineManager.schools)}
        </Item>
        <Item title="Statutory training expiring in the next 60 days" count={data.expiring.total} href="/school-development" action="See each school's training">
          {names(data.expiring.schools)}
        </Item>
      </ul>
    </section>
  );
}
