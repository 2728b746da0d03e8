import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { requireViewer } from "@/lib/access/viewer";
import { privacyPage } from "@/lib/transparency/queries";

export const metadata: Metadata = { title: "Privacy: what the portal holds" };

/** For everyone: what the portal holds about staff, why, who sees it and for how long, generated from the code's own rules. */
export default async function PrivacyPage() {
  const viewer = await requireViewer();
  const { groups } = await privacyPage(viewer);
  return (
    <>
      <PageHeader
        title="Privacy: what the portal holds"
        lead="The trust is the data controller of what the portal holds about you. This page is made from the portal's own rules (who may open what, and the trust's retention schedule), so it says what the portal does. Ask the trust's data protection officer for a copy of everything held about you, or download your own development record from My development."
      />
      <nav aria-label="On this page" className="mb-6">
        <ul className="list-disc pl-5">
          {groups.map((g) => (
            <li key={g.id}>
              <a href={`#${g.id}`} className="text-brand-700 underline">{g.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="space-y-8">
        {groups.map((g) => (
          <Section key={g.id} id={g.id} title={g.title} className="space-y-2 rounded border border-slate-200 bg-white p-4">
            <p><strong>Why:</strong> {g.purpose}</p>
            <p><strong>Lawful basis:</strong> {g.basis}</p>
            <h3 className="font-semibold">What it holds</h3>
            <ul className="list-disc pl-5">
              {g.kinds.map((k) => (
                <li key={k.model}>{k.label}</li>
              ))}
            </ul>
            <h3 className="font-semibold">Who sees it</h3>
            <ul className="list-disc pl-5">
              {g.readers.map((r) => (
                <li key={r.permission}>
                  {r.roles.length ? r.roles.join(", ") : "Nobody"} ({r.scope}): {r.description.charAt(0).toLowerCase() + r.description.slice(1)}
                </li>
              ))}
            </ul>
            <h3 className="font-semibold">How long</h3>
            <ul className="list-disc pl-5">
              {g.periods.map((p) => (
                <li key={p.kind}>Kept {p.text}. {p.basis}</li>
              ))}
            </ul>
          </Section>
        ))}
      </div>
    </>
  );
}
