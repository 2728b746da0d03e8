import { signOutAction } from "@/lib/account/session-actions";

/** A real form, so signing out works without JavaScript. */
export function SignOutButton() {
  return (
    <form action={signOutAction} className="mt-3 border-t border-slate-200 pt-3">
      <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 text-sm font-medium text-white hover:bg-brand-800">
        Sign out
      </button>
    </form>
  );
}
