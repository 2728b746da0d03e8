// A page's weight as a browser loads it: the JavaScript it fetches (compressed, as sent) and its HTML.
// Shared by `npm run bench -- --only weight` and the browser test that holds the teacher's home under
// its budget, so both measure the same way.
import { gzipSync } from "node:zlib";
import type { Page, Request, Response } from "@playwright/test";

/** The budgets: first-load JavaScript, compressed, and the HTML document, as sent before compression. */
export const JS_BUDGET_KB = 170;
export const HTML_BUDGET_KB = 80;

export type PageWeight = {
  status: number;
  /** Scripts the page loads with (requested before its load event): count and compressed kB. */
  scripts: number;
  jsKb: number;
  /** Scripts fetched after it while the page settles (a chart's library, when a chart is on screen): compressed kB. */
  laterJsKb: number;
  /** The HTML document (server-rendered markup and the RSC payload inlined in it): kB, and kB gzipped. */
  htmlKb: number;
  htmlGzipKb: number;
  /** Whether the chart library reached the browser (recharts' own class names are in its code). */
  charts: boolean;
  /** Each script: its path and compressed kB, largest first. */
  files: { path: string; kb: number; later: boolean }[];
  html: Buffer;
};

type Script = { path: string; bytes: number; body: Buffer; later: boolean };

const kb = (bytes: number) => bytes / 1024;

/**
 * Bytes the script took on the wire: the encoded body when the server compressed it (`next start`
 * gzips by default), otherwise its gzip size, which any production server in front would send.
 */
async function wireBytes(response: Response, later: boolean): Promise<Script> {
  const body = await response.body();
  const path = new URL(response.url()).pathname;
  if (!response.headers()["content-encoding"]) return { path, bytes: gzipSync(body).length, body, later };
  const sizes = await response.request().sizes();
  return { path, bytes: sizes.responseBodySize, body, later };
}

/** Resolves once no request has been in flight for half a second (the page has settled). */
async function settled(page: Page, inFlight: () => number) {
  let quietSince = Date.now();
  while (Date.now() - quietSince < 500) {
    if (inFlight() > 0) quietSince = Date.now();
    await page.waitForTimeout(50);
  }
}

/**
 * Opens `url` in `page` (a fresh browser context, so nothing is cached), waits for its load event, lets
 * hydration run, and waits until the network is quiet. Scripts requested before the load event are the
 * first load (what the HTML names for the route); those after it are lazily loaded (a chart's library
 * when a chart comes into view). Next's <Link> prefetches of other pages are answered 204 while
 * measuring, so neither figure counts the next page's code.
 */
export async function measurePageWeight(page: Page, url: string): Promise<PageWeight> {
  const scripts: Promise<Script>[] = [];
  const requested = new Set<Request>();
  let loaded = false;
  const onRequest = (request: Request) => requested.add(request);
  const onDone = (request: Request) => requested.delete(request);
  const onResponse = (response: Response) => {
    if (response.request().resourceType() === "script") scripts.push(wireBytes(response, loaded));
  };
  const onLoad = () => (loaded = true);
  await page.route("**/*", (route) => (route.request().headers()["next-router-prefetch"] ? route.fulfill({ status: 204 }) : route.continue()));
  page.on("request", onRequest);
  page.on("requestfinished", onDone);
  page.on("requestfailed", onDone);
  page.on("response", onResponse);
  page.on("load", onLoad);
  try {
    // A long timeout: the board pack is megabytes of HTML, and the machine may be busy.
    const document = await page.goto(url, { waitUntil: "load", timeout: 180_000 });
    if (!document) throw new Error(`No response for ${url}`);
    // Hydration runs in long tasks: an idle callback comes after it, then whatever it fetched.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 15_000 })));
    await settled(page, () => requested.size);
    const html = await document.body();
    const all = await Promise.all(scripts);
    const first = all.filter((s) => !s.later);
    return {
      status: document.status(),
      scripts: first.length,
      jsKb: kb(first.reduce((sum, s) => sum + s.bytes, 0)),
      laterJsKb: kb(all.filter((s) => s.later).reduce((sum, s) => sum + s.bytes, 0)),
      htmlKb: kb(html.length),
      htmlGzipKb: kb(gzipSync(html).length),
      charts: all.some((s) => s.body.includes("recharts-wrapper")),
      files: all.map((s) => ({ path: s.path, kb: kb(s.bytes), later: s.later })).sort((a, b) => b.kb - a.kb),
      html,
    };
  } finally {
    page.off("request", onRequest);
    page.off("requestfinished", onDone);
    page.off("requestfailed", onDone);
    page.off("response", onResponse);
    page.off("load", onLoad);
    await page.unroute("**/*");
  }
}
