"use client";

import { ErrorMessage } from "@/components/shell/ErrorMessage";
import "./globals.css";

// Replaces the root layout when it fails, so it brings its own <html> and <body>.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en-GB">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <title>Staff development portal</title>
        <main className="mx-auto max-w-3xl px-4 py-12" role="alert">
          <ErrorMessage error={error} retry={retry} />
        </main>
      </body>
    </html>
  );
}
