import { describe, expect, it } from "vitest";
import { nextAllowedTime, sendAfter } from "./quiet-hours";

// 2026-12-07 is a Monday (GMT, London = UTC); 2026-06-08 a Monday (BST, London = UTC+1).
const at = (iso: string) => new Date(iso);

describe("quiet hours", () => {
  it("a weekday between 07:00 and 19:00 London time sends now", () => {
    expect(nextAllowedTime(at("2026-12-07T07:00:00Z"))).toEqual(at("2026-12-07T07:00:00Z"));
    expect(nextAllowedTime(at("2026-12-09T18:59:00Z"))).toEqual(at("2026-12-09T18:59:00Z"));
    // 17:30 UTC in June is 18:30 in London: still allowed.
    expect(nextAllowedTime(at("2026-06-08T17:30:00Z"))).toEqual(at("2026-06-08T17:30:00Z"));
  });

  it("an evening waits for 07:00 the next weekday, in London time across the seasons", () => {
    expect(nextAllowedTime(at("2026-12-07T19:00:00Z"))).toEqual(at("2026-12-08T07:00:00Z"));
    // 18:30 UTC in June is 19:30 in London: waits until 07:00 BST = 06:00 UTC.
    expect(nextAllowedTime(at("2026-06-08T18:30:00Z"))).toEqual(at("2026-06-09T06:00:00Z"));
  });

  it("early morning waits for today's 07:00", () => {
    expect(nextAllowedTime(at("2026-12-08T05:15:00Z"))).toEqual(at("2026-12-08T07:00:00Z"));
  });

  it("Friday evening and the weekend wait for Monday 07:00", () => {
    expect(nextAllowedTime(at("2026-12-11T19:30:00Z"))).toEqual(at("2026-12-14T07:00:00Z"));
    expect(nextAllowedTime(at("2026-12-12T12:00:00Z"))).toEqual(at("2026-12-14T07:00:00Z"));
    expect(nextAllowedTime(at("2026-12-13T23:59:00Z"))).toEqual(at("2026-12-14T07:00:00Z"));
  });

  it("urgent mail and quiet hours turned off go at once", () => {
    const evening = at("2026-12-07T21:00:00Z");
    expect(sendAfter(evening, true, true)).toBeUndefined();
    expect(sendAfter(evening, false, false)).toBeUndefined();
    expect(sendAfter(evening, false, true)).toEqual(at("2026-12-08T07:00:00Z"));
    expect(sendAfter(at("2026-12-07T10:00:00Z"), false, true)).toBeUndefined();
  });
});
