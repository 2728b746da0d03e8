import { Select } from "@/components/ui/Select";
import { switchContext } from "@/lib/account/session-actions";

type ContextOption = { id: string; label: string };

/** A plain form (works without JavaScript) for people who hold several roles. */
export function RoleSwitcher({ options, activeId }: { options: ContextOption[]; activeId: string | null }) {
  if (options.length < 2) return null;
  return (
    <form action={switchContext} className="mt-3 flex flex-wrap items-end gap-2 border-t border-slate-200 pt-3 text-sm">
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <label htmlFor="context" className="font-medium">
          Acting as
        </label>
        <Select
          id="context"
          name="context"
          defaultValue={activeId ?? undefined}
          options={options.map((o) => ({ value: o.id, label: o.label }))}
          className="min-h-11 w-full rounded border border-slate-500 bg-white px-2 text-slate-900"
        />
      </div>
      <button type="submit" className="min-h-11 rounded border border-brand-700 px-3 text-brand-700 hover:bg-brand-50">
        Switch
      </button>
    </form>
  );
}
