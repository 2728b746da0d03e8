// Runs once when a server instance starts: a missing or malformed setting stops it at once with
// a clear message, rather than on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./lib/env");
    env();
  }
}
