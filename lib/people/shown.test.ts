import { describe, expect, it } from "vitest";
import { staffLabel } from "./shown";

const deputy = { firstName: "Dana", lastName: "Deputy", jobTitle: "Deputy headteacher", careerStage: "ESTABLISHED" as const };

describe("staffLabel", () => {
  it("names the person for those who read the school's named records", () => {
    expect(staffLabel(deputy, true)).toBe("Dana Deputy");
  });
  it("gives the role, not the name, to everyone else", () => {
    expect(staffLabel(deputy, false)).toBe("Deputy headteacher");
    expect(staffLabel({ ...deputy, jobTitle: " " }, false)).toBe("Member of staff");
  });
  it("names the head, as the school's leader", () => {
    expect(staffLabel({ ...deputy, firstName: "Hana", careerStage: "HEADTEACHER" }, false)).toBe("Hana Deputy");
  });
});
