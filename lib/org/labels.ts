// Words the pages show for the schools' enums.
import type { ImprovementCapacity } from "@/lib/db/generated/enums";

export const CAPACITY_LABEL: Record<ImprovementCapacity, string> = { NEEDS_SUPPORT: "Needs support", STABLE: "Stable", CAPACITY_GIVER: "Capacity giver" };
