// Several app instances on one database (issue 22), as a deployment behind a load balancer without
// sticky sessions runs them: a second `npm start` (PORTAL_WORKER=off, the README's set-up) beside the
// tests' own. A sign-in on one is a sign-in on the other, a sign-out on either ends it on both, and
// failed sign-ins count against one limit.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import type { Page } from "@playwright/test";
import { PERSON_PASSWORD, personEmail } from "./people";
import { E2E_DATA_DIR, e2eDatabaseUrl } from "./server";
import { expect, test } from "./test";

let other: ChildProcess | undefined;
let second = "";

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const port = await freePort();
  second = `http://127.0.0.1:${port}`;
  // As playwright.config.ts starts the first, on its database and data directory (the same secret and files).
  const env: Record<string, string | undefined> = { ...process.env, DATABASE_URL: e2eDatabaseUrl(), PORTAL_DATA_DIR: path.resolve(E2E_DATA_DIR), PORT: String(port), PORTAL_WORKER: "off", NODE_ENV: "", NOTIFY_QUIET_HOURS: "off" };
  other = spawn("npm", ["start"], { env: env as NodeJS.ProcessEnv, stdio: "ignore", detached: true });
  for (let i = 0; i < 600; i++) {
    const up = await fetch(`${second}/api/health`).then((r) => r.ok, () => false);
    if (up) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("The second instance did not start.");
});

test.afterAll(() => {
  if (other?.pid) process.kill(-other.pid, "SIGTERM");
});

async function signIn(page: Page, origin: string, email: string, password = PERSON_PASSWORD) {
  await page.goto(`${origin}/signin`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("signed in on one instance, the other knows the person; signed out on the other, the first does too", async ({ page, baseURL }) => {
  await signIn(page, baseURL!, personEmail("instancesTeacher"));
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();

  await page.goto(`${second}/development`);
  await expect(page.getByRole("heading", { level: 1, name: "My development" })).toBeVisible();

  await page.locator("summary", { hasText: "Account menu for" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  // The session row is gone, not only this instance's cookie: the first instance refuses it too.
  await page.goto(`${baseURL}/development`);
  await expect(page).toHaveURL(/\/signin/);
});

test("failed sign-ins on both instances count against one limit", async ({ page, baseURL }) => {
  test.setTimeout(90_000); // six sign-ins, each hashing a password
  const email = personEmail("instancesLocked");
  for (const origin of [baseURL!, second, baseURL!, second, baseURL!]) {
    await signIn(page, origin, email, "not-the-password");
    await expect(page.getByRole("alert").filter({ hasText: "The email address or password is not right." })).toBeVisible();
  }
  // The sixth try, right password, on the instance that saw only two of the five failures.
  await signIn(page, second, email);
  await expect(page.getByRole("alert").filter({ hasText: "This account is locked after too many failed sign-ins." })).toBeVisible();
});
