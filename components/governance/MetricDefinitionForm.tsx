"use client";
// The trust admin edits a metric's name, unit, direction and RAG thresholds (issue 15 §4).
import { Choice, Form, Input, Submit } from "@/components/ui/form";
import { updateDefinitionAction } from "@/lib/governance/actions";
import { DIRECTION_LABEL } from "@/lib/governance/labels";
import { options } from "@/lib/format";

type Definition = { id: string; label: string; unit: string; direction: keyof typeof DIRECTION_LABEL; greenAt: number | null; redAt: number | null };

const text = (n: number | null) => (n === null ? "" : String(n));

export function MetricDefinitionForm({ definition }: { definition: Definition }) {
  return (
    <Form id="definition" action={updateDefinitionAction} loadSchema={() => import("@/lib/governance/definitions/schema").then((m) => m.definitionSchema)} hidden={{ id: definition.id }} className="max-w-xl space-y-5">
      <Input name="label" label="Name" defaultValue={definition.label} />
      <Input name="unit" label="Unit" hint="e.g. %, pupils, days, £" defaultValue={definition.unit} />
      <Choice name="direction" label="Direction" defaultValue={definition.direction} options={options(DIRECTION_LABEL)} />
      <Input name="greenAt" label="Green (on track) at" inputMode="decimal" hint="A value this good or better is on track. Leave both thresholds blank for a figure that is not rated." defaultValue={text(definition.greenAt)} />
      <Input name="redAt" label="Red (below threshold) beyond" inputMode="decimal" hint="A value worse than this is below threshold; between the two it is to watch." defaultValue={text(definition.redAt)} />
      <Submit>Save definition</Submit>
    </Form>
  );
}
