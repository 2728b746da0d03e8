// Words the pages show for the communities' enums.
export const COMMUNITY_KINDS = [
  "SUBJECT_COMMUNITY",
  "STRATEGIC_DEVELOPMENT_GROUP",
  "TEAM_NETWORKING_GROUP",
  "PHASE_NETWORK",
  "PROFESSIONAL_NETWORK",
] as const;

export const COMMUNITY_KIND_LABEL: Record<(typeof COMMUNITY_KINDS)[number], string> = {
  SUBJECT_COMMUNITY: "Subject community",
  STRATEGIC_DEVELOPMENT_GROUP: "Strategic development group",
  TEAM_NETWORKING_GROUP: "Team networking group",
  PHASE_NETWORK: "Phase network",
  PROFESSIONAL_NETWORK: "Professional network",
};

export const RESOURCE_KINDS = ["CURRICULUM", "SCHEME_OF_WORK", "LESSON_RESOURCE", "RESEARCH", "POLICY", "OTHER"] as const;

export const RESOURCE_KIND_LABEL: Record<(typeof RESOURCE_KINDS)[number], string> = {
  CURRICULUM: "Curriculum",
  SCHEME_OF_WORK: "Scheme of work",
  LESSON_RESOURCE: "Lesson resource",
  RESEARCH: "Research",
  POLICY: "Policy",
  OTHER: "Other",
};

export const EXPERTISE_LEVELS = ["LEADING_PRACTITIONER", "SPECIALIST_LEADER_OF_EDUCATION", "EXPERIENCED", "DEVELOPING"] as const;

export const EXPERTISE_LEVEL_LABEL: Record<(typeof EXPERTISE_LEVELS)[number], string> = {
  LEADING_PRACTITIONER: "Leading practitioner",
  SPECIALIST_LEADER_OF_EDUCATION: "Specialist leader of education",
  EXPERIENCED: "Experienced",
  DEVELOPING: "Developing",
};

export const MEETING_STATUS_LABEL = { PLANNED: "Planned", HELD: "Held", CANCELLED: "Cancelled" } as const;

export const options = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
