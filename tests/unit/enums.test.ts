// Form enums come from Prisma's generated enums: a value the database accepts is offered and accepted,
// anything else is refused, and every value has words to show.
import { describe, expect, it } from "vitest";
import { COMMUNITY_KIND_LABEL, EXPERTISE_LEVEL_LABEL, RESOURCE_KIND_LABEL } from "@/lib/communities/labels";
import { communityFields, expertiseSchema } from "@/lib/communities/schema";
import { CAREER_STAGES, STAFF_CATEGORIES } from "@/lib/cpd/schema";
import { CommunityKind, ExpertiseLevel, ResourceKind, StaffCategory } from "@/lib/db/generated/enums";
import { staffDirectoryParams } from "@/lib/people/schema";

describe("enums from Prisma", () => {
  it("offers the staff categories and career stages in the schema's order", () => {
    expect(STAFF_CATEGORIES).toEqual(["TEACHER", "SUPPORT", "LEADERSHIP"]);
    // Written out, not `Object.values(CareerStage)`: the lists are built from that, so comparing with it proves nothing.
    expect(CAREER_STAGES).toEqual(["ECT", "EARLY_CAREER", "ESTABLISHED", "MIDDLE_LEADER", "SENIOR_LEADER", "HEADTEACHER"]);
  });

  it("labels every value of the communities' enums", () => {
    expect(Object.keys(COMMUNITY_KIND_LABEL).sort()).toEqual(Object.values(CommunityKind).sort());
    expect(Object.keys(RESOURCE_KIND_LABEL).sort()).toEqual(Object.values(ResourceKind).sort());
    expect(Object.keys(EXPERTISE_LEVEL_LABEL).sort()).toEqual(Object.values(ExpertiseLevel).sort());
  });

  it("accepts each enum value and drops an unknown one from the staff directory's URL", () => {
    for (const category of Object.values(StaffCategory)) expect(staffDirectoryParams.parse({ category }).category).toBe(category);
    expect(staffDirectoryParams.parse({ category: "HEADTEACHER", careerStage: "TEACHER" })).toMatchObject({ category: undefined, careerStage: undefined });
  });

  it("refuses a kind or level the database does not know", () => {
    const kind = communityFields.safeParse({ name: "Maths", kind: "BOOK_CLUB" });
    expect(kind.success ? [] : kind.error.issues.map((i) => i.path.join("."))).toContain("kind");
    const level = expertiseSchema.safeParse({ area: "Phonics", level: "GURU" });
    expect(level.success ? [] : level.error.issues.map((i) => i.path.join("."))).toContain("level");
  });
});
