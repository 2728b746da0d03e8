// Absolute links for email: the portal's address (NEXTAUTH_URL) and a path inside it.
import { env } from "@/lib/env";

export const portalUrl = (path: string) => `${(env().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "")}${path}`;
export const PREFERENCES_PATH = "/notifications/preferences";
export const unsubscribeUrl = (token: string) => portalUrl(`/api/unsubscribe/${token}`);
export const unsubscribePageUrl = (token: string) => portalUrl(`/unsubscribe/${token}`);
