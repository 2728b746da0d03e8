"use server";
import "server-only";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { secureCookies } from "./session-cookie";
import { CONTEXT_COOKIE, requireViewer } from "./viewer";

/** The role switcher: remembers which of the viewer's roles the home page serves. */
export async function switchContext(formData: FormData) {
  const viewer = await requireViewer();
  const id = String(formData.get("context") ?? "");
  if (viewer.roles.some((r) => r.id === id)) {
    (await cookies()).set(CONTEXT_COOKIE, id, { httpOnly: true, secure: secureCookies(), sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 180 });
  }
  redirect("/");
}
