// The home page's six-week follow-up: the first one waiting, answered on the spot; the rest listed.
import Link from "next/link";
import { FollowUpForm } from "@/components/programme/ImpactForms";
import { Section } from "@/components/ui/Section";
import { asRoute, routes } from "@/lib/routes";

export function FollowUpPanel({ followUps }: { followUps: { id: string; title: string }[] }) {
  const [first, ...rest] = followUps;
  if (!first) return null;
  return (
    <Section id="six-weeks-on" title={`Six weeks on: ${first.title}`} className="space-y-3 rounded border-2 border-brand-700 bg-white p-4">
      <p>What did you change after this CPD, and what have you seen in pupils?</p>
      <FollowUpForm followUpId={first.id} />
      {rest.length > 0 && (
        <p className="text-sm">
          {rest.length} more waiting: <Link href={asRoute(routes.programme())} className="text-brand-700 underline">see them in the CPD programme</Link>.
        </p>
      )}
    </Section>
  );
}
