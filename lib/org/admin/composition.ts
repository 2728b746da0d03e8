// Seed 003's cluster: "a secondary school, a special school and a number of primary schools". Shown
// as a warning when a cluster differs, never enforced (a trust grows into it). Pure, unit-tested.
import type { SchoolPhase } from "@/lib/db/generated/enums";

export function compositionWarnings(phases: SchoolPhase[]): string[] {
  const count = (...p: SchoolPhase[]) => phases.filter((x) => p.includes(x)).length;
  const warnings: string[] = [];
  if (count("SECONDARY", "ALL_THROUGH") === 0) warnings.push("has no secondary school");
  if (count("SPECIAL") === 0) warnings.push("has no special school");
  if (count("PRIMARY", "ALL_THROUGH") < 2) warnings.push("has fewer than two primary schools");
  return warnings;
}

export const COMPOSITION_NOTE = "The trust's model cluster has a secondary school, a special school and several primary schools (seed document 003).";
