// Field schemas shared by every form and URL: the rules for text, numbers and dates live here once,
// so a NUL byte, "0x10" hours or 30 February are refused the same way everywhere.
import { z } from "zod";
import { hoursToMinutes, isCalendarDay } from "@/lib/dates";
import { stripNul } from "./text";

export { stripNul };

/** Plain decimal notation only: "1.5", "-2", ".75" (no "0x10", "1e3", "Infinity" or thousands separators). */
const DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A decimal number typed into a box, or NaN when it is not one. */
export function parseDecimal(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return Number.NaN;
  const text = value.trim();
  return DECIMAL.test(text) ? Number(text) : Number.NaN;
}

/** A text box, trimmed, of at most `max` characters; `label` names it in the message. */
export const textField = (label: string, max: number) => z.string().trim().max(max, `${label} must be ${max} characters or fewer.`);

/** A text box that must be filled in: `message` when it is blank. */
export const requiredText = (message: string, label: string, max: number) => textField(label, max).min(1, message);

/** An optional text box: blank is null, never an empty string. */
export const optionalText = (label: string, max: number) =>
  textField(label, max)
    .optional()
    .transform((v) => v || null);

/** A checkbox: ticked sends "on" (or "true"/"1" from a script); unticked sends nothing, which is false. */
export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === "1" || v === true, z.boolean());

/** A number typed in plain decimal notation; `message` when it is not one. */
export const numberField = (message: string) => z.preprocess(parseDecimal, z.number({ error: message }));

/** Hours typed as a decimal, stored as whole minutes: at least one minute, at most `max` hours. */
export const hoursField = (max: number, label = "hours") =>
  z
    .unknown()
    .transform((v, ctx) => {
      const hours = parseDecimal(v);
      if (!Number.isFinite(hours)) {
        ctx.addIssue({ code: "custom", message: `Enter the ${label} as a number, for example 1.5.` });
        return z.NEVER;
      }
      return hours;
    })
    .refine((h) => hoursToMinutes(h) >= 1, { message: `The ${label} must be at least 1 minute (0.02 hours).`, abort: true })
    .refine((h) => h <= max, { message: `The ${label} must be ${max} or fewer.`, abort: true });

const EARLIEST_DAY = "2000-01-01";

/** A real calendar day ("yyyy-mm-dd"), from 2000 unless `earliest` says otherwise, and not after `latest` when given. */
export const dayField = (label: string, window: { earliest?: string; latest?: () => string } = {}) =>
  z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .min(1, { message: `Enter the ${label}.`, abort: true })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `Enter the ${label} as a date.`, abort: true })
    .refine(isCalendarDay, { message: `Enter a real ${label}.`, abort: true })
    .refine((v) => v >= (window.earliest ?? EARLIEST_DAY), { message: `The ${label} must be in ${(window.earliest ?? EARLIEST_DAY).slice(0, 4)} or later.`, abort: true })
    .refine((v) => !window.latest || v <= window.latest(), { message: `The ${label} is too far ahead.`, abort: true });

/** A search box or free-text URL parameter: never fails, at most `max` characters. */
export const searchText = (max = 200) =>
  z
    .string()
    .transform((v) => stripNul(v).trim().slice(0, max))
    .catch("")
    .default("");

/** A page number from the URL: a whole number from 1 to `max`, anything else is page 1. */
export const pageNumber = (max = 10_000) =>
  z
    .unknown()
    .optional()
    .transform((v) => {
      const n = parseDecimal(typeof v === "string" ? v : "");
      return Number.isInteger(n) && n >= 1 && n <= max ? n : 1;
    });

/** A record id as PostgreSQL's uuid type reads it: 8-4-4-4-12 hex digits, any version. */
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * True when `value` can be a record id. Every id from a URL or a form is checked before it reaches a
 * query: a malformed one is simply not found (PostgreSQL would otherwise throw on the cast).
 */
export const isId = (value: unknown): value is string => typeof value === "string" && ID.test(value);

/** A form or URL field holding a record id; `message` when it is missing or malformed. */
export const idField = (message = "Choose a valid record.") => z.string({ error: message }).regex(ID, { message });
