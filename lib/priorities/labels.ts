// Words of the priorities slice, shared by pages, the seed and tests. The ratings read as the
// governance dashboard's do (lib/governance/labels.ts): green is on track, amber is one to watch.
import type { CpdStrand, PriorityRag } from "@/lib/db/generated/enums";
export { STRAND_LABEL } from "@/lib/cpd/labels";

/** The trust's four improvement strands, in the board grid's column order. */
export const STRANDS: CpdStrand[] = ["PROFESSIONAL_LEARNING", "LEADERSHIP_DEVELOPMENT", "PROFESSIONAL_NETWORKS", "QUALITY_ASSURANCE"];

export const PRIORITY_RAG_LABEL: Record<PriorityRag, string> = { GREEN: "On track", AMBER: "Watch", RED: "Off track" };

/** A school writes three to six priorities a year (issue 18 §1): fewer is a prompt, more is refused. */
export const MIN_PRIORITIES = 3;
export const MAX_PRIORITIES = 6;
