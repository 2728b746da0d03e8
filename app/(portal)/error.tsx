"use client";

import { ErrorMessage } from "@/components/shell/ErrorMessage";

export default function PortalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <div className="py-12" role="alert">
      <ErrorMessage error={error} retry={retry} />
    </div>
  );
}
