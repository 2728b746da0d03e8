// How a member of staff appears in records a viewer reads. Governors and trustees read people by
// their role, never by name (docs/architecture.md: no named member of staff's records); the head is named, as
// the school's leader is on its public profile. Pure: the queries apply it before anything leaves
// the server, so a name a viewer may not read never reaches the page.
import type { CareerStage } from "@/lib/db/generated/enums";

type Person = { firstName: string; lastName: string; jobTitle: string; careerStage: CareerStage };

/** The person's name when the viewer reads the school's named staff records (or they are its head); otherwise their job title. */
export function staffLabel(person: Person, named: boolean): string {
  if (named || person.careerStage === "HEADTEACHER") return `${person.firstName} ${person.lastName}`;
  return person.jobTitle.trim() || "Member of staff";
}
