import { describe, expect, it } from "vitest";
import { findRedactions, namesIn } from "./rules";

describe("names in free text", () => {
  it("finds other people's full names whatever the case, each once; single words are not names", () => {
    expect(namesIn("Returned by JANE SMITH: ask Jane Smith or Tom Ng.", ["Jane Smith", "Tom Ng", "Ali", "Sam Jones"])).toEqual(["Jane Smith", "Tom Ng"]);
    expect(namesIn("Nothing here", ["Jane Smith"])).toEqual([]);
  });

  it("lists only the fields others write, with the record they are in", () => {
    const found = findRedactions(
      [
        { model: "CpdActivity", rows: [{ id: "a1", reflection: "Worked with Jane Smith", returnReason: "Check with Jane Smith" }, { id: "a2", returnReason: null }] },
        { model: "AuditLog", rows: [{ id: 7, after: { note: "Sam Jones moved" } }] },
        { model: "Expertise", rows: [{ id: "e1", description: "Jane Smith and I" }] },
      ],
      ["Jane Smith", "Sam Jones"],
    );
    expect(found).toEqual([
      { kind: "CpdActivity", field: "returnReason", recordId: "a1", names: ["Jane Smith"] },
      { kind: "AuditLog", field: "after", recordId: "7", names: ["Sam Jones"] },
    ]);
  });
});
