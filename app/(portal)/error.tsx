"use client";

export default function PortalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="py-12" role="alert">
      <h1 className="text-2xl font-bold">Sorry, something went wrong</h1>
      <p className="mt-2 text-slate-700">
        Nothing you entered has been lost or half-saved. Try again; if it keeps happening, tell your trust administrator
        {error.digest ? ` and quote reference ${error.digest}` : ""}.
      </p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-brand-700 px-4 py-2 text-white">
        Try again
      </button>
    </div>
  );
}
