import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Only lib/db, lib/<domain>/{queries,mutations}.ts and the command helper (which opens every write's
// transaction, decision 008) may reach the database (docs/architecture.md); commands get the transaction.
const prismaImports = {
  patterns: [
    { group: ["@/lib/db/client", "**/lib/db/client", "@/lib/db/generated/client", "**/db/generated/client", "@prisma/client"], message: "Read and write through lib/<domain>/queries.ts or mutations.ts.", allowTypeImports: true },
  ],
};

const config = [
  { ignores: [".next/**", "lib/db/generated/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...nextVitals,
  ...nextTs,
  {
    files: ["app/**", "components/**"],
    rules: { "no-restricted-imports": ["error", prismaImports] },
  },
  {
    files: ["lib/**"],
    ignores: ["lib/db/**", "lib/**/queries.ts", "lib/**/mutations.ts", "lib/commands/command.ts"],
    rules: { "no-restricted-imports": ["error", prismaImports] },
  },
];
export default config;
