import { DEMO_EMAILS, DEMO_PASSWORD } from "../../prisma/seed/demo";

export type DemoRole = keyof typeof DEMO_EMAILS;
export const ROLES = Object.keys(DEMO_EMAILS) as DemoRole[];
export { DEMO_EMAILS, DEMO_PASSWORD };

export const storageState = (role: DemoRole) => `tests/e2e/.auth/${role}.json`;
