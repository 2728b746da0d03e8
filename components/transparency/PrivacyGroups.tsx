"use client";
// The privacy page's groups, drawn from their sentences already written on the server: a client
// component so the page's payload carries each sentence once, not a second copy of the markup around it
// (issue 22: the page was 81 kB of HTML for the trust admin).
import { Section } from "@/components/ui/Section";

/** A group: its id and title, why and on what basis, what it holds, who sees it, and how long (one line each). */
export type PrivacyGroup = { id: string; title: string; purpose: string; basis: string; kinds: string[]; readers: string[]; periods: string[] };

function List({ lines }: { lines: string[] }) {
  return (
    <ul className="list-disc pl-5">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

export function PrivacyGroups({ groups }: { groups: PrivacyGroup[] }) {
  return (
    <>
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
            <List lines={g.kinds} />
            <h3 className="font-semibold">Who sees it</h3>
            <List lines={g.readers} />
            <h3 className="font-semibold">How long</h3>
            <List lines={g.periods} />
          </Section>
        ))}
      </div>
    </>
  );
}
