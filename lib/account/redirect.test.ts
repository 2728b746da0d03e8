import { describe, expect, it } from "vitest";
import { safeCallbackPath, sameOriginUrl } from "./redirect";

const base = "http://localhost:3000";

describe("sameOriginUrl (next-auth's redirect callback)", () => {
  it.each([
    "http://localhost:3000.evil.example/",
    "http://[::1",
    "https://evil.example/",
    "//evil.example/path",
    "http://localhost:3001/",
    "javascript:alert(1)",
  ])("falls back to the portal for another site, a look-alike or a malformed host: %s", (url) => {
    expect(sameOriginUrl(url, base)).toBe(base);
  });

  it.each(["/schools?page=2", "/development"])("keeps the same-origin path %s, alone or as a URL", (path) => {
    expect(sameOriginUrl(path, base)).toBe(`${base}${path}`);
    expect(sameOriginUrl(`${base}${path}`, base)).toBe(`${base}${path}`);
  });
});

describe("safeCallbackPath (the sign-in form)", () => {
  it("keeps a path on the portal", () => {
    expect(safeCallbackPath("/schools?page=2")).toBe("/schools?page=2");
  });

  it.each(["http://localhost:3000.evil.example/", "https://evil.example/", "//evil.example", "/signin", undefined])("drops %s", (path) => {
    expect(safeCallbackPath(path)).toBe("/");
  });
});
