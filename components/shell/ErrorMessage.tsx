"use client";
// What an error page says. A server error reaches the browser without its message, so the health
// check says whether the database is the cause: then the advice is to wait a moment, not to report a fault.
import { useEffect, useState } from "react";

export function ErrorMessage({ error, retry }: { error: unknown; retry: () => void }) {
  const [databaseDown, setDatabaseDown] = useState(false);
  useEffect(() => {
    fetch("/api/health", { cache: "no-store" })
      .then((res) => setDatabaseDown(res.status === 503))
      .catch(() => setDatabaseDown(false));
  }, []);
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return (
    <>
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
    </>
  );
}
