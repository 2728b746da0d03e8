// Time-based one-time passwords (RFC 6238: 6 digits, 30 s, SHA-1, what every authenticator app
// supports) through otpauth, and the single-use recovery codes. Pure: the database is the caller's.
import { randomInt } from "node:crypto";
import { Secret, TOTP } from "otpauth";

const ISSUER = "Staff development portal";
const PERIOD = 30;

const totp = (secret: string, label = "portal") => new TOTP({ issuer: ISSUER, label, secret: Secret.fromBase32(secret), period: PERIOD, digits: 6, algorithm: "SHA1" });

/** A new random secret (160 bits), base32 as authenticator apps take it. */
export const newTotpSecret = () => new Secret({ size: 20 }).base32;

/** The otpauth:// URI an authenticator app scans from the QR code. */
export const totpUri = (secret: string, email: string) => totp(secret, email).toString();

/** The code for a moment (default now): for scripts/totp.ts and the browser tests. */
export const totpCode = (secret: string, at = Date.now()) => totp(secret).generate({ timestamp: at });

/** Digits only, spaces and dashes ignored. */
export const normaliseCode = (code: string) => code.replace(/[\s-]/g, "");

/**
 * The time step a code belongs to, when it is right for now give or take one step (clocks drift)
 * and newer than `lastStep` (a code already used cannot be used again); otherwise null.
 */
export function acceptTotp(secret: string, code: string, lastStep: number | null, at = Date.now()): number | null {
  const token = normaliseCode(code);
  if (!/^\d{6}$/.test(token)) return null;
  const t = totp(secret);
  const delta = t.validate({ token, window: 1, timestamp: at });
  if (delta === null) return null;
  const step = t.counter({ timestamp: at }) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

// Recovery codes: 10 characters from an alphabet without look-alikes (no 0/o, 1/l/i), shown as xxxxx-xxxxx.
const ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
export const RECOVERY_CODE_COUNT = 10;

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Lower-case, without spaces, with the dash where it is shown: how codes are hashed and compared. */
export function normaliseRecoveryCode(code: string): string {
  const plain = code.toLowerCase().replace(/[^a-z0-9]/g, "");
  return plain.length === 10 ? `${plain.slice(0, 5)}-${plain.slice(5)}` : plain;
}

export const looksLikeRecoveryCode = (code: string) => /^[a-z0-9]{5}-[a-z0-9]{5}$/.test(normaliseRecoveryCode(code));
