"use client";
// Recomputes one academic year's computed metrics from the portal's records now (the seed computes them once).
import { Form, Submit } from "@/components/ui/form";
import { refreshComputedAction } from "@/lib/governance/actions";

export function RefreshComputedForm({ startYear }: { startYear: number }) {
  const label = `${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}`;
  return (
    <Form id="refresh" action={refreshComputedAction} hidden={{ startYear: String(startYear) }} label={`Recompute ${label}`}>
      <Submit variant="secondary">Recompute {label} from the portal&apos;s data</Submit>
    </Form>
  );
}
