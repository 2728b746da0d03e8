import { signOutAction } from "@/lib/auth/actions";

/** A real form, so signing out works without JavaScript. */
export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded px-2 py-1 text-sm text-white underline hover:bg-brand-800">
        Sign out
      </button>
    </form>
  );
}
