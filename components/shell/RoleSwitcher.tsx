import { Select } from "@/components/ui/Select";
import { switchContext } from "@/lib/auth/actions";

type ContextOption = { id: string; label: string };

/** A plain form (works without JavaScript) for people who hold several roles. */
export function RoleSwitcher({ options, activeId }: { options: ContextOption[]; activeId: string | null }) {
  if (options.length < 2) return null;
  return (
    <form action={switchContext} className="flex items-center gap-2 text-sm">
      <label htmlFor="context" className="text-brand-100">
        Acting as
      </label>
      <Select
        id="context"
        name="context"
        defaultValue={activeId ?? undefined}
        options={options.map((o) => ({ value: o.id, label: o.label }))}
        className="rounded border border-brand-100 bg-white px-2 py-1 text-slate-900"
      />
      <button type="submit" className="rounded border border-white px-2 py-1 text-white hover:bg-brand-800">
        Switch
      </button>
    </form>
  );
}
