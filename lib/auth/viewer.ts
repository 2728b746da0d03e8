import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { loadViewer } from "./queries";
import { authOptions } from "./options";
import type { Viewer } from "./policy";

export type { Viewer } from "./policy";

/** The signed-in viewer, once per request; null when signed out. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions());
  const uid = (session as { uid?: string } | null)?.uid;
  return uid ? loadViewer(uid) : null;
});

/** The signed-in viewer, or a redirect to the sign-in page. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  return viewer;
}

/** Asserts a policy answer; out of scope is indistinguishable from missing. */
export function ensure(allowed: boolean): void {
  if (!allowed) notFound();
}

export const CONTEXT_COOKIE = "portal-context";

/** The role assignment the viewer is acting in (the switcher); defaults to the most senior. */
export async function activeRole(viewer: Viewer) {
  const chosen = (await cookies()).get(CONTEXT_COOKIE)?.value;
  return viewer.roles.find((r) => r.id === chosen) ?? mostSenior(viewer);
}

const SENIORITY = ["TRUST_ADMIN", "TRUSTEE", "HEADTEACHER", "SENIOR_LEADER", "NETWORK_LEADER", "LOCAL_GOVERNOR", "STAFF"];

export function mostSenior(viewer: Viewer) {
  return [...viewer.roles].sort((a, b) => SENIORITY.indexOf(a.role) - SENIORITY.indexOf(b.role))[0] ?? null;
}
