// Finding a coach at another school (or, for the trust admin, the coachee) for the set-up form: a GET
// search (it works without JavaScript) whose matches become the form's options; the other search's
// words are kept. The trust's every member of staff in one select would be thousands of options: no
// one can use it, and the page would carry them all.
import Link from "next/link";
import { buttonClass } from "@/components/ui/Button";
import { asRoute, routes, withQuery } from "@/lib/routes";

type Props = { who: "coach" | "coachee"; search: string; found: number | null; more: boolean; keep: string; label: string; back: string };

export function CoachSearch({ who, search, found, more, keep, label, back }: Props) {
  const other = who === "coach" ? "coachee" : "coach";
  return (
    <form method="get" action={routes.coaching()} role="search" aria-label={`Find a ${who}`} className="flex flex-wrap items-end gap-2">
      {keep && <input type="hidden" name={other} value={keep} />}
      <div>
        <label htmlFor={`${who}-search`} className="block font-medium">{label}</label>
        <p id={`${who}-search-hint`} className="text-sm text-slate-600">A name or a school&apos;s name.</p>
        <input id={`${who}-search`} name={who} type="search" defaultValue={search} aria-describedby={`${who}-search-hint`} className="mt-1 w-72 max-w-full rounded border border-slate-500 bg-white px-2 py-2" />
      </div>
      <button type="submit" className={buttonClass("secondary")}>{who === "coach" ? "Find coaches" : "Find coachees"}</button>
      {found !== null && (
        <p role="status" className="w-full text-sm text-slate-700">
          {found === 0 ? `No one matches “${search}”.` : `${found}${more ? " or more" : ""} ${found === 1 ? "person matches" : "people match"}: choose the ${who} below.`}{" "}
          <Link href={asRoute(withQuery(routes.coaching(), keep ? new URLSearchParams({ [other]: keep }) : ""))} className="text-brand-700 underline">{back}</Link>
        </p>
      )}
    </form>
  );
}
