// npm start serves the portal from several processes sharing its port (decision 044; the tests' server
// runs two). One killed outright, the portal keeps answering signed-in pages from the other, with no
// sign-in lost, and a new process takes the dead one's place.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { storageState } from "./accounts";
import { E2E_DATA_DIR } from "./server";
import { expect, test } from "./test";

/** The processes whose parent is `pid` (from /proc: ppid is the 4th field of stat). */
const childrenOf = (pid: number) =>
  readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        return Number(readFileSync(`/proc/${entry}/stat`, "utf8").replace(/^.*\) /, "").split(" ")[1]) === pid;
      } catch {
        return false; // ended while listed
      }
    })
    .map(Number);

test.use({ storageState: storageState("teacher") });

test("a web server process killed outright: pages keep answering, signed in, and another process starts", async ({ page }) => {
  test.setTimeout(90_000);
  const server = (JSON.parse(readFileSync(path.join(E2E_DATA_DIR, "portal.pid"), "utf8")) as { app: number }).app;
  const before = childrenOf(server);
  expect(before).toHaveLength(2);

  process.kill(before[0]!, "SIGKILL");
  await expect.poll(() => childrenOf(server).includes(before[0]!)).toBe(false);
  for (let i = 0; i < 6; i++) {
    await page.goto("/development");
    await expect(page.getByRole("heading", { level: 1, name: "My development" })).toBeVisible();
  }
  await expect.poll(() => childrenOf(server).length, { timeout: 30_000 }).toBe(2);
  expect(childrenOf(server)).not.toContain(before[0]);
  await page.goto("/");
  await expect(page.getByRole("link", { name: "My development" }).first()).toBeVisible();
});
