import type { Metadata } from "next";

export const metadata: Metadata = { title: "Thank you" };

export default function ExitSurveyDonePage() {
  return (
    <main className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-2xl font-bold">Thank you</h1>
      <p className="mt-2 text-slate-700">Your answers are saved, anonymously. We wish you well.</p>
    </main>
  );
}
