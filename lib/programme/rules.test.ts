import { describe, expect, it } from "vitest";
import { availability, bookingClosed, followUpDue, offerExpiry, share, suits } from "./rules";

describe("the programme's rules", () => {
  it("shows places left, or full with the waiting list", () => {
    expect(availability(30, 12, 0)).toMatchObject({ placesLeft: 18, full: false, label: "18 of 30 places left" });
    expect(availability(30, 30, 0)).toMatchObject({ placesLeft: 0, full: true, label: "Full: join the waiting list" });
    expect(availability(30, 30, 4).label).toBe("Full: 4 on the waiting list");
    expect(availability(1, 0, 0).label).toBe("1 of 1 place left");
  });

  it("suits a person when each audience list is empty or names them", () => {
    const person = { careerStage: "ECT", category: "TEACHER", phase: "PRIMARY" } as const;
    expect(suits({ careerStages: [], categories: [], phases: [] }, person)).toBe(true);
    expect(suits({ careerStages: ["ECT"], categories: ["TEACHER"], phases: ["PRIMARY"] }, person)).toBe(true);
    expect(suits({ careerStages: ["HEADTEACHER"], categories: [], phases: [] }, person)).toBe(false);
    expect(suits({ careerStages: [], categories: [], phases: ["SECONDARY"] }, person)).toBe(false);
    expect(suits({ careerStages: [], categories: [], phases: ["PRIMARY"] }, { ...person, phase: null })).toBe(false);
  });

  it("holds an offer for 48 hours and asks six weeks later", () => {
    const now = new Date("2026-03-02T09:00:00Z");
    expect(offerExpiry(now).toISOString()).toBe("2026-03-04T09:00:00.000Z");
    expect(followUpDue(now).toISOString()).toBe("2026-04-13T09:00:00.000Z");
  });

  it("closes booking once started or after the deadline day", () => {
    const now = new Date("2026-03-02T09:00:00Z");
    const today = new Date("2026-03-02T00:00:00Z");
    expect(bookingClosed({ bookingDeadline: null }, new Date("2026-03-10T09:00:00Z"), now, today)).toBeNull();
    expect(bookingClosed({ bookingDeadline: today }, new Date("2026-03-10T09:00:00Z"), now, today)).toBeNull();
    expect(bookingClosed({ bookingDeadline: new Date("2026-03-01T00:00:00Z") }, new Date("2026-03-10T09:00:00Z"), now, today)).toMatch(/deadline/);
    expect(bookingClosed({ bookingDeadline: null }, new Date("2026-03-01T09:00:00Z"), now, today)).toMatch(/started/);
    expect(bookingClosed({ bookingDeadline: null }, null, now, today)).toMatch(/no sessions/);
  });

  it("gives shares in whole per cent", () => {
    expect([share(2, 3), share(0, 0), share(5, 5)]).toEqual([67, null, 100]);
  });
});
