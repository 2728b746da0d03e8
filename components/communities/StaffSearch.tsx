// Finding staff on a community's pages (appointing a leader, managing members): the search form and
// how each person found is named.
import { buttonClass } from "@/components/ui/Button";
import { SearchField } from "@/components/ui/SearchField";

/** "Name · job title, school". */
export const personLine = (p: { firstName: string; lastName: string; jobTitle: string; school: { name: string } }) =>
  `${p.firstName} ${p.lastName} · ${p.jobTitle}, ${p.school.name}`;

/** A GET form finding current staff of the trust by name; the page reads `q`. */
export function StaffSearch({ name, label, q, className, variant }: { name: string; label: string; q: string; className: string; variant: "primary" | "secondary" }) {
  return (
    <form method="get" role="search" aria-label={name} className={className}>
      <SearchField label={label} defaultValue={q} className="grow" />
      <button type="submit" className={buttonClass(variant)}>
        Find staff
      </button>
    </form>
  );
}
