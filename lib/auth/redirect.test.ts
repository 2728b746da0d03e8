import { describe, expect, it } from "vitest";
import { safeCallbackPath, sameOriginUrl } from "./redirect";

const base = "http://localhost:3000";

describe("sameOriginUrl (next-auth's redirect callback)", () => {
  it("falls back to the portal for a malformed host instead of throwing", () => {
    expect(sameOriginUrl("http://localhost:3000.evil.example/", base)).toBe(base);
    expect(sameOriginUrl("http://[::1", base)).toBe(base);
  });

  it("refuses other sites, including protocol-relative and look-alike ones", () => {
    expect(sameOriginUrl("https://evil.example/", base)).toBe(base);
    expect(sameOriginUrl("//evil.example/path", base)).toBe(base);
    expect(sameOriginUrl("http://localhost:3001/", base)).toBe(base);
    expect(sameOriginUrl("javascript:alert(1)", base)).toBe(base);
  });

  it("keeps same-origin URLs and paths", () => {
    expect(sameOriginUrl("/schools?page=2", base)).toBe(`${base}/schools?page=2`);
    expect(sameOriginUrl(`${base}/development`, base)).toBe(`${base}/development`);
  });
});

describe("safeCallbackPath (the sign-in form)", () => {
  it("keeps a path on the portal and drops anything else", () => {
    expect(safeCallbackPath("/schools?page=2")).toBe("/schools?page=2");
    expect(safeCallbackPath("http://localhost:3000.evil.example/")).toBe("/");
    expect(safeCallbackPath("https://evil.example/")).toBe("/");
    expect(safeCallbackPath("//evil.example")).toBe("/");
    expect(safeCallbackPath("/signin")).toBe("/");
    expect(safeCallbackPath(undefined)).toBe("/");
  });
});
