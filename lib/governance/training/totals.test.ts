import { describe, expect, it } from "vitest";
import { trustRows } from "./totals";

describe("governance training completion over the trust", () => {
  it("keeps the board's row and sums every school's governors, per expectation that applies to them", () => {
    const rows = [
      { name: "Board of trustees", people: 9, met: [{ expectationId: "board-only", met: 7 }, { expectationId: "safeguarding", met: 8 }] },
      { name: "Ash Vale", people: 10, met: [{ expectationId: "safeguarding", met: 6 }, { expectationId: "induction", met: 9 }] },
      { name: "Birchbank", people: 12, met: [{ expectationId: "safeguarding", met: 12 }, { expectationId: "induction", met: 3 }] },
    ];
    const { trust, schools } = trustRows(rows, ["board-only", "induction", "safeguarding"]);
    expect(schools.map((s) => s.name)).toEqual(["Ash Vale", "Birchbank"]);
    expect(trust).toEqual([
      rows[0],
      { name: "All schools' local governors", people: 22, met: [{ expectationId: "induction", met: 12 }, { expectationId: "safeguarding", met: 18 }] },
    ]);
  });

  it("with no schools, the governors' row is zero people and no expectations", () => {
    expect(trustRows([{ name: "Board of trustees", people: 3, met: [] }], ["x"]).trust[1]).toEqual({ name: "All schools' local governors", people: 0, met: [] });
  });
});
