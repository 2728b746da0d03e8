// Words the pages show for the governance enums: metric directions and RAG ratings.
import type { MetricDirection } from "@/lib/db/generated/enums";
import type { Rag } from "./rag";

export const DIRECTION_LABEL: Record<MetricDirection, string> = { HIGHER_IS_BETTER: "Higher is better", LOWER_IS_BETTER: "Lower is better" };

/** Words for the status, so colour never carries it alone. */
export const RAG_LABEL: Record<Rag, string> = { GREEN: "On track", AMBER: "Watch", RED: "Below threshold" };
