import { defineConfig, devices } from "@playwright/test";
import { E2E_DATA_DIR } from "./tests/e2e/server";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

// Debian's chromium (Playwright cannot download its own here); the flags keep it from calling out.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: { baseURL, trace: "retain-on-failure", launchOptions },
  projects: [
    { name: "setup", testMatch: /(auth|people)\.setup\.ts/, use: { ...devices["Desktop Chrome"], launchOptions } },
    { name: "chromium", dependencies: ["setup"], testIgnore: /web-processes\.spec\.ts/, use: { ...devices["Desktop Chrome"], launchOptions } },
    // Kills one of the server's processes: after every other test, so none has a request in flight on it.
    { name: "faults", dependencies: ["chromium"], testMatch: /web-processes\.spec\.ts/, use: { ...devices["Desktop Chrome"], launchOptions } },
  ],
  // The real `npm start` on a database of its own (fresh each run), so the journey a user takes is the one tested.
  webServer: {
    command: `rm -rf ${E2E_DATA_DIR} && PORTAL_DATA_DIR=${E2E_DATA_DIR} PORT=${PORT} npm start`,
    url: `${baseURL}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // Quiet hours off: the journeys' mail goes at once whatever the hour (the rule has its own tests, time passed in).
    // Two web server processes whatever the machine's cores (decision 044), as a trust's server runs.
    env: { DATABASE_URL: "", NODE_ENV: "", NOTIFY_QUIET_HOURS: "off", WEB_PROCESSES: "2" },
  },
});
