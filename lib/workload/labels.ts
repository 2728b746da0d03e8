import type { DemandKind, DemandStatus } from "@/lib/db/generated/enums";
import { formatMinutes } from "@/lib/dates";

export const KIND_LABEL: Record<DemandKind, string> = { MARKING_POLICY: "Marking policy", DATA_DROP: "Data drop", REPORT_FORMAT: "Report format", MEETING_PATTERN: "Meeting pattern", OTHER: "Other" };
export const STATUS_LABEL: Record<DemandStatus, string> = { PROPOSED: "Waiting for approval", APPROVED: "Live", REJECTED: "Rejected" };
/** Minutes as hours and minutes, with a minus sign for a net saving. */
export const hours = (minutes: number) => `${minutes < 0 ? "−" : ""}${formatMinutes(Math.abs(minutes))}`;
