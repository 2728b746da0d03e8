"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/signin" })} className="rounded px-2 py-1 text-sm text-white underline hover:bg-brand-800">
      Sign out
    </button>
  );
}
