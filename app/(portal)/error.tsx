"use client";

import { useEffect, useState } from "react";

// A server error reaches the browser without its message, so ask the health check whether the
// database is the cause: then the advice is to wait a moment, not to report a fault.
function useDatabaseDown(): boolean {
  const [down, setDown] = useState(false);
  useEffect(() => {
    fetch("/api/health", { cache: "no-store" })
      .then((res) => setDown(res.status === 503))
      .catch(() => setDown(false));
  }, []);
  return down;
}

export default function PortalError({ error, retry }: { error: unknown; retry: () => void }) {
  const databaseDown = useDatabaseDown();
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return (
    <div className="py-12" role="alert">
      {databaseDown ? (
        <>
          <h1 className="text-2xl font-bold">The portal cannot reach its database just now</h1>
          <p className="mt-2 text-slate-700">Nothing you entered has been lost or half-saved. Try again in a moment.</p>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-bold">Sorry, something went wrong</h1>
          <p className="mt-2 text-slate-700">
            Nothing you entered has been lost or half-saved. Try again; if it keeps happening, tell your trust administrator
            {digest ? ` and quote reference ${digest}` : ""}.
          </p>
        </>
      )}
      <button type="button" onClick={retry} className="mt-4 rounded bg-brand-700 px-4 py-2 text-white">
        Try again
      </button>
    </div>
  );
}
