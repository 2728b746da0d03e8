// Words the pages show for the staff enums: why someone left, and the kinds of placement.
import type { LeaveReason } from "@/lib/db/generated/enums";

export const PLACEMENT_LABEL = { TRANSFER: "Transfer", SECONDMENT: "Secondment", SWAP: "Staff swap" } as const;

export const LEAVE_REASON_LABEL: Record<LeaveReason, string> = {
  RESIGNATION: "Resignation",
  RETIREMENT: "Retirement",
  END_OF_CONTRACT: "End of contract",
  PROMOTION_WITHIN_TRUST: "Promotion within the trust",
  PROMOTION_ELSEWHERE: "Promotion elsewhere",
  DISMISSAL: "Dismissal",
  OTHER: "Other",
  MOVED_TO_ANOTHER_SCHOOL: "Moved to another school",
  LEFT_TEACHING: "Left teaching or education",
  RELOCATION: "Moving away",
  WORKLOAD_OR_WELLBEING: "Workload or wellbeing",
  FAMILY_OR_HEALTH: "Family or health",
};
