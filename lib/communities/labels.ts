// Words the pages show for the communities' enums. The values come from Prisma's generated enums (safe in
// the browser: plain objects); a label map's order is the order the forms offer.
import type { CommunityKind, ExpertiseLevel, ResourceKind } from "@/lib/db/generated/enums";

export const COMMUNITY_KIND_LABEL: Record<CommunityKind, string> = {
  SUBJECT_COMMUNITY: "Subject community",
  STRATEGIC_DEVELOPMENT_GROUP: "Strategic development group",
  TEAM_NETWORKING_GROUP: "Team networking group",
  PHASE_NETWORK: "Phase network",
  PROFESSIONAL_NETWORK: "Professional network",
};

export const RESOURCE_KIND_LABEL: Record<ResourceKind, string> = {
  CURRICULUM: "Curriculum",
  SCHEME_OF_WORK: "Scheme of work",
  LESSON_RESOURCE: "Lesson resource",
  RESEARCH: "Research",
  POLICY: "Policy",
  OTHER: "Other",
};

export const EXPERTISE_LEVEL_LABEL: Record<ExpertiseLevel, string> = {
  LEADING_PRACTITIONER: "Leading practitioner",
  SPECIALIST_LEADER_OF_EDUCATION: "Specialist leader of education",
  EXPERIENCED: "Experienced",
  DEVELOPING: "Developing",
};

export const MEETING_STATUS_LABEL = { PLANNED: "Planned", HELD: "Held", CANCELLED: "Cancelled" } as const;

/** What every list of resources shows, whichever query found them. */
export type ResourceFields = {
  id: string;
  title: string;
  description: string;
  kind: string;
  url: string | null;
  fileId: string | null;
  tags: string[];
  createdAt: Date;
};
