import Link from "next/link";

/** The portal's "not found" page, inside the portal's layout or the bare root one. */
export function NotFoundMessage() {
  return (
    <div className="py-12">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-slate-700">If you typed the web address, check it is correct. The page may have moved, or you may not have access to it.</p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">
        Go to your dashboard
      </Link>
    </div>
  );
}
