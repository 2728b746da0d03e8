"use client";
// The trust admin's clusters, drawn from compact lines: a client component so the page's payload carries
// each school's name once, not a second copy of the markup; a cluster's rename and archive forms are
// drawn for the one being edited only (`?edit=`), not for every cluster (issue 22: 190 kB at 30 clusters).
import Link from "next/link";
import { ArchiveClusterButton, RenameClusterForm } from "./ClusterForms";

/** A school: id, name, phase (in words). */
export type SchoolLine = [string, string, string];
/** A cluster: id, name, archived, how it differs from the model (empty when it does not), its schools. */
export type ClusterLine = [string, string, boolean, string, SchoolLine[]];

export function SchoolList({ schools }: { schools: SchoolLine[] }) {
  if (schools.length === 0) return <p className="text-slate-700">No schools.</p>;
  return (
    <ul className="list-disc pl-5">
      {schools.map(([id, name, phase]) => (
        <li key={id}>
          <Link href={`/admin/schools/${id}`} className="text-brand-700 underline">{name}</Link> <span className="text-slate-600">{`(${phase})`}</span>
        </li>
      ))}
    </ul>
  );
}

export function ClusterCards({ clusters, editing, editHref }: { clusters: ClusterLine[]; editing?: string; editHref: Record<string, string> }) {
  return (
    <div className="space-y-6">
      {clusters.map(([id, name, archived, warnings, schools]) => (
        <section key={id} aria-labelledby={`cluster-${id}`} className="space-y-3 rounded border border-slate-200 bg-white p-4">
          <h2 id={`cluster-${id}`} className="text-lg font-semibold">
            {name}
            {archived && <span className="ml-2 text-sm font-normal text-slate-600">(archived)</span>}
          </h2>
          {warnings && (
            <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-2 text-amber-900">
              <span className="font-semibold">Differs from the model: </span>this cluster {warnings}.
            </p>
          )}
          <SchoolList schools={schools} />
          {editing === id ? (
            <div className="flex flex-wrap items-end gap-6">
              {!archived && <RenameClusterForm id={id} name={name} />}
              <ArchiveClusterButton id={id} name={name} archived={archived} />
            </div>
          ) : (
            <a href={editHref[id]} className="text-brand-700 underline">
              {archived ? "Restore" : "Rename or archive"}<span className="sr-only"> {name}</span>
            </a>
          )}
        </section>
      ))}
    </div>
  );
}
