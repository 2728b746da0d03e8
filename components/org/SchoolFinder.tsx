// The school filter of a GET form for one who works across many schools (the trust admin's 120): a box
// to type part of a school's name instead of a list of every school (two copies of 120 options, 21 kB
// of HTML, issue 22), as the coaching set-up finds people by name. Up to SCHOOL_LIST_MAX schools keep
// the list. Works without JavaScript: the name is resolved on the server (`findSchool`).
import Link from "next/link";
import { SelectField } from "@/components/ui/Select";
import type { HrefFor } from "@/components/ui/Pager";

/** Beyond this many schools the filter is a name to type, not a list. */
export const SCHOOL_LIST_MAX = 30;
/** The matches offered as links when a name fits several schools. */
const MATCHES_SHOWN = 20;

type School = { id: string; name: string };

/**
 * The school a filter chose: the typed name (`schoolq`) when it fits one school (or names one exactly),
 * else the `school` id from the URL (a link's). `matches` are the schools the name fits, when it fits
 * several or none (`matches` empty and `typed` set: nothing fits).
 */
export function findSchool(schools: School[], typed: string | string[] | undefined, id: string | undefined) {
  const text = typeof typed === "string" ? typed.trim().slice(0, 100) : "";
  if (!text) return { school: schools.find((s) => s.id === id), typed: "", matches: [] as School[] };
  const needle = text.toLowerCase();
  const matches = schools.filter((s) => s.name.toLowerCase().includes(needle));
  const exact = matches.find((s) => s.name.toLowerCase() === needle);
  const one = exact ?? (matches.length === 1 ? matches[0] : undefined);
  return { school: one, typed: text, matches: one ? [] : matches };
}

/** The filter's field: the list of schools, or (beyond SCHOOL_LIST_MAX) a name to type. */
export function SchoolField({ id, schools, current, typed, emptyLabel }: { id: string; schools: School[]; current?: School; typed: string; emptyLabel?: string }) {
  if (schools.length <= SCHOOL_LIST_MAX) {
    return <SelectField id={id} name="school" label="School" defaultValue={current?.id} emptyLabel={emptyLabel} options={schools.map((s) => ({ value: s.id, label: s.name }))} />;
  }
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">School</label>
      <input id={id} name="schoolq" defaultValue={typed || current?.name || ""} aria-describedby={`${id}-hint`} className="mt-1 w-full rounded border border-slate-500 bg-white px-2 py-2" />
      <p id={`${id}-hint`} className="text-xs text-slate-600">Part of its name{emptyLabel ? `; empty for ${emptyLabel.toLowerCase()}` : ""}.</p>
    </div>
  );
}

/** When a typed name fits several schools (or none): say so, and link to each (the first MATCHES_SHOWN). */
export function SchoolMatches({ found, hrefFor, otherwise }: { found: ReturnType<typeof findSchool>; hrefFor: HrefFor; otherwise: string }) {
  if (!found.typed || found.school) return null;
  return (
    <div className="mb-4 rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-sm" role="status">
      {found.matches.length === 0 ? (
        <p>No school’s name has “{found.typed}” in it: {otherwise}.</p>
      ) : (
        <>
          <p>{found.matches.length} schools’ names have “{found.typed}” in them ({otherwise}); choose one:</p>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {found.matches.slice(0, MATCHES_SHOWN).map((s) => (
              <li key={s.id}><Link href={hrefFor({ school: s.id, schoolq: "", page: "" })} className="text-brand-700 underline">{s.name}</Link></li>
            ))}
          </ul>
          {found.matches.length > MATCHES_SHOWN && <p className="mt-1">and {found.matches.length - MATCHES_SHOWN} more: type more of the name.</p>}
        </>
      )}
    </div>
  );
}
