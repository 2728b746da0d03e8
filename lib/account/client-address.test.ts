import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  it("ignores X-Forwarded-For and X-Real-IP when no proxy is configured", () => {
    const headers = new Headers({ "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.9" });
    expect(clientAddress(headers, undefined)).toBeNull();
    expect(clientAddress({ "x-forwarded-for": "198.51.100.1" }, undefined)).toBeNull();
  });

  it("takes the entry our one proxy appended, not what the client sent", () => {
    // The client claims 1.1.1.1; the load balancer appended the address it really saw.
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.1.1.1, 203.0.113.9" }), 1)).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9" }), 1)).toBe("203.0.113.9");
  });

  it("counts trusted hops from the right", () => {
    const headers = { "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2" };
    expect(clientAddress(headers, 2)).toBe("203.0.113.9");
    expect(clientAddress(headers, 1)).toBe("10.0.0.2");
  });

  it("is unknown when the request did not pass through every trusted proxy", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9" }), 2)).toBeNull();
    expect(clientAddress(new Headers(), 1)).toBeNull();
  });
});
