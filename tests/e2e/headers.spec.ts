// Security headers on pages, files and API routes; a CSP that the portal's own scripts and charts run
// under; and the refusals that used to be 500s: oversize uploads and server actions from another site.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test as plain, type APIResponse, type Page } from "@playwright/test";
import { storageState } from "./accounts";
import { expect, test } from "./test";

const MB = 1024 * 1024;

function expectSecurityHeaders(response: APIResponse, what: string, { nonce = true } = {}) {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  // The proxy's own refusal pages have no script at all: 'self' only, no nonce.
  expect(csp, `${what}: CSP`).toMatch(nonce ? /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/ : /script-src 'self';/);
  expect(csp, `${what}: CSP`).toContain("frame-ancestors 'none'");
  expect(csp, `${what}: CSP`).toContain("object-src 'none'");
  expect(csp, `${what}: CSP`).not.toContain("unsafe-eval");
  expect(headers["x-frame-options"], `${what}: X-Frame-Options`).toBe("DENY");
  expect(headers["x-content-type-options"], `${what}: X-Content-Type-Options`).toBe("nosniff");
  expect(headers["referrer-policy"], `${what}: Referrer-Policy`).toBe("same-origin");
  // Plain http here: no HSTS (browsers ignore it over http, and it must not pin a LAN address to https).
  expect(headers["strict-transport-security"], `${what}: HSTS over http`).toBeUndefined();
}

/** A "PDF" of the given size (the right magic bytes, then padding), written to a file Playwright can upload. */
function pdfOf(bytes: number, dir = mkdtempSync(path.join(tmpdir(), "portal-upload-"))): string {
  const file = path.join(dir, `evidence-${bytes}.pdf`);
  const data = Buffer.alloc(bytes, 0x20);
  data.write("%PDF-1.7\n");
  writeFileSync(file, data);
  return file;
}

/** Catches CSP violations as the page reports them (the init script runs outside the page's CSP). */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

test.describe("signed out", () => {
  test("a page, an API route and the file route carry the security headers, with a fresh nonce each time", async ({ request }) => {
    const signin = await request.get("/signin");
    expect(signin.status()).toBe(200);
    expectSecurityHeaders(signin, "page");
    const nonce = /'nonce-([^']+)'/.exec(signin.headers()["content-security-policy"] ?? "")![1]!;
    const html = await signin.text();
    // Next.js put this request's nonce on its scripts; the next request gets another.
    expect(html).toContain(`nonce="${nonce}"`);
    expect(html).not.toMatch(/<script(?![^>]*nonce=)[^>]*>/);
    const again = await request.get("/signin");
    expect(again.headers()["content-security-policy"]).not.toContain(nonce);

    expectSecurityHeaders(await request.get("/api/health"), "API route");
    const file = await request.get("/files/not-a-file");
    expect(file.status()).toBe(404);
    expectSecurityHeaders(file, "file route");
  });

  test("over https (as a TLS-terminating proxy reports it), HSTS and upgrade-insecure-requests are added", async ({ request }) => {
    const res = await request.get("/signin", { headers: { "x-forwarded-proto": "https" } });
    expect(res.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(res.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
  });

  test("the sign-in page runs under the CSP with no violation, and has an icon (no favicon 404)", async ({ page }) => {
    const violations = await watchCsp(page);
    const missing: string[] = [];
    page.on("response", (r) => {
      if (r.status() === 404) missing.push(r.url());
    });
    await page.goto("/signin");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect(icon).toBeTruthy();
    const served = await page.request.get(icon!);
    expect(served.status()).toBe(200);
    expect(served.headers()["content-type"]).toContain("image/svg+xml");
    expect(await violations()).toEqual([]);
    expect(missing).toEqual([]);
  });

  test("a server action posted from another site gets 403 with a plain message, not 500", async ({ request }) => {
    for (const origin of ["https://attacker.example", "null"]) {
      const res = await request.post("/development/new", {
        headers: { origin, "next-action": "0123456789abcdef", "content-type": "text/plain;charset=UTF-8" },
        data: "[]",
      });
      expect(res.status(), origin).toBe(403);
      expect(await res.text()).toContain("This form was sent from another website");
      expectSecurityHeaders(res, "403 page", { nonce: false });
    }
  });

  test("a request body far over the limit gets a readable 413 page, not 500", async ({ request }) => {
    const res = await request.post("/development/new", {
      multipart: { evidence: { name: "huge.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(45 * MB, 0x20) } },
    });
    expect(res.status()).toBe(413);
    expect(await res.text()).toContain("10 MB or smaller");
    expectSecurityHeaders(res, "413 page", { nonce: false });
  });
});

// Framing the portal (clickjacking "Verify") is refused by the browser: the frame stays empty.
plain("another site cannot frame the portal", async ({ page, baseURL }) => {
  // setContent waits for the page's load event, which waits for the frame to load (or be refused).
  await page.setContent(`<iframe src="${baseURL}/signin" width="600" height="400"></iframe>`);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  expect(frame).toBeTruthy();
  expect(await frame!.locator("form").count()).toBe(0);
  expect(await frame!.getByText("Email address").count()).toBe(0);
});

test.describe("network leader", () => {
  test.use({ storageState: storageState("networkLeader") });
  test("the dashboard's recharts charts draw under the CSP with no violation", async ({ page }) => {
    const violations = await watchCsp(page);
    const response = await page.goto("/");
    expect(response?.headers()["content-security-policy"]).toContain("'strict-dynamic'");
    await expect(page.getByRole("heading", { name: "Members by school" })).toBeVisible();
    // The chart library loads when a chart comes near the screen (decision 034).
    await page.getByRole("heading", { name: "Members by school" }).scrollIntoViewIfNeeded();
    await expect(page.locator("svg.recharts-surface").first()).toBeVisible({ timeout: 30_000 });
    await expect(page.locator(".recharts-bar-rectangle").first()).toBeAttached();
    expect(await violations()).toEqual([]);
  });
});

test.describe("teacher", () => {
  test.use({ storageState: storageState("teacher") });

  test("uploads of 11 MB and 20 MB get the form's '10 MB or smaller' message, with or without JavaScript", async ({ browser }) => {
    test.setTimeout(90_000);
    const dir = mkdtempSync(path.join(tmpdir(), "portal-upload-"));
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ storageState: storageState("teacher"), javaScriptEnabled });
      const page = await context.newPage();
      for (const size of [11 * MB, 20 * MB]) {
        await page.goto("/development/new");
        await page.getByLabel("Title").fill(`Large evidence ${size}`);
        await page.getByLabel("Type of activity").selectOption("COURSE");
        await page.getByLabel("Hours").fill("1");
        await page.getByLabel("Or upload a file").setInputFiles(pdfOf(size, dir));
        const posted = javaScriptEnabled ? null : page.waitForResponse((r) => r.request().method() === "POST");
        await page.getByRole("button", { name: "Save as draft" }).click();
        if (posted) expect((await posted).status(), `${size} bytes without JavaScript`).toBeLessThan(500);
        await expect(page.getByText("The file must be 10 MB or smaller.").first(), `${size} bytes, JavaScript ${javaScriptEnabled}`).toBeVisible();
        await expect(page.getByRole("heading", { level: 1, name: "Log an activity" })).toBeVisible();
      }
      await context.close();
    }
  });

  test("an uploaded file is served with the security headers and as a download", async ({ page }) => {
    await page.goto("/development/new");
    const title = `Evidence headers ${Date.now()}`;
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Type of activity").selectOption("COURSE");
    await page.getByLabel("Hours").fill("1");
    await page.getByLabel("Or upload a file").setInputFiles({ name: "certificate.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\ncertificate") });
    await page.getByRole("button", { name: "Save as draft" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const href = await page.locator('a[href^="/files/"]').first().getAttribute("href");
    expect(href).toBeTruthy();
    const file = await page.request.get(href!);
    expect(file.status()).toBe(200);
    expectSecurityHeaders(file, "uploaded file");
    expect(file.headers()["content-disposition"]).toContain("attachment");
  });
});
