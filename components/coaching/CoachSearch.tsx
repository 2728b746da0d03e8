// Finding a coach at another school for the set-up form: a GET search (it works without JavaScript)
// whose matches become the form's coach options. The trust's every member of staff in one select would
// be thousands of options: no one can use it, and the page would carry them all.
import Link from "next/link";
import { buttonClass } from "@/components/ui/Button";
import { asRoute, routes } from "@/lib/routes";

export function CoachSearch({ search, found, more }: { search: string; found: number | null; more: boolean }) {
  return (
    <form method="get" action={routes.coaching()} role="search" aria-label="Find a coach" className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor="coach-search" className="block font-medium">Find a coach at any school</label>
        <p id="coach-search-hint" className="text-sm text-slate-600">A name or a school&apos;s name.</p>
        <input id="coach-search" name="coach" type="search" defaultValue={search} aria-describedby="coach-search-hint" className="mt-1 w-72 max-w-full rounded border border-slate-500 bg-white px-2 py-2" />
      </div>
      <button type="submit" className={buttonClass("secondary")}>Find coaches</button>
      {found !== null && (
        <p role="status" className="w-full text-sm text-slate-700">
          {found === 0 ? `No one matches “${search}”.` : `${found}${more ? " or more" : ""} ${found === 1 ? "person matches" : "people match"}: choose the coach below.`}{" "}
          <Link href={asRoute(routes.coaching())} className="text-brand-700 underline">Back to your school&apos;s staff</Link>
        </p>
      )}
    </form>
  );
}
