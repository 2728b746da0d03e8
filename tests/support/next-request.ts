// A stand-in for Next's request context (next/headers), so server actions run in integration tests:
// vi.mock("next/headers", () => nextHeadersMock()) and set `request.headers` / read `request.cookies`.
export const request = { headers: new Headers(), cookies: new Map<string, string>() };

export function resetRequest(headers: Record<string, string> = {}) {
  request.headers = new Headers({ "user-agent": "Mozilla/5.0 (Windows NT 10.0) Chrome/140.0", ...headers });
  request.cookies.clear();
}

export function nextHeadersMock() {
  return {
    headers: async () => request.headers,
    cookies: async () => ({
      get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) as string } : undefined),
      set: (name: string, value: string) => void request.cookies.set(name, value),
      delete: (name: string) => void request.cookies.delete(name),
    }),
  };
}

/** The path a server action redirected to (Next's redirect() throws an error carrying it). */
export async function redirectOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return digest.split(";")[2] ?? null;
  }
}
