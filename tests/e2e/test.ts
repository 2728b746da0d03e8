// Playwright's `test` with two additions: a page that logs an error to the console fails the test, and
// `axe(page)` checks a page against WCAG 2.2 AA (one scan, one set of rules, one message, for every spec).
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test as base } from "@playwright/test";

/** The WCAG levels the portal promises (2.2 AA includes the earlier levels' rules). */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

/** Scans a page (the test's own `page` when none is given) and fails on any violation, naming rule and element. */
export type Axe = (page?: Page) => Promise<void>;

export const test = base.extend<{ consoleErrors: string[]; axe: Axe }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        // The browser logs a 4xx it was given (a 404 the test asked for, a refused sign-in's 401) as
        // a failed resource; those are answers, not errors. A 5xx or a script error still fails.
        const answered = /Failed to load resource: the server responded with a status of 4\d\d/.test(message.text());
        if (message.type() === "error" && !answered) errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "errors logged in the browser console").toEqual([]);
    },
    { auto: true },
  ],
  // `provide`, not `use`: the React hooks lint rule takes a `use()` call inside a function named `axe` for a hook.
  axe: async ({ page }, provide) => {
    await provide(async (target = page) => {
      const result = await new AxeBuilder({ page: target }).withTags(WCAG_TAGS).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target})`), `accessibility violations on ${target.url()}`).toEqual([]);
    });
  },
});

export { expect };
