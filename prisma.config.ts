import { defineConfig } from "prisma/config";

// Used by `prisma generate` (and a stock `prisma migrate deploy` where the engine binary can be had).
export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/portal" },
});
