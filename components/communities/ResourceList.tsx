"use client";
// A list of resources. A client component: the page sends each resource's fields once, not a second
// copy of its markup in the payload (issue 22); it renders on the server all the same.
import { ActionButton } from "@/components/ui/ActionButton";
import { RESOURCE_KIND_LABEL, type ResourceFields } from "@/lib/communities/labels";
import { formatDate } from "@/lib/dates";
import type { ActionState } from "@/lib/forms/result";

type Resource = ResourceFields & {
  author?: string;
  community?: { id: string; name: string };
};

/** `remove`: the delete action, for a viewer who manages the community the resources are in. */
export function ResourceList({
  rows,
  empty = "No resources yet.",
  remove,
}: {
  rows: Resource[];
  empty?: string;
  remove?: (state: ActionState, form: FormData) => Promise<ActionState>;
}) {
  if (!rows.length) return <p className="text-slate-600">{empty}</p>;
  return (
    <ul className="space-y-3">
      {rows.map((r) => (
        <li key={r.id} className="rounded border border-slate-200 bg-white p-3">
          <h3 className="font-semibold">
            <a href={r.fileId ? `/files/${r.fileId}` : (r.url ?? "#")} className="text-brand-700 underline" {...(r.url && !r.fileId ? { rel: "noopener noreferrer" } : {})}>
              {r.title}
            </a>
          </h3>
          <p className="text-sm text-slate-600">
            {RESOURCE_KIND_LABEL[r.kind as keyof typeof RESOURCE_KIND_LABEL] ?? r.kind}
            {r.community ? ` · ${r.community.name}` : ""}
            {r.author ? ` · ${r.author}` : ""} · added {formatDate(r.createdAt)}
          </p>
          {r.description && <p className="mt-1 text-sm">{r.description}</p>}
          {r.tags.length > 0 && (
            <ul className="mt-2 flex flex-wrap gap-1" aria-label="Tags">
              {r.tags.map((t) => (
                <li key={t} className="rounded bg-brand-50 px-2 py-0.5 text-xs text-brand-800">
                  {t}
                </li>
              ))}
            </ul>
          )}
          {remove && (
            <div className="mt-2">
              <ActionButton id={`delete-resource-${r.id}`} action={remove} hidden={{ resourceId: r.id }} label={`Remove ${r.title}`} variant="danger" />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
