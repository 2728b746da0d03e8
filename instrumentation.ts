// Runs once when a server instance starts: a missing or malformed setting stops it at once with
// a clear message, rather than on the first request.
export async function register() {
  // NEXT_RUNTIME is set by Next.js itself and read raw: it decides whether the Node-only env module may load at all.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./lib/env");
    env();
  }
}
