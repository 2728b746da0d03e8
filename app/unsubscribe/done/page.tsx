import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Unsubscribe" };

const MESSAGES: Record<string, string> = {
  done: "You are unsubscribed: these emails have stopped. Your notifications stay on your notifications page in the portal.",
  used: "This unsubscribe link has already been used. Nothing has changed.",
  invalid: "This unsubscribe link is not valid. Nothing has changed.",
};

export default async function UnsubscribedPage({ searchParams }: { searchParams: Promise<{ outcome?: string }> }) {
  const { outcome } = await searchParams;
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-bold">Unsubscribe</h1>
      <p className="mt-2 mb-6 text-slate-700" role="status">
        {MESSAGES[outcome ?? ""] ?? MESSAGES.invalid}
      </p>
      <Link href="/notifications/preferences" className="text-brand-700 underline">
        Choose what is emailed to you (sign-in needed)
      </Link>
    </main>
  );
}
