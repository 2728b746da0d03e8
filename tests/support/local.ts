/** Tests create and drop databases: refuse any server that is not on this machine. */
export function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run tests against ${host}: TEST_DATABASE_URL must point at a local server.`);
  }
}
