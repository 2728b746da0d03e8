import { describe, expect, it } from "vitest";
import { acceptTotp, looksLikeRecoveryCode, newRecoveryCodes, newTotpSecret, normaliseRecoveryCode, totpCode, totpUri } from "./totp";

const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const at = Date.UTC(2026, 10, 26, 12, 0, 15);
const step = Math.floor(at / 30_000);

describe("TOTP", () => {
  it("accepts the current code and one step either side, and says which step it was", () => {
    expect(acceptTotp(secret, totpCode(secret, at), null, at)).toBe(step);
    expect(acceptTotp(secret, totpCode(secret, at - 30_000), null, at)).toBe(step - 1);
    expect(acceptTotp(secret, totpCode(secret, at + 30_000), null, at)).toBe(step + 1);
    expect(acceptTotp(secret, totpCode(secret, at - 90_000), null, at)).toBeNull();
  });

  it("refuses a code already used (its step or an earlier one)", () => {
    const code = totpCode(secret, at);
    expect(acceptTotp(secret, code, step, at)).toBeNull();
    expect(acceptTotp(secret, totpCode(secret, at + 30_000), step, at)).toBe(step + 1);
  });

  it("takes spaces in the code and refuses anything but six digits", () => {
    const code = totpCode(secret, at);
    expect(acceptTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, null, at)).toBe(step);
    expect(acceptTotp(secret, "abcdef", null, at)).toBeNull();
    expect(acceptTotp(secret, "", null, at)).toBeNull();
  });

  it("makes 160-bit secrets and an otpauth URI for the QR code", () => {
    expect(newTotpSecret()).toMatch(/^[A-Z2-7]{32}$/);
    expect(totpUri(secret, "admin@northbridge.example")).toMatch(/^otpauth:\/\/totp\/.*admin%40northbridge\.example\?.*secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP/);
  });
});

describe("recovery codes", () => {
  it("are ten distinct codes, read back however they are typed", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[2-9a-z]{5}-[2-9a-z]{5}$/);
    expect(normaliseRecoveryCode(" ABCDE fghjk ")).toBe("abcde-fghjk");
    expect(looksLikeRecoveryCode("abcde-fghjk")).toBe(true);
    expect(looksLikeRecoveryCode("123456")).toBe(false);
  });
});
