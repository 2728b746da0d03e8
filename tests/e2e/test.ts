// Playwright's `test` with one guard added: a page that logs an error to the console fails the test.
import { expect, test as base } from "@playwright/test";

export const test = base.extend<{ consoleErrors: string[] }>({
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
});

export { expect };
